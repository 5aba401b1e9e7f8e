extension MeetingRules {
    /// "Fidan held a trilateral meeting with Umerov and U.S. Secretary of State Marco Rubio": once the article's
    /// round is known (or when told as held), a meeting told with an indefinite article and the people met is one of its own. The
    /// states of those people and of the clause's subject; nil unless two states take part.
    func meetingWithPeople(_ i: Int, _ s: Sentence) -> [String]? {
        // ("held a meeting in Paris with U.S. Special Envoy Steve Witkoff": past a place or day before "with".)
        guard t[i].lower == "meeting", i + 2 < s.tokens.upperBound, let with = (i + 1..<min(s.tokens.upperBound - 1, i + 7)).first(where: { t[$0].lower == "with" }),
              (i + 1..<with).allSatisfy({ t[$0].kind == .number || t[$0].isWord && (t[$0].isCapitalized || Self.placePhraseWords.contains(t[$0].lower)) })
        else { return nil }
        var a = i - 1
        // ("a separate closed-door meeting": words and their hyphens.)
        while a > s.tokens.lowerBound, i - a <= 5, t[a].isWord || t[a].isMark("-"), !t[a].isCapitalized, !["a", "an"].contains(t[a].lower) { a -= 1 }
        guard a >= s.tokens.lowerBound, ["a", "an"].contains(t[a].lower) else { return nil }
        // (Before the article's round is known, only one told as held: "Witkoff ... later held a separate closed-door
        // meeting with Zelenskyy".)
        guard mainTalks != nil || a - 1 >= s.tokens.lowerBound && ["held", "had"].contains(t[a - 1].lower) else { return nil }
        var parties: [String] = []
        var met = 0
        var k = with + 1
        while k < s.tokens.upperBound, k - with <= 13, t[k].kind != .punct || PeopleRules.isInnerDot(doc, k) || t[k].isMark(",") {
            if let p = people.personAt[k], k == with + 1 || people.personAt[k - 1] != p {
                met += 1
                if let c = people.people[p].country, !parties.contains(c) { parties.append(c) }
            }
            k += 1
        }
        guard met > 0 else { return nil }
        for c in clauseSubjectCountries(before: i, s, owned: true) where !parties.contains(c) { parties.insert(c, at: 0) }
        return parties.count >= 2 ? parties : nil
    }

    static let placePhraseWords: WordSet = ["in", "at", "on", "the"]
    static let denyingWords: WordSet = ["denied", "denies", "deny", "dismissed", "rejected", "no"]

    /// "at a meeting in the Kremlin on Thursday night between President Vladimir Putin and Witkoff and Kushner": a meeting
    /// whose place and time come before "between" and the people met, one of them no leader, is talks. Returns the
    /// states met and where "between" stands.
    /// ("a late-night meeting in the Kremlin on 22 January between ...", "a four-hour session in the Kremlin ... between ...":
    /// past words describing it, a session too.)
    func meetingBetweenPeople(_ i: Int, _ s: Sentence) -> (parties: [String], between: Int)? {
        guard t[i].lower == "meeting" || t[i].lower == "session", i > s.tokens.lowerBound, i + 2 < s.tokens.upperBound else { return nil }
        var a = i - 1
        while a > s.tokens.lowerBound, i - a <= 5, t[a].isWord && !t[a].isCapitalized || t[a].kind == .number || t[a].isMark("-"),
              !["a", "an"].contains(t[a].lower) { a -= 1 }
        // (Not "denied reports of a secret meeting in Abu Dhabi": a meeting denied.)
        guard ["a", "an"].contains(t[a].lower), !(max(s.tokens.lowerBound, a - 6)..<a).contains(where: { Self.denyingWords.contains(t[$0].lower) }),
              let between = (i + 2..<min(s.tokens.upperBound, i + 12)).first(where: { t[$0].lower == "between" }),
              !(i + 1..<between).contains(where: { t[$0].kind == .punct && !PeopleRules.isInnerDot(doc, $0) || t[$0].is(.meetingTrigger) })
        else { return nil }
        var parties: [String] = []
        var leaders = 0, others = 0
        var k = between + 1
        while k < s.tokens.upperBound, k - between <= 14, t[k].kind != .punct || PeopleRules.isInnerDot(doc, k) || t[k].isMark(",") {
            if let p = people.personAt[k], people.personAt[k - 1] != p {
                if isLeader(p) { leaders += 1 } else { others += 1 }
                if let c = people.people[p].country, !parties.contains(c) { parties.append(c) }
            }
            k += 1
        }
        return parties.count >= 2 && others > 0 && leaders + others >= 2 ? (parties, between) : nil
    }
}
