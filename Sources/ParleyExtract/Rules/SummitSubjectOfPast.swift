extension MeetingRules {
    /// "The Trump-Putin summit in Alaska produced no ceasefire": a summit opening the sentence as the subject of a verb in the
    /// past was held (not "was expected", "was postponed").
    func subjectOfPast(_ i: Int, _ s: Sentence) -> Bool {
        guard (s.tokens.lowerBound..<i).allSatisfy({ t[$0].isWord || t[$0].isMark("-") }), i - s.tokens.lowerBound <= 5 else { return false }
        var j = i + 1
        // (Past its place: "in Alaska", "in Anchorage, Alaska".)
        if j + 1 < s.tokens.upperBound, t[j].lower == "in", t[j + 1].isCapitalized { j += 2 }
        guard j < s.tokens.upperBound, Self.pastVerbShape(t[j]), !Self.notHeldPasts.contains(t[j].lower) else { return false }
        // ("was postponed", "had been called off", "was due to": the auxiliary's verb decides.)
        if Self.pastAuxiliaries.contains(t[j].lower) {
            var k = j + 1
            while k < s.tokens.upperBound, k - j <= 2, Self.auxiliaryFillers.contains(t[k].lower) { k += 1 }
            guard k < s.tokens.upperBound, !Self.notHeldPasts.contains(t[k].lower), !["to", "due", "off"].contains(t[k].lower) else { return false }
            if k + 1 < s.tokens.upperBound, t[k + 1].lower == "off" || t[k + 1].lower == "to" { return false }
        }
        return !(s.tokens.lowerBound..<i).contains { Lexicon.futureTense.contains(t[$0].lower) }
    }

    static let pastAuxiliaries: WordSet = ["was", "were", "had"]
    static let auxiliaryFillers: WordSet = ["been", "not", "never", "then", "later"]
    static let notHeldPasts: WordSet = ["expected", "scheduled", "planned", "proposed", "postponed", "cancelled", "canceled", "called",
                                        "slated", "set", "mooted", "floated", "delayed", "suggested", "discussed", "needed", "failed",
                                        "collapsed", "stalled", "fell"]
}
