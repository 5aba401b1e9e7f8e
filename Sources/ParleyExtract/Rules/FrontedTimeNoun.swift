extension MeetingRules {
    /// "Before the second round, Dmitriev met Witkoff and Kushner in Miami on Saturday": a round named only to say when,
    /// in a phrase set before the clause, is no mention of it when the clause tells a meeting of its own by a verb with
    /// its own place or day. The verb's meeting is then the sentence's.
    func frontedTimeNoun(_ i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        let k = s.tokens.lowerBound
        guard i + 2 < s.tokens.upperBound, i >= k + 2, i <= k + 4, Self.beforeOrAfter.contains(t[k].lower), t[k + 1].lower == "the",
              t[i + 1].isMark(","), (k + 2..<i).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized }) else { return false }
        let clause = (i + 2)..<s.tokens.upperBound
        guard let verb = clause.first(where: { t[$0].is(.meetVerb) }) else { return false }
        var rest = s
        rest.tokens = verb..<s.tokens.upperBound
        return placeIn(rest) != nil || dates.contains { $0.tokens.lowerBound > verb && !$0.relative }
    }
}
