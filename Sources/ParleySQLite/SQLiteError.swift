import CParleySQLite

/// A failed SQLite call: primary and extended result code, SQLite's own message, and the SQL involved.
public struct SQLiteError: Error, CustomStringConvertible, Sendable, Equatable {
    public var code: Int32
    public var extendedCode: Int32
    public var message: String
    public var sql: String?

    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    /// Reads the connection's current error state after a failed call.
    init(connection: OpaquePointer?, code: Int32, sql: String? = nil) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, extendedCode: extended, message: message, sql: sql)
    }

    /// SQLite's name for the result code ("constraint failed", "database is locked").
    public var codeDescription: String { String(cString: sqlite3_errstr(extendedCode)) }

    public var description: String {
        var text = message
        if message != codeDescription { text += " (\(codeDescription), code \(extendedCode))" } else { text += " (code \(extendedCode))" }
        if let sql, !sql.isEmpty {
            let oneLine = sql.split(whereSeparator: \.isNewline).joined(separator: " ")
            text += " in: " + (oneLine.count > 200 ? String(oneLine.prefix(200)) + "…" : oneLine)
        }
        return text
    }

    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    public var isInterrupted: Bool { code == SQLITE_INTERRUPT }
    /// Disk full or an I/O error: the file cannot take more writes.
    public var isDiskFullOrIO: Bool { code == SQLITE_FULL || code == SQLITE_IOERR }
    /// A failure of the database as a whole rather than of one statement's data.
    public var isStorageFailure: Bool {
        isDiskFullOrIO || isBusy || isInterrupted
            || [SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_NOMEM].contains(code)
    }
}
