extension MeetingRules {
    /// "as a second round of US-brokered negotiations between Ukraine and Russia wrapped up in Abu Dhabi": the city right after
    /// the verb telling how the round went, when the noun is its subject (no mark or other verb between).
    func cityOfItsCourse(after i: Int, _ s: Sentence) -> String? {
        // (Past what the round is of: "round of US-brokered negotiations".)
        var from = i + 1
        if t[i].lower == "round", i + 1 < s.tokens.upperBound, t[i + 1].lower == "of",
           let k = (i + 2..<min(s.tokens.upperBound, i + 7)).first(where: { t[$0].is(.talksNoun) }) { from = k + 1 }
        let end = min(s.tokens.upperBound, from + 12)
        guard from < end, let v = (from..<end).first(where: { Self.roundCourseVerbs.contains(t[$0].lower) }),
              !(from..<v).contains(where: { t[$0].kind == .punct && !t[$0].isMark("-") || t[$0].is(.sayingVerb) || t[$0].is(.meetingTrigger) })
        else { return nil }
        var k = v + 1
        if k < s.tokens.upperBound, t[k].lower == "up" { k += 1 }
        guard k + 1 < s.tokens.upperBound, t[k].lower == "in", let city = cityAt(k + 1, s) else { return nil }
        return city.name
    }

    static let roundCourseVerbs: WordSet = ["ended", "wrapped", "concluded", "closed", "opened", "began", "resumed", "got"]
}

extension MeetingRules {
    /// "met on Wednesday and Thursday for their second trilateral round", of round `m` dated by the day it wrapped up: it began
    /// the day before. Two days joined by "and" near token `i`, the later being the round's date, move it to the first.
    mutating func beganDayBefore(_ m: Int, _ i: Int, _ dates: [DateMention]) -> Bool {
        guard let end = meetings[m].date.flatMap(DateValue.parseISO)?.ordinal,
              let pair = zip(dates, dates.dropFirst()).first(where: { a, b in
                  b.tokens.lowerBound == a.tokens.upperBound + 1 && t[a.tokens.upperBound].lower == "and"
                      && b.value.ordinal == end && a.value.ordinal == end - 1 && abs(a.tokens.lowerBound - i) <= 10 }) else { return false }
        meetings[m].setDay(pair.0.value)
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
        return true
    }
}

extension MeetingRules {
    /// "travelled to Moscow from Florida, where on Sunday they joined Rubio for talks with a Ukrainian delegation": a day
    /// opening a "where" clause dates the talks told in it.
    func whereClauseOpeningDay(before i: Int, _ s: Sentence, _ dates: [DateMention]) -> DateMention? {
        guard i > s.tokens.lowerBound + 1,
              let w = (s.tokens.lowerBound + 1..<i).last(where: { t[$0].lower == "where" && t[$0 - 1].isMark(",") }) else { return nil }
        return dates.first { d in
            (w + 1...w + 2).contains(d.tokens.lowerBound) && (w + 1..<d.tokens.lowerBound).allSatisfy { t[$0].lower == "on" }
                && d.tokens.upperBound < i && !(d.tokens.upperBound..<i).contains { t[$0].kind == .punct }
        }
    }
}
