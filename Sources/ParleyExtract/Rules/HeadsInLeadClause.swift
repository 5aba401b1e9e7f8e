/// "Igor Kostyukov, who had headed Moscow's delegation at two earlier rounds in Abu Dhabi on Jan. 23-24 and Feb. 4-5": the
/// rounds a relative clause of leading names after "at" are the ones its person headed, whatever round the sentence is
/// about.
enum HeadsInLeadClause {
    struct Found { var rounds: [Int]; var side: String; var head: String; var verb: Int }

    static func find(_ doc: Document, _ people: PeopleIndex, _ meetings: MeetingRules, _ s: Sentence) -> [Found] {
        let t = doc.tokens
        guard s.mayHave(.leadVerb), s.mayHave(.delegationNoun) else { return [] }
        var out: [Found] = []
        for i in s.tokens where t[i].is(.delegationNoun) && i + 2 < s.tokens.upperBound && t[i + 1].lower == "at" {
            guard let v = verb(before: i, t, s), whoOpens(v, t, s), let owner = RelativeClause.owner(holding: v, s, t, people),
                  let side = state(before: i, t, s) else { continue }
            let end = (i + 1..<s.tokens.upperBound).first { k in
                t[k].isDashMark && t[k].start > t[k - 1].end || t[k].isMark(";") || t[k].isMark(",") && !(k + 1 < s.tokens.upperBound && (t[k + 1].is(.month) || t[k + 1].kind == .number))
            } ?? s.tokens.upperBound
            let clause = t[i + 1].start..<t[end - 1].end
            let rounds = meetings.meetings.indices.filter { m in
                meetings.meetings[m].kind == .talks && ([meetings.meetings[m].span] + meetings.meetings[m].mentions).contains { clause.contains($0.start) }
            }
            if !rounds.isEmpty { out.append(Found(rounds: rounds, side: side, head: people.people[owner].name, verb: v)) }
        }
        return out
    }

    /// "headed", "had led": the verb of leading right before the noun's state and determiners.
    private static func verb(before i: Int, _ t: [Token], _ s: Sentence) -> Int? {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 4, t[k].kind == .possessive || t[k].is([.article, .demonym, .stateDemonym]) || t[k].isCapitalized { k -= 1 }
        return k > s.tokens.lowerBound && t[k].is(.leadVerb) ? k : nil
    }

    /// "who led", "who had headed".
    private static func whoOpens(_ v: Int, _ t: [Token], _ s: Sentence) -> Bool {
        var k = v - 1
        if k > s.tokens.lowerBound, auxiliaries.contains(t[k].lower) { k -= 1 }
        return t[k].lower == "who"
    }

    /// "Russia's", "the Russian", "Moscow's": the state owning the delegation.
    private static func state(before i: Int, _ t: [Token], _ s: Sentence) -> String? {
        var k = i - 1
        if t[k].kind == .possessive { k -= 1 }
        guard k >= s.tokens.lowerBound, t[k].isCapitalized || t[k].isAllCaps else { return nil }
        let c = Lexicon.demonyms[t[k].lower] ?? Lexicon.placeCountry[t[k].lower]
        return c.flatMap { $0.isEmpty ? nil : $0 }
    }

    static let auxiliaries: WordSet = ["had", "has", "have"]
}
