/// "the third round in the format launched in Abu Dhabi in January": a participle telling where and when something else
/// began, after a numbered round; its place and time are that thing's, not the round's.
extension MeetingRules {
    /// The participle ("launched", "begun") right after a common noun a few words after the round noun at `i`.
    func originParticiple(after i: Int, _ s: Sentence) -> Int? {
        let end = min(s.tokens.upperBound - 1, i + 8)
        guard i + 2 < end else { return nil }
        return (i + 2..<end).first { o in
            Self.originParticiples.contains(t[o].lower) && t[o - 1].isWord && !t[o - 1].isCapitalized
                && t[o + 1].is(.placePreposition) && !(i + 1..<o).contains { t[$0].kind == .punct }
        }
    }

    static let originParticiples: WordSet = ["launched", "begun", "started", "established", "created", "inaugurated", "initiated"]
}
