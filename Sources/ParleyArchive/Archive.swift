import Foundation
import ParleySQLite

/// The archive file: opening it safely for writing or reading, with its schema checked.
public final class Archive {
    public let db: Database
    public let path: String

    private let writable: Bool

    private init(db: Database, path: String, writable: Bool) {
        self.db = db
        self.path = path
        self.writable = writable
    }

    deinit {
        // Back to a single file when the writer is done, so later read-only opens need no
        // -wal/-shm files beside it. Fails harmlessly (stays WAL) while others have it open.
        if writable { _ = try? db.execute("PRAGMA journal_mode = DELETE") }
    }

    /// Opens (creating if needed) for writing: WAL, full sync, schema migrated to this binary's.
    public static func openForWriting(at path: String) throws -> Archive {
        try refuseDirectory(path)
        if fileSize(path) ?? 0 == 0 { try createAtomically(at: path) }
        let db = try Database(path: path, mode: .readWrite)
        // Refuse a foreign or newer file before anything, even the journal mode, touches it.
        try Migrator.check(db)
        // WAL lets readers and backups run while an import writes; FULL sync makes each commit durable.
        try db.execute("PRAGMA journal_mode = WAL")
        try db.execute("PRAGMA synchronous = FULL")
        // A 64 MiB page cache instead of 2: an import touches index pages all over a large archive,
        // and re-reading each from the OS was a third of its kernel time (30,000 articles: 48 s to 40 s).
        try db.execute("PRAGMA cache_size = -65536")
        try Migrator.migrate(db)
        return Archive(db: db, path: path, writable: true)
    }

    /// Opens an existing archive read-only; never creates a file.
    public static func openForReading(at path: String) throws -> Archive {
        try refuseDirectory(path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw ArchiveError.missing("no archive at \(path); import articles first (parley import FILES) or pass --db PATH")
        }
        let db = try Database(path: path, mode: .readOnly)
        // Reports read much of a large archive: mapping it saves a copy of every page through
        // read() (a third of a whole-archive report's time at 100,000 articles). SQLite caps it at 2 GiB.
        try db.execute("PRAGMA mmap_size = 2147418112")
        // Sorts keep 64 MiB in memory instead of 2 before they spill to a temporary file: one
        // person's 21,000 claims were written out and read back in a thousand pieces.
        try db.execute("PRAGMA cache_size = -65536")
        let applicationID = try db.scalar("PRAGMA application_id")?.int64 ?? 0
        guard applicationID == Migrator.applicationID else {
            throw ArchiveError.schema("\(path) is not a parley archive; pass --db with the path of one")
        }
        guard try Migrator.isCurrent(db) else {
            throw ArchiveError.schema("\(path) was made by an older parley; run `parley migrate --db \(path)` to upgrade it")
        }
        return Archive(db: db, path: path, writable: false)
    }

    /// A new archive gets its whole schema under a temporary name and appears under its own name
    /// in one rename, so a crash at any moment leaves either no archive or a complete, empty one.
    /// An empty file left where the archive should be (a crash of an older parley) is replaced.
    static func createAtomically(at path: String) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ArchiveError.storage("cannot create the archive \(path): the folder \(folder) does not exist")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".creating-\(getpid())"
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) } }
        do {
            let db = try Database(path: temporary, mode: .readWriteCreate)
            try Migrator.migrate(db)
        }
        try FileSync.file(temporary)
        if fileSize(path) == 0 {
            guard rename(temporary, path) == 0 else { throw creationError(path) }
        } else if link(temporary, path) != 0 && errno != EEXIST {
            // EEXIST: another parley created it meanwhile; that one is used.
            throw creationError(path)
        }
        try FileSync.directory(folder)
    }

    private static func creationError(_ path: String) -> ArchiveError {
        .storage("cannot create the archive \(path): \(String(cString: strerror(errno)))")
    }

    static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    private static func refuseDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ArchiveError.missing("\(path) is a directory, not an archive file; pass --db with a file path")
        }
    }

    /// Row counts of the main tables, for summaries and tests.
    public func counts() throws -> [(table: String, rows: Int)] {
        try Archive.countedTables.map { table in
            (table, Int(try db.scalar("SELECT count(*) FROM \(table)")?.int64 ?? 0))
        }
    }

    static let countedTables = [
        "sources", "people", "person_aliases", "person_mentions", "roles", "meetings", "meeting_reports", "meeting_parties",
        "delegations", "delegation_members", "claims", "claim_topics", "figures",
    ]
}
