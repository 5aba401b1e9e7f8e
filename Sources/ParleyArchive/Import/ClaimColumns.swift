/// What a claim row repeats of its source (migration 0014): the claims report and the dossier read
/// a person's claims from one index, without a lookup of each claim's source.
struct SourceFields {
    let published: String?
    let file: String?
    let title: String?
}

/// A claim's topics as one text column (migration 0014), as v_claims listed them from claim_topics.
enum ClaimTopics {
    /// Each topic once, in SQLite's order (by UTF-8 bytes), joined by ", "; nil when there are none.
    static func list(_ topics: [String]) -> String? {
        guard !topics.isEmpty else { return nil }
        // claim_topics keeps one row per topic (INSERT OR IGNORE on its key): repeats go alike.
        var list: [String] = []
        for topic in topics.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        where !(list.last?.utf8.elementsEqual(topic.utf8) ?? false) {
            list.append(topic)
        }
        return list.joined(separator: ", ")
    }
}
