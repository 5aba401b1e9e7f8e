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

    /// "The call came a day after Vance and Rubio met Zelenskyy in Rome", "The summit took place two days before
    /// ...": a meeting just told, dated by its distance from the dated one the sentence opens with. True when handled.
    mutating func meetingCameAfter(_ s: Sentence, since known: Int) -> Bool {
        let k = s.tokens.lowerBound
        guard k + 5 < s.tokens.upperBound, t[k].lower == "the", t[k + 1].is(.meetingTrigger) else { return false }
        var j = k + 2
        if ["came", "was", "followed", "happened"].contains(t[j].lower) { j += 1 } else if t[j].lower == "took", t[j + 1].lower == "place" { j += 2 } else { return false }
        guard let distance = DateRules.distance(doc.tokens, at: j, end: s.tokens.upperBound) else { return false }
        // (The one it names: the latest of that kind with a full day, told before this sentence.)
        let call = Self.callWords.contains(t[k + 1].lower)
        guard let other = meetings[..<known].last(where: { ($0.kind == .call) == call && $0.date?.utf8.count == 10 }),
              let day = other.date.flatMap(DateValue.parseISO)?.ordinal else {
            // ("The call came three days after Russian and Ukrainian delegations met in Istanbul on 16 May": the undated call
            // told before, dated from the meeting this sentence dates.)
            guard let named = meetings[..<known].lastIndex(where: { ($0.kind == .call) == call && $0.date == nil }),
                  let from = meetings[known...].first(where: { $0.date?.utf8.count == 10 })?.date.flatMap(DateValue.parseISO)?.ordinal
            else { return false }
            let value = DateValue(ordinal: from + (distance.after ? 1 : -1) * distance.days)
            meetings[named].date = value.iso
            meetings[named].monthDay = value.monthDay
            return true
        }
        let value = DateValue(ordinal: day + (distance.after ? -1 : 1) * distance.days)
        for m in known..<meetings.count where meetings[m].date == nil {
            meetings[m].date = value.iso
            meetings[m].monthDay = value.monthDay
        }
        return true
    }

    /// "met Crown Prince Mohammed bin Salman in Jeddah a day before the talks", "held talks in Paris a day before the
    /// Riyadh meeting": a meeting the sentence adds with no day, dated from the meeting the phrase names. True when handled.
    mutating func dayFromNamedMeeting(_ s: Sentence, since known: Int) -> Bool {
        guard known < meetings.count else { return false }
        let t = doc.tokens
        for j in s.tokens where j + 3 < s.tokens.upperBound && (t[j].end - t[j].start == 5 || t[j].end - t[j].start == 6)
                && (t[j].lower == "before" || t[j].lower == "after") {
            guard j - 2 >= s.tokens.lowerBound, let distance = DateRules.distance(t, at: j - 2, end: s.tokens.upperBound),
                  t[j + 1].lower == "the" else { continue }
            // ("the talks", "the Riyadh meeting", "the summit": a place may name it.)
            var n = j + 2
            let place = t[n].is(.city) && n + 1 < s.tokens.upperBound ? t[n].text : nil
            if place != nil { n += 1 }
            guard t[n].is(.meetingTrigger), t[n].quote == nil else { continue }
            let kind: MeetingKind = Self.callWords.contains(t[n].lower) ? .call : t[n].is(.summitNoun) ? .summit : .talks
            let named = place.flatMap { p in meetings[..<known].lastIndex { $0.place == p && $0.date?.utf8.count == 10 } }
                ?? (kind == .talks ? mainTalks.flatMap { $0 < known ? $0 : nil } : meetings[..<known].lastIndex { $0.kind == kind })
            guard let other = named, let day = meetings[other].date.flatMap(DateValue.parseISO)?.ordinal,
                  meetings[other].date?.utf8.count == 10 else { continue }
            let value = DateValue(ordinal: day + (distance.after ? 1 : -1) * distance.days)
            var dated = false
            // (Only a meeting told before the phrase: the one it qualifies.)
            for m in known..<meetings.count where meetings[m].date == nil && meetings[m].span.start < t[j].start {
                meetings[m].date = value.iso
                meetings[m].monthDay = value.monthDay
                dated = true
            }
            return dated
        }
        return false
    }
}
