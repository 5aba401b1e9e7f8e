extension MeetingRules {
    /// "The day before the summit, Russia and Ukraine exchanged 84 prisoners each": a meeting the sentence adds, with no
    /// day of its own, is dated a day from the latest dated meeting of the kind named.
    mutating func dayBeforeOrAfterMeeting(_ s: Sentence, since known: Int) {
        let k = s.tokens.lowerBound
        guard known < meetings.count, k + 4 < s.tokens.upperBound, t[k].lower == "the", t[k + 1].lower == "day",
              ["before", "after"].contains(t[k + 2].lower), t[k + 3].lower == "the", t[k + 4].is(.meetingTrigger) else { return }
        let summit = t[k + 4].is(.summitNoun)
        // (The one held, when there is one: "the summit" before a past event is the summit that took place.)
        let dated = meetings[..<known].filter { ($0.kind == .summit) == summit && $0.date?.utf8.count == 10 }
        guard let other = dated.last(where: { $0.status == .held }) ?? dated.last,
              let day = other.date.flatMap(DateValue.parseISO)?.ordinal else { return }
        let value = DateValue(ordinal: day + (t[k + 2].lower == "before" ? -1 : 1))
        for m in known..<meetings.count where meetings[m].date == nil {
            meetings[m].date = value.iso
            meetings[m].monthDay = value.monthDay
        }
    }
}
