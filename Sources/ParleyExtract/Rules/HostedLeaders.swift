/// "Erdogan, who has offered to host a meeting of Zelenskyy, Putin and Trump", "said he hoped to host Zelenskyy, Putin
/// and Trump in Istanbul or Ankara", "was ready to host a meeting of the presidents of Russia, the United States and
/// Ukraine": a leaders' meeting a host offers, whose sides are the leaders named (the host is none).
extension MeetingRules {
    /// The leaders' meeting a verb of hosting in `s` offers: added, and the tokens it covers returned so the nouns
    /// inside are not read again.
    mutating func hostedLeaders(_ s: Sentence, dates: [DateMention]) -> Range<Int>? {
        let tokens = doc.tokens
        // (Lengths first: "host", "hosting".)
        guard let h = s.tokens.first(where: { (tokens[$0].end - tokens[$0].start == 4 || tokens[$0].end - tokens[$0].start == 7)
                && tokens[$0].quote == nil && Self.hostVerbs.contains(tokens[$0].lower) }), h + 2 < s.tokens.upperBound else { return nil }
        var k = h + 1
        var noun: Int? = nil
        // ("a meeting of", "a summit between", "talks with": the noun of the meeting, then its people.)
        if t[k].is(.article), k + 2 < s.tokens.upperBound, t[k + 1].is(.meetingTrigger), ["of", "between", "with"].contains(t[k + 2].lower) {
            noun = k + 1
            k += 3
        }
        var states: [String] = []
        var leaders = 0
        let start = k
        while k < s.tokens.upperBound, k - start <= 24 {
            let w = t[k]
            if let p = people.personAt[k] {
                if k == start || people.personAt[k - 1] != p, let c = people.people[p].country {
                    if !states.contains(c) { states.append(c) }
                    if isLeader(p) { leaders += 1 }
                }
            } else if w.isCapitalized || w.isAllCaps, let c = stateNamed(at: k, s), !c.isEmpty {
                // ("the presidents of Russia, the United States and Ukraine".)
                if !states.contains(c) { states.append(c) }
                leaders += 1
            } else if w.isMark(",") || w.lower == "and" || w.is(.article) || w.is([.titleWord, .roleNoun, .leaderNoun, .demonym])
                        || w.lower == "of" || PeopleRules.isInnerDot(doc, k) || w.kind == .possessive || w.isCapitalized {
                // (Titles, names and the words of a list.)
            } else { break }
            k += 1
        }
        guard states.count >= 2, leaders >= 2 else { return nil }
        // (The host's own state is no side: "Erdogan ... offered to host".)
        let index = people
        let hostState = (s.tokens.lowerBound..<h).first { index.personAt[$0] != nil }.flatMap { index.personAt[$0] }.flatMap { index.people[$0].country }
        let parties = states.filter { $0 != hostState }
        guard parties.count >= 2 else { return nil }
        // ("in Istanbul or Ankara": no one place.)
        let place = k + 1 < s.tokens.upperBound && t[k].lower == "in" && t[k + 1].is(.city)
            && !(k + 2 < s.tokens.upperBound && t[k + 2].lower == "or") ? t[k + 1].text : noun.flatMap { hostingState(before: $0, s) }
        let trigger = noun.map { $0..<($0 + 1) } ?? h..<(h + 1)
        let agreed = (max(s.tokens.lowerBound, h - 3)..<h).contains { ["will", "agreed", "would"].contains(t[$0].lower) }
        _ = add(.summit, s, trigger: trigger, place: place, status: agreed ? .planned : .proposed, parties: parties)
        return h..<k
    }

    /// The state a word names, also with the next word ("the United States").
    func stateNamed(at k: Int, _ s: Sentence) -> String? {
        if k + 1 < s.tokens.upperBound, t[k + 1].isCapitalized, let c = Lexicon.demonyms[t[k].lower + " " + t[k + 1].lower] { return c }
        guard t[k].is(.stateDemonym) || t[k].is(.statePlace) else { return nil }
        return Lexicon.demonyms[t[k].lower] ?? Lexicon.placeCountry[t[k].lower]
    }

    static let hostVerbs: WordSet = ["host", "hosting"]
}
