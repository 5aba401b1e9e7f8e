extension DelegationRules {
    /// "The American team was led by Witkoff; Zelensky, who led the Ukrainian side in person, was accompanied by Rustem
    /// Umerov": a person listed on two sides of one meeting stays only on the side of his own state.
    static func membersOnTheirSide(_ found: [Delegation], _ people: PeopleIndex) -> [Delegation] {
        var country: [String: String] = [:]
        for p in people.people { if let c = p.country, !c.isEmpty { country[p.name] = c } }
        var out = found
        for k in out.indices {
            let (meeting, side) = (out[k].meeting, out[k].side)
            out[k].members.removeAll { name in
                guard let own = country[name], own != side else { return false }
                return found.contains { $0.meeting == meeting && $0.side == own && ($0.head == name || $0.members.contains(name)) }
            }
        }
        return out
    }
}
