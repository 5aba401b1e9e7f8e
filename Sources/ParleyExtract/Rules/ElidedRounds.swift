extension MeetingRules {
    /// "The Geneva round was the third in the trilateral format. The first two took place in Abu Dhabi, on January 23-24 and
    /// February 4-5.": rounds counted with their noun left out, after a sentence that named one, held on the days told.
    mutating func elidedRounds(_ s: Sentence, dates: [DateMention]) {
        let a = s.tokens.lowerBound
        guard s.tokens.count > 5, a > 0, t[a].lower == "the", Self.elidedRoundOpeners.contains(t[a + 1].lower),
              let n = Lexicon.numberWords[t[a + 2].lower], n >= 2, t[a + 3].isWord, !t[a + 3].isCapitalized,
              Self.elidedRoundVerbs.contains(t[a + 3].lower) else { return }
        let before = doc.sentences[t[a - 1].sentence]
        // (Only with a place of their own: "The first two had ended without a deal on 23 January and 4 February" does not say
        // where.)
        guard before.tokens.contains(where: { Self.roundWords.contains(t[$0].lower) || t[$0].is(.talksNoun) }),
              placeInPhrase(after: a + 2, s) != nil else { return }
        _ = roundsOnDays(at: a + 2, s, dates: dates, place: nil)
    }

    static let elidedRoundOpeners: WordSet = ["first", "previous", "earlier", "other", "last"]
    static let elidedRoundVerbs: WordSet = ["took", "were", "had", "came"]
    static let roundWords: WordSet = ["round", "rounds"]
}
