/// "after a second round of US-brokered trilateral talks in the capital of the United Arab Emirates", in a report that tells
/// the rounds three-way: the state brokering talks told between two sides is their third side.
extension MeetingRules {
    mutating func brokerOfThreeWayTalks() {
        guard let broker = threeWayBroker() else { return }
        for m in meetings.indices where meetings[m].kind == .talks && meetings[m].parties.count == 2 && !meetings[m].parties.contains(broker) {
            let spans = [meetings[m].span] + meetings[m].mentions
            let brokered = spans.contains { span in
                guard let k = Document.tokenIndex(in: t, startingAt: span.start) else { return false }
                // ("a second round of US-brokered trilateral talks": the mention may be the round the talks are of; the talks
                // noun it heads is the one told, and a broker of its own other than that one keeps it out.)
                let head = (k...min(t.count - 1, k + 6)).first { j in t[j].is(.talksNoun) && !(j + 1 < t.count && t[j + 1].lower == "of") }
                return head.map { brokerBefore($0) == broker } ?? false
            }
            if brokered { meetings[m].parties.append(broker) }
        }
    }

    /// The broker of talks the article calls three-way ("US-brokered trilateral talks", "the US-brokered trilateral format"),
    /// when every such mention names the same one.
    private func threeWayBroker() -> String? {
        var found: String? = nil
        // (Not a format told as dropped or stalled.)
        for s in doc.sentences where doc.isFactual(s) && !s.tokens.contains(where: { Self.droppedWords.contains(t[$0].lower) }) {
            for k in s.tokens where Self.threeWayWords.contains(t[k].lower) && k + 1 < s.tokens.upperBound
                && (t[k + 1].is(.talksNoun) || Self.formatNouns.contains(t[k + 1].lower)) {
                guard let b = brokerBefore(k) else { continue }
                if found != nil && found != b { return nil }
                found = b
            }
        }
        return found
    }

    /// "US-brokered", "U.S.-mediated" a word or two before token `k`: the state it names.
    private func brokerBefore(_ k: Int) -> String? {
        for j in stride(from: k - 1, through: max(0, k - 3), by: -1) where Self.brokeringParticiples.contains(t[j].lower) {
            guard j >= 2, t[j - 1].isMark("-"), let c = Lexicon.placeCountry[t[j - 2].lower] ?? Lexicon.demonyms[t[j - 2].lower], !c.isEmpty else { return nil }
            return c
        }
        return nil
    }

    /// (Not "mediated": a mediator of three-way talks is often their host, not a side: "UAE-mediated trilateral round".)
    static let brokeringParticiples: WordSet = ["brokered", "led", "sponsored"]
    static let formatNouns: WordSet = ["format", "round", "rounds"]
    static let droppedWords: WordSet = ["dropped", "stalled", "abandoned", "collapsed", "scrapped", "shelved"]
}
