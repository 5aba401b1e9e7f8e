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

extension MeetingRules {
    /// "The talks on Feb. 4 and 5 followed ...": the noun opens the sentence after "The" and a day follows it at once.
    func openingTalksDated(_ i: Int, _ s: Sentence, _ dates: [DateMention]) -> Bool {
        guard i - 1 == s.tokens.lowerBound, t[i - 1].lower == "the", i + 2 < s.tokens.upperBound else { return false }
        return dates.contains { d in isDay(d) && (d.tokens.lowerBound == i + 1 || d.tokens.lowerBound == i + 2 && t[i + 1].lower == "on") }
    }
}

extension MeetingRules {
    /// "talks in Berlin on 14 and 15 December with US envoy Steve Witkoff": the "with" after the noun's own place and
    /// day, with nothing but their words between.
    func partnerPastPlaceAndDay(after i: Int, _ s: Sentence) -> Int? {
        var k = i + 1
        while k < s.tokens.upperBound, k - i <= 12 {
            let w = t[k]
            if Self.partnerPrepositions.contains(w.lower) { return k > i + 1 ? k : nil }
            guard Self.placeAndDayWords.contains(w.lower) || w.isCapitalized || w.kind == .number || w.is([.month, .weekday])
                    || PeopleRules.isInnerDot(doc, k) else { return nil }
            k += 1
        }
        return nil
    }

    static let placeAndDayWords: WordSet = ["in", "on", "at", "of", "the", "and"]
}
