extension MeetingRules {
    /// "... led a Ukrainian delegation at talks in Florida. That meeting, at a private club in Hallandale Beach, lasted about
    /// four hours.": "that" opening the sentence takes up the talks told just before, not the article's main round, and a
    /// city of the state they were placed in refines their place. True when handled.
    mutating func thatMeetingTakenUp(_ i: Int, _ s: Sentence, place: String?, venue: String?) -> Bool {
        guard i == s.tokens.lowerBound + 1, t[i - 1].lower == "that",
              let m = meetings.lastIndex(where: { $0.kind == .talks && $0.span.start < s.span.start }) else { return false }
        if let place, let known = meetings[m].place, refines(place, known) { meetings[m].place = place }
        if meetings[m].venue == nil { meetings[m].venue = venue }
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
        return true
    }
}
