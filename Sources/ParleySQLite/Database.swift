import CParleySQLite

/// One SQLite connection. Not Sendable: one connection, one thread.
public final class Database {
    public enum OpenMode: Sendable {
        /// Read-write, creating the file when it does not exist.
        case readWriteCreate
        /// Read-write on an existing file.
        case readWrite
        /// Read-only: the connection can never change the file.
        case readOnly
    }

    public let path: String
    public let mode: OpenMode
    let handle: OpaquePointer
    var progressContext: ProgressContext?
    var authorizerContext: AuthorizerContext?

    /// Process-wide settings, made once before the first connection initializes SQLite (should
    /// SQLite already be initialized, each is refused and changes nothing):
    /// - memory statistics off: parley never asks SQLite how much memory it uses, and counting it
    ///   locked a global mutex on every allocation (a few percent of import time);
    /// - sub-journals in one reused buffer (see the shim): the copies of pages each savepoint
    ///   keeps for its rollback cost 11% of the import's writing thread in 1 KiB chunks.
    private static let processSettings: Void = {
        _ = parley_disable_memory_statistics()
        _ = parley_use_memory_subjournals()
    }()

    public init(path: String, mode: OpenMode = .readWriteCreate, busyTimeout milliseconds: Int32 = 5_000) throws {
        Database.processSettings
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        var connection: OpaquePointer?
        let rc = sqlite3_open_v2(path, &connection, flags, nil)
        guard rc == SQLITE_OK, let connection else {
            let error = SQLiteError(connection: connection, code: rc, sql: nil)
            sqlite3_close_v2(connection)
            throw SQLiteError(code: error.code, extendedCode: error.extendedCode,
                              message: "cannot open \(path): \(error.message)")
        }
        self.handle = connection
        self.path = path
        self.mode = mode
        try check(sqlite3_extended_result_codes(connection, 1))
        try check(sqlite3_busy_timeout(connection, milliseconds))
        try applyDefensiveSettings()
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        // close_v2 defers the close until every statement is finalized, so it cannot fail with BUSY.
        sqlite3_close_v2(handle)
    }

    /// DEFENSIVE on, untrusted schema, and no fts3_tokenizer() (Debian's build enables it).
    private func applyDefensiveSettings() throws {
        var out: Int32 = 0
        try check(parley_db_config_flag(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &out))
        try check(parley_db_config_flag(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &out))
        try check(parley_db_config_flag(handle, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, &out))
        try check(parley_db_config_flag(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &out))
    }

    /// Runs `body`, which may edit the schema's text through `PRAGMA writable_schema`, with
    /// DEFENSIVE off (it forbids that), then bumps the schema version so that every connection
    /// reads the new text, and turns DEFENSIVE back on. For migrations that change a constraint
    /// in place as SQLite documents it; run it inside the transaction that makes the change.
    public func editingSchemaText<T>(_ body: () throws -> T) throws -> T {
        var out: Int32 = 0
        try check(parley_db_config_flag(handle, SQLITE_DBCONFIG_DEFENSIVE, 0, &out))
        defer {
            _ = try? execute("PRAGMA writable_schema = OFF")
            _ = parley_db_config_flag(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &out)
        }
        let version = try scalar("PRAGMA schema_version")?.int64 ?? 0
        let result = try body()
        try execute("PRAGMA schema_version = \(version + 1)")
        return result
    }

    /// Throws unless `rc` is SQLITE_OK (or one of `accepted`).
    @discardableResult
    func check(_ rc: Int32, sql: String? = nil, accepted: Set<Int32> = []) throws -> Int32 {
        if rc == SQLITE_OK || accepted.contains(rc) { return rc }
        throw SQLiteError(connection: handle, code: rc, sql: sql)
    }

    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs a script of zero or more statements, in order, stopping at the first error.
    public func execute(_ script: String) throws {
        var utf8 = Array(script.utf8)
        utf8.append(0)
        try utf8.withUnsafeBufferPointer { buffer in
            guard var cursor = buffer.baseAddress.map({ UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }) else { return }
            while cursor.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(handle, cursor, -1, &statement, &tail)
                let text = String(cString: cursor)
                guard rc == SQLITE_OK else { throw SQLiteError(connection: handle, code: rc, sql: text) }
                defer { sqlite3_finalize(statement) }
                if let statement {
                    let sql = sqlite3_sql(statement).map { String(cString: $0) } ?? text
                    var step = sqlite3_step(statement)
                    while step == SQLITE_ROW { step = sqlite3_step(statement) }
                    guard step == SQLITE_DONE else { throw SQLiteError(connection: handle, code: step, sql: sql) }
                }
                guard let tail, tail != cursor else { break }
                cursor = tail
            }
        }
    }

    /// Runs one statement with parameters and returns the number of rows it changed.
    @discardableResult
    public func run(_ sql: String, _ parameters: [SQLiteBindable] = []) throws -> Int {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        try statement.runToCompletion()
        return changes
    }

    /// All rows of one query.
    public func rows(_ sql: String, _ parameters: [SQLiteBindable] = []) throws -> [Row] {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        return try statement.allRows()
    }

    /// The first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ parameters: [SQLiteBindable] = []) throws -> SQLiteValue? {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        return try statement.step() ? statement.value(at: 0) : nil
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Sets a run-time limit (SQLITE_LIMIT_*) and returns the previous value.
    @discardableResult
    public func setLimit(_ limit: Int32, _ value: Int32) -> Int32 {
        sqlite3_limit(handle, limit, value)
    }

    /// Asks a running statement to stop with SQLITE_INTERRUPT.
    public func interrupt() { sqlite3_interrupt(handle) }

    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}

extension Database {
    /// Turns this connection's triggers off or on (SQLITE_DBCONFIG_ENABLE_TRIGGER); other
    /// connections keep theirs. Statements already prepared are prepared again on their next run.
    public func setTriggersEnabled(_ enabled: Bool) throws {
        var out: Int32 = 0
        try check(parley_db_config_flag(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, enabled ? 1 : 0, &out))
    }

    /// The names of the schema's triggers.
    public func triggerNames() throws -> Set<String> {
        Set(try rows("SELECT name FROM sqlite_schema WHERE type = 'trigger'").compactMap { $0[0].string })
    }
}
