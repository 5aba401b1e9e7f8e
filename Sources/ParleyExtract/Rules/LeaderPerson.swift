extension PersonFinding {
    /// A head of state or government, by a role the article gives or by the built-in list.
    var isLeader: Bool {
        if Lexicon.headsOfState.contains(key) { return true }
        return roles.contains { role in
            let words = role.text.lowercased().split(separator: " ")
            guard let last = words.last else { return false }
            let leader = Lexicon.leaderTitles.contains(String(last)) || last == "minister" && words.contains("prime")
            guard leader else { return false }
            return !words.contains { ["vice", "deputy", "former"].contains($0) }
        }
    }
}
