extension MeetingRules {
    /// "It was the first face-to-face meeting between the two", "This was their third summit": a meeting noun said of "it" is
    /// the meeting told before, past its article or owner and words that qualify it.
    func isTheMeetingJustTold(_ i: Int, _ s: Sentence) -> Bool {
        let a = s.tokens.lowerBound
        // (Of a leaders' meeting: "It was the first direct talks ... since 2022" and "the third round" may tell rounds anew.)
        guard i - a >= 3, Self.encounterNouns.contains(t[i].lower) || t[i].is(.summitNoun) && t[i].lower != "talks",
              Self.itWords.contains(t[a].lower), Self.pastCopulas.contains(t[a + 1].lower) else { return false }
        // (", and the first standalone U.S.-Russian summit since Helsinki": the copula's second complement too.)
        let d = i - a <= 10 ? a + 2 : (max(a + 2, i - 10)..<i).last { k in t[k].is(.article) && k - 2 > a && t[k - 1].lower == "and" && t[k - 2].isMark(",") }
        // (Not a cleft of another meeting: "It was a meeting with Erdogan in Ankara on Sunday that set the stage".)
        guard let d, t[d].lower == "the" || Self.possessivePronouns.contains(t[d].lower) else { return false }
        return (d + 1..<i).allSatisfy { k in t[k].isWord && !t[k].is(.meetingTrigger) && (!t[k].isCapitalized || t[k].is(.stateDemonym) || t[k].is(.statePlace))
            || t[k].isMark("-") }
    }

    static let itWords: WordSet = ["it", "this", "that"]
    static let pastCopulas: WordSet = ["was", "is"]
}
