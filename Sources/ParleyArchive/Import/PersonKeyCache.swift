/// Person keys by spelling, kept for a whole import: articles name the same people in the same
/// few spellings, and folding each one again was a few percent of import time.
final class PersonKeyCache {
    private var keys: [String: String] = [:]

    /// Past this many spellings the cache starts over, so memory stays bounded on any archive.
    static let limit = 50_000

    func key(_ name: String) -> String {
        if let key = keys[name] { return key }
        if keys.count >= PersonKeyCache.limit { keys.removeAll(keepingCapacity: true) }
        let key = PersonKey.of(name)
        keys[name] = key
        return key
    }
}
