extension MeetingRules {
    /// "a small American team ... met a Russian delegation in Abu Dhabi, in talks that were not announced in advance",
    /// "met the Russian side in Abu Dhabi for talks": the talks are the meeting the verb before them tells, read by that verb
    /// (with its sides, place and day), not the round the article is about.
    func talksOfMeetingVerb(_ i: Int, _ s: Sentence) -> Bool {
        // (Not "Delegations met for talks in the Saudi capital": talks with a phrase of their own are read as talks.)
        let endsClause = i + 1 == s.tokens.upperBound || t[i + 1].kind == .punct
        guard i - 2 > s.tokens.lowerBound, t[i - 1].lower == "for" && endsClause || t[i - 1].lower == "in" && t[i - 2].isMark(",") else { return false }
        // (The verb in the same clause, close before: no quotation or verb of saying between.)
        guard let verb = (max(s.tokens.lowerBound, i - 16)..<(i - 1)).last(where: { Self.heldMeetVerbs.contains(t[$0].lower) }),
              t[verb].quote == nil else { return false }
        return !(verb..<i).contains { t[$0].is(.sayingVerb) || t[$0].isMark(";") || t[$0].is(.meetingTrigger) && $0 != verb }
    }

    static let heldMeetVerbs: WordSet = ["met"]
    static let meetingCourseVerbs: WordSet = ["stretched", "lasted", "ran", "began", "started", "ended", "continued", "went", "took"]
}

extension MeetingRules {
    /// "held nearly four hours of talks with Putin at the Kremlin, a meeting that stretched past midnight on Thursday": the day
    /// an apposition on the talks tells.
    func appositionDay(of i: Int, _ s: Sentence, _ dates: [DateMention]) -> DateMention? {
        guard let n = (i + 1..<s.tokens.upperBound).first(where: { k in k - 2 > i && t[k].is(.talksNoun) && t[k - 2].isMark(",")
            && Self.indefiniteArticles.contains(t[k - 1].lower) }),
              !(i + 1..<n - 2).contains(where: { t[$0].kind == .punct && !PeopleRules.isInnerDot(doc, $0) }) else { return nil }
        // (Only a verb of the meeting's own course, "stretched", "lasted", "began": not "a meeting that officials will review on Friday".)
        return dates.first { d in d.tokens.lowerBound > n && d.tokens.lowerBound - n <= 10 && d.value.day != nil && !isAfterPublication(d.value)
            && !(n..<d.tokens.lowerBound).contains { t[$0].kind == .punct }
            && (n..<d.tokens.lowerBound).contains { Self.meetingCourseVerbs.contains(t[$0].lower) } }
    }
}
