extension MeetingRules {
    /// "Fidan held a trilateral meeting with Umerov and U.S. Secretary of State Marco Rubio": once the article's
    /// round is known (or when told as held), a meeting told with an indefinite article and the people met is one of its own. The
    /// states of those people and of the clause's subject; nil unless two states take part.
    func meetingWithPeople(_ i: Int, _ s: Sentence) -> [String]? {
        guard i + 2 < s.tokens.upperBound, t[i + 1].lower == "with", t[i].lower == "meeting" else { return nil }
        var a = i - 1
        // ("a separate closed-door meeting": words and their hyphens.)
        while a > s.tokens.lowerBound, i - a <= 5, t[a].isWord || t[a].isMark("-"), !t[a].isCapitalized, !["a", "an"].contains(t[a].lower) { a -= 1 }
        guard a >= s.tokens.lowerBound, ["a", "an"].contains(t[a].lower) else { return nil }
        // (Before the article's round is known, only one told as held: "Witkoff ... later held a separate closed-door
        // meeting with Zelenskyy".)
        guard mainTalks != nil || a - 1 >= s.tokens.lowerBound && ["held", "had"].contains(t[a - 1].lower) else { return nil }
        var parties: [String] = []
        var met = 0
        var k = i + 2
        while k < s.tokens.upperBound, k - i <= 14, t[k].kind != .punct || PeopleRules.isInnerDot(doc, k) || t[k].isMark(",") {
            if let p = people.personAt[k], k == i + 2 || people.personAt[k - 1] != p {
                met += 1
                if let c = people.people[p].country, !parties.contains(c) { parties.append(c) }
            }
            k += 1
        }
        guard met > 0 else { return nil }
        for c in clauseSubjectCountries(before: i, s, owned: true) where !parties.contains(c) { parties.insert(c, at: 0) }
        return parties.count >= 2 ? parties : nil
    }
}
