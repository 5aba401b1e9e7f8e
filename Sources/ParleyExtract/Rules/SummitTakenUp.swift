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
        return meetings.contains { $0.kind == .summit && (place == nil || $0.place == place) }
    }

    static let announcingVerbs: WordSet = ["announced", "announce", "announces", "proposed", "postponed", "cancelled", "canceled",
                                           "shelved", "scrapped", "confirmed", "arranged", "agreed"]
}
