extension MeetingRules {
    /// "Some channels between Moscow and Kyiv remain open. On Thursday, the two countries swapped 84 prisoners each":
    /// the two states a meeting's own sentence names, or, when it names none ("the two countries swapped"), those of the
    /// sentence before it in the paragraph. Capitals count as their states unless they place something ("in Moscow").
    func localSides(of m: Int) -> [String]? {
        guard m != mainTalks, let k = doc.sentences.firstIndex(where: { $0.span.start <= meetings[m].span.start && meetings[m].span.start < $0.span.end }) else { return nil }
        let own = statesTold(in: doc.sentences[k])
        if own.count == 2 { return own.sorted() }
        // ("Trump announced the plan after a phone call with Putin. ... advisers from both countries will meet next week,
        // with the US side led by Rubio": the two states of the leaders' call or summit just told.)
        let s = doc.sentences[k]
        if own.count < 2, s.tokens.contains(where: { j in j + 1 < s.tokens.upperBound && Self.bothOrTwo.contains(t[j].lower)
            && Self.stateGroupNouns.contains(t[j + 1].lower) }),
           let last = meetings[..<m].last(where: { ($0.kind == .call || $0.kind == .summit) && $0.parties.count == 2 }),
           let lk = doc.sentences.firstIndex(where: { $0.span.start <= last.span.start && last.span.start < $0.span.end }), k - lk <= 2,
           own.isSubset(of: Set(last.parties)) {
            return last.parties.sorted()
        }
        guard own.isEmpty, k > 0, doc.sentences[k - 1].paragraph == doc.sentences[k].paragraph else { return nil }
        let before = statesTold(in: doc.sentences[k - 1])
        return before.count == 2 ? before.sorted() : nil
    }

    static let stateGroupNouns: WordSet = ["countries", "sides", "nations", "governments"]

    private func statesTold(in s: Sentence) -> Set<String> {
        var out = Set<String>()
        for k in s.tokens where (t[k].isCapitalized || t[k].isAllCaps) && t[k].quote == nil {
            // ("talks in Saudi Arabia": a place, not a side.)
            if k > s.tokens.lowerBound, t[k - 1].is(.placePreposition) { continue }
            if t[k].is(.stateDemonym), let c = Lexicon.demonyms[t[k].lower], !c.isEmpty { out.insert(c) }
            else if let c = Self.capitalStates[t[k].lower] { out.insert(c) }
        }
        return out
    }

    /// Capitals that stand for their states ("Moscow and Kyiv"), by lower-case name.
    static let capitalStates: [String: String] = {
        var out: [String: String] = ["kiev": "UA"]
        for (state, city) in Lexicon.capitals.dictionary where !city.contains(" ") { out[city.lowercased()] = state }
        return out
    }()
}
