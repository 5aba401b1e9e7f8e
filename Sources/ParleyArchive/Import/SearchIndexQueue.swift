import ParleySQLite

/// Full-text index rows held back until the end of a batch, then written together.
///
/// FTS5 flushes its pending terms to a new index segment at every SAVEPOINT once one of its
/// tables is part of the transaction. With a savepoint per article that meant one tiny segment
/// per article and constant merging: about a third of import time. Queued here, the rows are
/// written after the batch's last savepoint, in the same transaction, so they commit or roll
/// back with the batch.
final class SearchIndexQueue {
    private let indexSource, indexClaim: Statement
    private var sources: [(id: Int64, title: String?, body: String)] = []
    private var claims: [(id: Int64, speaker: String, text: String)] = []
    private var queuedBytes = 0

    /// Past this, rows are written early so a batch of huge articles stays within bounded memory.
    static let byteLimit = 32 << 20

    init(db: Database) throws {
        indexSource = try db.prepare("INSERT INTO sources_fts(rowid, title, body) VALUES (?, ?, ?)")
        indexClaim = try db.prepare("INSERT INTO claims_fts(rowid, speaker, text) VALUES (?, ?, ?)")
    }

    /// Where the queue stands, to drop an article's rows when its savepoint rolls back.
    struct Mark { fileprivate let sources, claims, bytes: Int }

    var mark: Mark { Mark(sources: sources.count, claims: claims.count, bytes: queuedBytes) }

    var isOverLimit: Bool { queuedBytes > SearchIndexQueue.byteLimit }

    func addSource(id: Int64, title: String?, body: String) {
        sources.append((id, title, body))
        queuedBytes += body.utf8.count + (title?.utf8.count ?? 0)
    }

    func addClaim(id: Int64, speaker: String, text: String) {
        claims.append((id, speaker, text))
        queuedBytes += speaker.utf8.count + text.utf8.count
    }

    func discard(after mark: Mark) {
        sources.removeLast(sources.count - mark.sources)
        claims.removeLast(claims.count - mark.claims)
        queuedBytes = mark.bytes
    }

    /// Writes every queued row; must run inside the transaction that stored the rows they index.
    func flush() throws {
        for source in sources { try indexSource.run([source.id, source.title, source.body]) }
        for claim in claims { try indexClaim.run([claim.id, claim.speaker, claim.text]) }
        sources.removeAll(keepingCapacity: true)
        claims.removeAll(keepingCapacity: true)
        queuedBytes = 0
    }
}
