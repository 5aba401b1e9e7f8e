/// "Late on Thursday, President Vladimir Putin received Witkoff, Kushner and Gruenbaum in the Kremlin for talks": talks a
/// guest was received for are the guest verb's meeting, on the day and at the venue of its clause.
extension MeetingRules {
    /// The guest verb ("received", "hosted") whose clause the talks noun at `i` closes after "for".
    func receivedForTalks(_ i: Int, _ s: Sentence) -> Int? {
        guard i - 2 >= s.tokens.lowerBound, t[i - 1].lower == "for" else { return nil }
        let from = max(s.tokens.lowerBound, i - 16)
        guard let v = (from..<(i - 1)).last(where: { Self.guestVerbs.contains(t[$0].lower) }), v > s.tokens.lowerBound,
              !["was", "were", "be", "been"].contains(t[v - 1].lower) else { return nil }
        // (One clause: no verb of saying or meeting, and no mark but the commas of a list, between.)
        return (v + 1..<(i - 1)).contains { t[$0].is(.sayingVerb) || t[$0].is(.meetVerb) || t[$0].kind == .punct && !t[$0].isMark(",")
            && !PeopleRules.isInnerDot(doc, $0) } ? nil : v
    }

    /// The city of a venue named between tokens `a` and `b` ("received ... in the Kremlin for talks": Moscow).
    func cityOfVenue(between a: Int, and b: Int, _ venue: String?, _ s: Sentence) -> String? {
        guard let venue, let k = venueHeadToken(venue, s), k > a, k < b else { return nil }
        return Lexicon.venueCities[venue.lexKey]
    }
}
