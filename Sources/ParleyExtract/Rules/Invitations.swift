/// A meeting proposed by an invitation: "Putin ... invited Trump to Moscow", "Zelensky invited Putin to come to Kyiv".
extension MeetingRules {
    static let invitingVerbs: WordSet = ["invited", "invites", "invite", "inviting"]

    /// The city the guest is invited to, with the host's and the guest's states (the first invitation in the sentence).
    mutating func invitation(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.invitingVerb) else { return }
        // (Lengths and the first letter first: this looks at every word, and a Set lookup hashes.)
        for v in s.tokens where t[v].end - t[v].start >= 6 && t[v].end - t[v].start <= 8 && doc.scalars[t[v].start].value | 0x20 == 0x69
            && t[v].quote == nil && Self.invitingVerbs.contains(t[v].lower) {
            // The guest, past titles: "invited US President Donald Trump".
            var k = v + 1
            while k < s.tokens.upperBound, k - v <= 6, people.personAt[k] == nil, t[k].isWord,
                  t[k].is([.titleWord, .roleNoun, .demonym, .article]) { k += 1 }
            guard k < s.tokens.upperBound, let guest = people.personAt[k] else { continue }
            let end = people.mentionEnd[k] ?? k + 1
            // "to Moscow", "to visit Moscow", "to come to Moscow".
            guard end + 1 < s.tokens.upperBound, t[end].lower == "to" else { continue }
            var c = end + 1
            if t[c].lower == "visit" { c += 1 } else if t[c].lower == "come", c + 2 < s.tokens.upperBound, t[c + 1].lower == "to" { c += 2 }
            guard c < s.tokens.upperBound, t[c].is(.city), t[c].isCapitalized else { continue }
            // The host: the person named last before the verb.
            let index = people
            guard let host = (s.tokens.lowerBound..<v).reversed().lazy.compactMap({ index.personAt[$0] }).first, host != guest,
                  let home = people.people[host].country, let away = people.people[guest].country, home != away else { continue }
            let place = t[c].text
            guard !meetings.contains(where: { $0.place == place && Set($0.parties) == [home, away] && $0.status != .held }) else { return }
            let date = dates.first { $0.tokens.lowerBound > c && $0.tokens.lowerBound - c <= 3 }?.value
            _ = add(isLeader(host) && isLeader(guest) ? .summit : .talks, s, trigger: v..<(c + 1), place: place, date: date,
                    status: .proposed, parties: [home, away])
            return
        }
    }
}
