/// Statement ids by their keys, kept for a whole import run: most claims repeat a statement
/// already archived, and asking the statements table each time (an INSERT OR IGNORE, then a
/// SELECT) was most of a claim's upkeep after its own row.
///
/// Ids learnt inside an article's savepoint are held apart until the article is kept, because
/// rolling the article back removes the statements it added.
final class StatementIDCache {
    struct Key: Hashable {
        let textKey: String
        let speakerKey: String
    }

    private var ids: [Key: Int64] = [:]
    private var unkept: [Key] = []

    /// Past this many statements the cache starts over, so memory stays bounded on any archive.
    static let limit = 50_000

    subscript(key: Key) -> Int64? { ids[key] }

    func add(_ id: Int64, for key: Key) {
        if ids.count >= StatementIDCache.limit {
            ids.removeAll(keepingCapacity: true)
            unkept.removeAll(keepingCapacity: true)
        }
        ids[key] = id
        unkept.append(key)
    }

    /// The rows behind the ids learnt since the last `keep()` are committed to the transaction.
    func keep() {
        unkept.removeAll(keepingCapacity: true)
    }

    /// The rows behind the ids learnt since the last `keep()` were rolled back.
    func forgetUnkept() {
        for key in unkept { ids[key] = nil }
        unkept.removeAll(keepingCapacity: true)
    }
}
