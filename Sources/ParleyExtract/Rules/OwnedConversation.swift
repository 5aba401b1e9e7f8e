extension MeetingRules {
    /// "Trump's conversation of more than two hours with Russian President Vladimir Putin", "Monday's conversation between
    /// Meloni, Trump and several European leaders", "his overnight conversation with the American president": a
    /// conversation owned by a person or a day, with someone named on the other end, is a call of its own. Returns the
    /// states on it (the owner's and those after "with" or "between"); nil when the phrase is not of that shape or tells
    /// an encounter in person ("their one-on-one conversation", "a conversation with Putin in the Kremlin").
    func ownedConversation(at i: Int, _ s: Sentence) -> [String]? {
        guard t[i].lower == "conversation", let owner = conversationOwner(before: i, s) else { return nil }
        let limit = min(s.tokens.upperBound, i + 10)
        guard let p = (i + 1..<limit).first(where: { Self.partnerPrepositions.contains(t[$0].lower) }),
              !(i + 1..<p).contains(where: { t[$0].kind == .punct && !t[$0].isMark("-") }) else { return nil }
        var parties = owner
        var named = false
        var k = p + 1
        // (A list after "between" runs over commas; a phrase after "with" stops at the first.)
        let between = t[p].lower == "between"
        while k < s.tokens.upperBound, k - p <= 16, !(t[k].isMark(",") && !between), !t[k].isMark(";"), !t[k].is(.sayingVerb) {
            // ("between Meloni and Trump covered the Vatican offer": a lower-case word other than a title ends the list.)
            if k > p + 1, t[k].isWord, !t[k].isCapitalized, !Self.listWords.contains(t[k].lower),
               !t[k].is([.titleWord, .roleNoun, .roleAdjective, .demonym, .honorific]) { break }
            if t[k].lower == "in", k + 1 < s.tokens.upperBound, t[k + 1].isCapitalized, t[k + 1].is(.city) || t[k + 1].is(.place) { return nil }
            if let q = people.personAt[k] {
                named = true
                if let c = people.people[q].country, !parties.contains(c) { parties.append(c) }
            } else if t[k].is(.stateDemonym), t[k].isCapitalized || t[k].isAllCaps, let c = Lexicon.demonyms[t[k].lower], !c.isEmpty {
                // ("with the American president": a leader named by the state he leads.)
                if k + 1 < s.tokens.upperBound, Lexicon.leaderNouns.contains(t[k + 1].lower) { named = true }
                if !parties.contains(c) { parties.append(c) }
            }
            k += 1
        }
        return named ? parties : nil
    }

    /// The owner of "X's conversation" or "his conversation", past words describing it ("overnight", "lengthy"); nil when
    /// the words before it tell an encounter in person ("their one-on-one conversation" stops at the hyphen). The owner's
    /// state when a person owns it, none for a pronoun or a day.
    private func conversationOwner(before i: Int, _ s: Sentence) -> [String]? {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 3, t[k].isWord, !t[k].isCapitalized, !Self.possessivePronouns.contains(t[k].lower) {
            if Self.inPersonWords.contains(t[k].lower) { return nil }
            k -= 1
        }
        guard k > s.tokens.lowerBound else { return nil }
        if Self.possessivePronouns.contains(t[k].lower) { return [] }
        guard t[k].kind == .possessive else { return nil }
        if let q = people.personAt[k - 1] { return people.people[q].country.map { [$0] } ?? [] }
        return t[k - 1].is(.weekday) ? [] : nil
    }

    static let listWords: WordSet = ["and", "the", "of", "in"]

    /// Words that make a conversation one held face to face.
    static let inPersonWords: WordSet = ["private", "personal", "bilateral"]
}
