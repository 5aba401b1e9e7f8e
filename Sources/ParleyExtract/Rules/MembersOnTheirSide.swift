extension DelegationRules {
    /// "The American delegation was headed by Witkoff, while Putin was accompanied by Ushakov and Kirill Dmitriev": a member
    /// of another state named in the sentence of one side's delegation sits on that state's side, when the meeting has it
    /// as a party; the side is added, headless, when it is missing.
    static func membersOnTheirSide(_ found: [Delegation], _ people: PeopleIndex, _ meetings: [Meeting]) -> [Delegation] {
        var country: [String: String] = [:]
        for p in people.people { if let c = p.country, !c.isEmpty { country[p.name] = c } }
        var out = found
        for k in found.indices {
            guard let m = meetings.first(where: { $0.id == found[k].meeting }) else { continue }
            let moved = found[k].members.filter { name in
                country[name].map { $0 != found[k].side && m.parties.contains($0) } ?? false }
            guard !moved.isEmpty else { continue }
            out[k].members.removeAll { moved.contains($0) }
            for name in moved {
                let side = country[name]!
                if let other = out.firstIndex(where: { $0.meeting == m.id && $0.side == side }) {
                    if out[other].head != name, !out[other].members.contains(name) { out[other].members.append(name) }
                } else {
                    out.append(Delegation(meeting: m.id, side: side, head: nil, members: [name], span: found[k].span))
                }
            }
        }
        return out
    }
}
