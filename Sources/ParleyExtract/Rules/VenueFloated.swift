extension MeetingRules {
    /// "Putin floating Moscow as the venue for their next meeting", "proposed Istanbul as the host of the next round": the
    /// place a verb of proposing puts forward for the meeting noun at `i`, which is then proposed there.
    func venueFloated(for i: Int, _ s: Sentence) -> String? {
        // "as the venue for their next": up to four words between "for" and the noun.
        guard let f = (max(s.tokens.lowerBound, i - 5)..<i).last(where: { Self.venueLinks.contains(t[$0].lower) }),
              (f + 1..<i).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized }),
              f - 4 >= s.tokens.lowerBound, Self.venueNouns.contains(t[f - 1].lower), t[f - 2].lower == "the", t[f - 3].lower == "as",
              t[f - 4].isCapitalized, t[f - 4].is(.city) || t[f - 4].is(.statePlace) else { return nil }
        // The verb of proposing right before the place.
        guard f - 5 >= s.tokens.lowerBound, Self.floatingVerbs.contains(t[f - 5].lower) else { return nil }
        return t[f - 4].text
    }

    static let venueLinks: WordSet = ["for", "of"]
    static let venueNouns: WordSet = ["venue", "location", "site", "host", "place"]
    static let floatingVerbs: WordSet = ["floating", "floated", "proposing", "proposed", "suggesting", "suggested", "offering", "offered",
                                         "naming", "named"]
}
