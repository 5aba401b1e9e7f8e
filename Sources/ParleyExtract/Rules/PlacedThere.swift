/// "Driscoll then flew to Abu Dhabi, where he met a Russian delegation. Budanov was also expected to meet Driscoll there":
/// a meeting placed by "there" is at the place the sentence before told.
extension MeetingRules {
    mutating func placedThere() {
        for m in meetings.indices where meetings[m].place == nil && meetings[m].venue == nil {
            guard let k = Document.tokenIndex(in: t, startingAt: meetings[m].span.start),
                  case let n = t[k].sentence, n > 0, n < doc.sentences.count else { continue }
            let s = doc.sentences[n]
            let end = min(s.tokens.upperBound, k + 8)
            guard (k + 1..<end).contains(where: { j in t[j].end - t[j].start == 5 && t[j].lower == "there" && !expletive(j, s) }) else { continue }
            let before = doc.sentences[n - 1]
            // (The place of a meeting that sentence told, or the one place it names.)
            let told = meetings.last { $0.place != nil && before.span.start <= $0.span.start && $0.span.end <= before.span.end }?.place
            if let place = told ?? placeIn(before) { meetings[m].place = place }
        }
    }

    /// "there is", "there will be": "there" opening a clause of being, not a place.
    /// ("we are not there yet": nor a point reached.)
    private func expletive(_ j: Int, _ s: Sentence) -> Bool {
        j + 1 < s.tokens.upperBound && Self.thereVerbs.contains(t[j + 1].lower)
            || j > s.tokens.lowerBound && ["not", "are", "is", "was", "were", "be", "get", "got"].contains(t[j - 1].lower)
    }

    static let thereVerbs: WordSet = ["is", "are", "was", "were", "will", "would", "could", "might", "may", "has", "have", "had",
                                      "seems", "seemed", "appears", "appeared", "remains", "remained", "be", "been", "'s",
                                      "must", "can", "cannot", "should", "might", "needs"]
}
