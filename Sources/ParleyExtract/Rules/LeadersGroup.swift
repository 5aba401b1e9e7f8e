/// "phoned a group of European leaders", "called several European counterparts": a group of a region's or states' leaders
/// as the object of a verb of calling.
extension MeetingRules {
    /// The token after the group's noun when one starts at `k`.
    func leadersGroupEnd(at k: Int, _ s: Sentence) -> Int? {
        var j = k
        if j + 2 < s.tokens.upperBound, t[j].is(.article), t[j + 1].lower == "group", t[j + 2].lower == "of" { j += 3 }
        else if j < s.tokens.upperBound, Self.groupQuantifiers.contains(t[j].lower) { j += 1 }
        guard j + 1 < s.tokens.upperBound, t[j].isCapitalized, t[j].is(.stateDemonym) || Self.regionAdjectives.contains(t[j].lower),
              Self.calledGroupNouns.contains(t[j + 1].lower) else { return nil }
        return j + 2
    }

    static let groupQuantifiers: WordSet = ["several", "other", "fellow", "some"]
    static let regionAdjectives: WordSet = ["european", "western", "nordic", "baltic", "allied", "g7"]
    static let calledGroupNouns: WordSet = ["leaders", "counterparts", "allies", "partners"]
}
