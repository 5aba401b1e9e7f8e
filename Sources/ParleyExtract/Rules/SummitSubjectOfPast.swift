extension MeetingRules {
    /// "The Trump-Putin summit in Alaska produced no ceasefire": a summit opening the sentence as the subject of a verb in the
    /// past was held (not "was expected", "was postponed").
    func subjectOfPast(_ i: Int, _ s: Sentence) -> Bool {
        guard (s.tokens.lowerBound..<i).allSatisfy({ t[$0].isWord || t[$0].isMark("-") }), i - s.tokens.lowerBound <= 5 else { return false }
        var j = i + 1
        // (Past its place: "in Alaska", "in Anchorage, Alaska"; or its venue: "at the Élysée Palace".)
        if j + 1 < s.tokens.upperBound, t[j].lower == "in", t[j + 1].isCapitalized { j += 2 }
        else if j + 2 < s.tokens.upperBound, t[j].lower == "at", t[j + 1].lower == "the" || t[j + 1].isCapitalized {
            var k = t[j + 1].lower == "the" ? j + 2 : j + 1
            while k < min(s.tokens.upperBound, j + 7), t[k].isCapitalized || t[k].isMark("-") { k += 1 }
            if k > j + 1, t[k - 1].isCapitalized { j = k }
        }
        // (Past a participle set off by commas: ", hosted by French President Emmanuel Macron,".)
        // (Not one "cancelled by Trump" or "expected by many": the participle tells it not held.)
        if j + 1 < s.tokens.upperBound, t[j].isMark(","), t[j + 1].isWord, t[j + 1].lower.hasSuffix("ed"), !Self.notHeldPasts.contains(t[j + 1].lower),
           let close = (j + 2..<min(s.tokens.upperBound, j + 12)).first(where: { t[$0].isMark(",") }),
           !(j + 1..<close).contains(where: { t[$0].is(.sayingVerb) }) { j = close + 1 }
        guard j < s.tokens.upperBound, Self.pastVerbShape(t[j]) || Self.pastsOfCourse.contains(t[j].lower),
              !Self.notHeldPasts.contains(t[j].lower) else { return false }
        // ("came to nothing", "came up in talks", "began to look unlikely": not a meeting's course.)
        if Self.pastsOfCourse.contains(t[j].lower), j + 1 < s.tokens.upperBound, Self.notCourseParticles.contains(t[j + 1].lower) { return false }
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
    /// Irregular pasts a meeting is the subject of: "The summit ... brought together representatives of 35 countries".
    static let pastsOfCourse: WordSet = ["brought", "began", "drew", "saw", "came", "went", "ran"]
    static let notCourseParticles: WordSet = ["to", "up", "nothing", "nowhere", "under", "apart"]
    static let auxiliaryFillers: WordSet = ["been", "not", "never", "then", "later"]
    static let notHeldPasts: WordSet = ["expected", "scheduled", "planned", "proposed", "postponed", "cancelled", "canceled", "called",
                                        "slated", "set", "mooted", "floated", "delayed", "suggested", "discussed", "needed", "failed",
                                        "collapsed", "stalled", "fell"]
}
