/// "..., Putin's foreign policy aide said. '...,' Yury Ushakov told reporters": a source named only by a role the article
/// gives nobody is the person of the owner's state who speaks next, when the article gives that person no role either.
extension ClaimRules {
    mutating func rolesNamedNext() {
        for c in out.indices {
            guard case .label(_, let span) = out[c].speaker, let a = tokenIndex(startingAt: span.start),
                  let owner = people.personAt[a], let e = people.mentionEnd[a], e + 1 < tokens.count, tokens[e].kind == .possessive,
                  tokens[e + 1].start < span.end, tokens[(e + 1)...].prefix(while: { $0.start < span.end }).contains(where: { $0.is(.roleNoun) }),
                  let state = people.people[owner].country else { continue }
            let sentence = tokens[a].sentence
            for n in out.indices where n > c {
                guard case .person(let p, let found) = out[n].speaker, let k = tokenIndex(startingAt: found.start) else { continue }
                guard tokens[k].sentence - sentence <= 2 else { break }
                if p != owner, people.people[p].country == state, people.people[p].roles.isEmpty { out[c].speaker = .person(p, span) }
                break
            }
        }
    }

    private func tokenIndex(startingAt offset: Int) -> Int? { Document.tokenIndex(in: tokens, startingAt: offset) }
}
