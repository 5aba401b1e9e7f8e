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

    /// "agreed to meet", "could meet": a meeting agreed or possible, right before the bare verb at `i`.
    func meetingAhead(_ i: Int, _ s: Sentence) -> Bool {
        guard i - 2 >= s.tokens.lowerBound else { return false }
        return t[i - 1].lower == "to" && Self.agreedToMeetVerbs.contains(t[i - 2].lower) || Self.possibilityModals.contains(t[i - 1].lower)
    }

    static let agreedToMeetVerbs: WordSet = ["agreed", "decided", "planned", "plan", "promised", "pledged"]
    static let possibilityModals: WordSet = ["could", "may", "might"]
}
