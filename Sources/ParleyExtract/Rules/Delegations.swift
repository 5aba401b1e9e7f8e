/// Delegations at the main talks round: one per side the article refers to, with the person
/// named as head ("head of the Russian delegation, X", "a delegation led by X", "Ukraine’s chief
/// negotiator") and unnamed members as role phrases ("a deputy defense minister").
enum DelegationRules {
    static func find(_ doc: Document, _ people: PeopleIndex, _ meetings: MeetingRules) -> [Delegation] {
        guard let main = meetings.mainTalks else { return [] }
        let meeting = meetings.meetings[main]
        let t = doc.tokens
        var sides: [String] = []
        var heads: [String: String] = [:]
        var members: [String: [String]] = [:]
        var spans: [String: Span] = [:]
        var mentionsAll = false

        func side(before i: Int) -> String? {
            // "Russian delegation", "Ukraine’s delegation", "the Russian contingent"
            var j = i - 1
            if j >= 0, t[j].kind == .possessive { j -= 1 }
            guard j >= 0 else { return nil }
            if t[j].is(.stateDemonym), let c = Lexicon.demonyms[t[j].lower], !c.isEmpty, t[j].isCapitalized || t[j].isAllCaps { return c }
            return nil
        }

        func ledBy(_ i: Int, _ s: Sentence) -> Bool {
            var j = i + 1
            while j < s.tokens.upperBound, j - i <= 4 {
                if ["led", "headed"].contains(t[j].lower) { return true }
                j += 1
            }
            return false
        }

        for s in doc.sentences where doc.isFactual(s) {
            for i in s.tokens where t[i].is([.delegationNoun, .delegateNoun]) {
                if i > s.tokens.lowerBound, ["both", "two"].contains(t[i - 1].lower) || (i > s.tokens.lowerBound + 1 && t[i - 2].lower == "both") {
                    mentionsAll = true
                }
                let explicit = side(before: i)
                // "Kyiv would send a delegation headed by ...": the nearest state named before it in the
                // sentence, not a place after a preposition ("arrived in Ankara").
                var fallback: String? = nil
                var k = i - 1
                while explicit == nil, k >= s.tokens.lowerBound, fallback == nil {
                    if people.personAt[k] == nil, t[k].isCapitalized || t[k].isAllCaps, t[k].is(.stateDemonym), let code = Lexicon.demonyms[t[k].lower], !code.isEmpty,
                       k == s.tokens.lowerBound || !["in", "to", "at", "from", "for", "with", "into", "toward", "towards"].contains(t[k - 1].lower) {
                        fallback = code
                    }
                    k -= 1
                }
                let c = explicit ?? fallback
                if let c, explicit != nil || !ledBy(i, s) {
                    if !sides.contains(c) { sides.append(c) }
                    if spans[c] == nil { spans[c] = doc.span(tokens: max(s.tokens.lowerBound, i - 2)..<(i + 1)) }
                }
                // "Umerov led Ukraine’s delegation" / "Umerov, who headed the Ukrainian delegation"
                if let c {
                    var k = i - 1
                    while k > s.tokens.lowerBound, t[k].kind == .possessive || t[k].is(.article) || t[k].is(.demonym) { k -= 1 }
                    if k >= s.tokens.lowerBound, k < i, t[k].is(.leadVerb) {
                        var j = k - 1
                        if j - 1 >= s.tokens.lowerBound, t[j].lower == "who", t[j - 1].isMark(",") { j -= 2 }
                        if j >= s.tokens.lowerBound, let p = people.personAt[j], heads[c] == nil { heads[c] = people.people[p].name }
                    }
                }
                // "..., led by X" / "led by X"
                var j = i + 1
                if j < s.tokens.upperBound, t[j].isMark(",") { j += 1 }
                if j < s.tokens.upperBound, ["was", "is", "were", "being", "will", "be"].contains(t[j].lower) { j += 1 }
                if j < s.tokens.upperBound, t[j].lower == "be" { j += 1 }
                if j + 1 < s.tokens.upperBound, ["led", "headed"].contains(t[j].lower), t[j + 1].lower == "by" {
                    var k = j + 2
                    var end = k
                    while end < s.tokens.upperBound, !t[end].isMark(","), !t[end].isMark(".") { end += 1 }
                    var head: Int? = nil
                    // The head is the person the phrase is about, possibly after a title ("Minister of Defense X").
                    while k < end {
                        if let p = people.personAt[k] { head = p; break }
                        let w = t[k].lower
                        guard t[k].is([.titleWord, .roleNoun, .demonym, .article]) || w == "of" || t[k].kind == .possessive else { break }
                        k += 1
                    }
                    if let p = head {
                        let hs = explicit ?? people.people[p].country ?? fallback
                        if let hs {
                            if !sides.contains(hs) { sides.append(hs) }
                            heads[hs] = heads[hs] ?? people.people[p].name
                        }
                    } else if let c, end > j + 2 {
                        members[c, default: []].append(doc.text(tokens: (j + 2)..<end))
                    }
                }
                // "The Russian delegation, led by X, included A, B, and C."
                if let c, let inc = (i..<s.tokens.upperBound).first(where: { ["included", "includes", "comprised", "consisted"].contains(t[$0].lower) }) {
                    var a = inc + 1
                    if a < s.tokens.upperBound, t[a].lower == "of" { a += 1 }
                    var item: [Int] = []
                    func flush() {
                        var r = item
                        while let f = r.first, t[f].is(.article) || t[f].lower == "and" { r.removeFirst() }
                        if let f = r.first, let l = r.last { members[c, default: []].append(doc.text(tokens: f..<(l + 1))) }
                        item = []
                    }
                    while a < s.tokens.upperBound, !t[a].isMark(".") {
                        if t[a].isMark(",") { flush() } else if t[a].lower == "and", !item.isEmpty { flush() } else { item.append(a) }
                        a += 1
                    }
                    flush()
                }
            }
        }
        // Heads from roles: "head of the Russian delegation", "Ukraine’s chief negotiator", "heading the Russian delegation".
        for person in people.people {
            guard let c = person.country else { continue }
            let leads = person.roles.contains { role in
                let w = role.text.lexKey
                return w.contains("negotiator") || w.contains("delegation") || w.contains("contingent")
            }
            if leads {
                if !sides.contains(c) { sides.append(c) }
                if heads[c] == nil { heads[c] = person.name }
            }
        }
        if mentionsAll || !sides.isEmpty {
            for p in meeting.parties where !sides.contains(p) && (mentionsAll || sides.count == 1) { sides.append(p) }
        }
        let ordered = meeting.parties.filter { sides.contains($0) } + sides.filter { !meeting.parties.contains($0) }
        return ordered.map { side in
            Delegation(meeting: meeting.id, side: side, head: heads[side], members: members[side] ?? [],
                       span: spans[side] ?? meeting.span)
        }
    }
}
