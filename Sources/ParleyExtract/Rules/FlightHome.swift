extension MeetingRules {
    /// "Mr Trump said later that he had phoned Volodymyr Zelensky ... on the flight home", "he had called Putin during a
    /// break in the talks": a call made on the way back from the meeting just told, or in the middle of it, was made on
    /// that meeting's day.
    mutating func callsOnTheFlightHome() {
        for c in meetings.indices where meetings[c].kind == .call && meetings[c].date == nil {
            guard let s = doc.sentences.first(where: { $0.span.start <= meetings[c].span.start && meetings[c].span.start < $0.span.end }),
                  s.tokens.contains(where: { k in
                      t[k].lower == "flight" && k + 1 < s.tokens.upperBound && ["home", "back"].contains(t[k + 1].lower)
                          || t[k].lower == "during" && (k + 1..<min(s.tokens.upperBound, k + 6)).contains { j in
                              t[j].is(.talksNoun) || t[j].is(.summitNoun) } && t[k].quote == nil
                  }) else { continue }
            // The latest held meeting told before the call, with a day of its own.
            guard let m = meetings.indices.last(where: { m in
                m != c && meetings[m].status == .held && meetings[m].kind != .call && meetings[m].span.start < meetings[c].span.start
                    && meetings[m].date?.count == 10
            }) else { continue }
            meetings[c].date = meetings[m].date
            meetings[c].monthDay = meetings[m].monthDay
        }
    }

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
