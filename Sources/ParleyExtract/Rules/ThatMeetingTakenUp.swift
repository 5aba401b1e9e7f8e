extension MeetingRules {
    /// "... led a Ukrainian delegation at talks in Florida. That meeting, at a private club in Hallandale Beach, lasted about
    /// four hours.": "that" opening the sentence takes up talks told in the sentence just before (not the article's main
    /// round), when no other meeting was told since; a city of the same state refines their place. True when handled.
    mutating func thatMeetingTakenUp(_ i: Int, _ s: Sentence, place: String?, venue: String?) -> Bool {
        guard i == s.tokens.lowerBound + 1, t[i - 1].lower == "that", s.tokens.lowerBound > 0,
              let m = meetings.lastIndex(where: { $0.span.start < s.span.start }), meetings[m].kind == .talks else { return false }
        let before = t[s.tokens.lowerBound - 1].sentence
        guard before < doc.sentences.count, meetings[m].span.start >= doc.sentences[before].span.start else { return false }
        if let place, let known = meetings[m].place, place != known {
            guard refines(place, known) else { return false }
            meetings[m].place = place
        }
        if meetings[m].venue == nil { meetings[m].venue = venue }
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
        return true
    }
}
