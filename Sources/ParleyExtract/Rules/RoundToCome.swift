/// "The delegations will meet again in Abu Dhabi next week", "the three sides were expected to meet again": after the round
/// reported, its sides meeting in the future tell the round still to come, at the place of the verb's own clause.
extension MeetingRules {
    mutating func roundToComeOfTheSameSides(at i: Int, _ s: Sentence, dates: [DateMention], place: String?, as m: Int) {
        if let p = plannedTalks {
            if meetings[p].place == nil { meetings[p].place = place }
            return
        }
        let day = dates.first { $0.tokens.lowerBound > i && sameClause($0, i) && $0.value.day != nil && isAfterPublication($0.value) }
        plannedTalks = add(.talks, s, trigger: i..<(i + 1), place: place, date: day?.value, status: status(s, default: .planned),
                           parties: meetings[m].parties)
    }

    /// "The delegations will meet again", "the three sides agreed to meet again in Abu Dhabi next week": the round's sides
    /// (not "European foreign ministers", "journalists") meeting each other ahead, with no object after the verb at `i`.
    func sidesMeetAgain(_ i: Int, _ s: Sentence) -> Bool {
        guard i + 1 < s.tokens.upperBound, i - 2 >= s.tokens.lowerBound, !t[i + 1].isWord || Self.afterMeetingAgain.contains(t[i + 1].lower)
        else { return false }
        // The subject: the noun before the verb's auxiliaries.
        var k = i - 1
        while k > s.tokens.lowerBound, Self.auxiliaryRun.contains(t[k].lower) || Self.possibilityModals.contains(t[k].lower) || t[k].is(.futureMarker) { k -= 1 }
        // (Not "European delegations": the sides of no state, or of the states a demonym names.)
        guard Self.sidesNouns.contains(t[k].lower),
              !(k > s.tokens.lowerBound && t[k - 1].isCapitalized && !t[k - 1].is(.stateDemonym) && !t[k - 1].is(.article)) else { return false }
        // ("had agreed to meet in Geneva": an agreement told of the round held; "agreed to meet again" or a day ahead is one to come.)
        let agreed = t[i - 1].lower == "to" && Self.agreedToMeetVerbs.contains(t[i - 2].lower)
        if agreed { return t[i + 1].lower == "again" && !(i - 3 >= s.tokens.lowerBound && t[i - 3].lower == "had") }
        return DateRules.isFuture(before: i, doc, in: s) || Self.possibilityModals.contains(t[i - 1].lower)
    }

    static let sidesNouns: WordSet = ["delegations", "sides", "teams", "negotiators", "parties"]
    static let auxiliaryRun: WordSet = ["to", "be", "expected", "agreed", "decided", "also", "now", "then", "soon", "again", "were", "are", "is", "was"]
    static let afterMeetingAgain: WordSet = ["again", "in", "at", "on", "next", "later", "soon", "within", "this", "once"]

    static let agreedToMeetVerbs: WordSet = ["agreed", "decided", "planned", "plan", "promised", "pledged"]
    static let possibilityModals: WordSet = ["could", "may", "might"]
}
