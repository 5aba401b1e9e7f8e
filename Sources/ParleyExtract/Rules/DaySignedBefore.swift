extension MeetingRules {
    /// "... on Tuesday, when France, the UK and Ukraine signed a declaration of intent in Paris. The document was signed at
    /// the Élysée Palace ... at a summit": the document signed again is the one just told, and so is its day.
    mutating func daySignedBefore(_ s: Sentence, since first: Int, anchor day: DateValue?, anchorParagraph: Int) {
        let a = s.tokens.lowerBound
        guard first < meetings.count, let day, day.day != nil, anchorParagraph == s.paragraph || anchorParagraph == s.paragraph - 1,
              a + 3 < s.tokens.upperBound, t[a].lower == "the", Self.documentNouns.contains(t[a + 1].lower),
              Self.signedWords.contains(t[a + 3].lower), t[a + 2].lower == "was" || t[a + 2].lower == "were",
              (max(0, a - 60)..<a).contains(where: { Self.signedWords.contains(t[$0].lower) }) else { return }
        // (Only a meeting it was signed at: not "signed after months of talks", "before a meeting with Trump".)
        for m in first..<meetings.count where meetings[m].date == nil && meetings[m].monthDay == nil {
            guard let k = Document.tokenIndex(in: t, startingAt: meetings[m].span.start), k - 2 >= a, t[k - 2].lower == "at" else { continue }
            meetings[m].setDay(day)
        }
    }

    static let signedWords: WordSet = ["signed"]
}
