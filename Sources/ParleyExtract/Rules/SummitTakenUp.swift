extension MeetingRules {
    /// "the meeting could take place within about two weeks", "preparations for the summit were under way",
    /// "The Budapest meeting would be the second": a definite leaders' meeting or meeting with no day of its own,
    /// once a leaders' meeting (in that place, when one is named) was told and before any talks round, is that one.
    func summitTakenUp(_ i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        let w = t[i].lower
        guard w == "meeting" || w == "summit", i > s.tokens.lowerBound, mainTalks == nil || w == "summit" else { return false }
        var a = i - 1
        let place = t[a].isCapitalized && t[a].is(.city) ? t[a].text : nil
        if place != nil { a -= 1 }
        // ("Trump had announced the meeting last Thursday": the day of announcing it, not its own.)
        let announced = a > s.tokens.lowerBound && Self.announcingVerbs.contains(t[a - 1].lower)
        guard a >= s.tokens.lowerBound, t[a].lower == "the", announced || !dates.contains(where: { near($0.tokens, i, s) }) else { return false }
        // ("the summit of the Bucharest Nine and the Nordic countries in Vilnius": a city in its own phrase that no summit
        // told has makes it another.)
        let own = place ?? cityOfOwnClause(after: i, s)
        return meetings.contains { $0.kind == .summit && (own == nil || $0.place == own) }
    }

    /// The city of the clause after the noun at `i`, up to a comma, with no other meeting told between ("held talks with
    /// Trump at his Mar-a-Lago resort in Palm Beach", "the summit of the Bucharest Nine ... in Vilnius").
    func cityOfOwnClause(after i: Int, _ s: Sentence) -> String? {
        let e = (i + 1..<s.tokens.upperBound).first { t[$0].isMark(",") || t[$0].isMark(";") } ?? s.tokens.upperBound
        guard e > i + 1, e - i <= 24, !(i + 1..<e).contains(where: { t[$0].is(.meetingTrigger) }) else { return nil }
        var rest = s
        rest.tokens = (i + 1)..<e
        return placeIn(rest).flatMap { isCity($0) ? $0 : nil }
    }

    static let announcingVerbs: WordSet = ["announced", "announce", "announces", "proposed", "postponed", "cancelled", "canceled",
                                           "shelved", "scrapped", "confirmed", "arranged", "agreed"]
}
