import CParleySQLite

/// A prepared statement, finalized when it goes away.
public final class Statement {
    public let sql: String
    let handle: OpaquePointer
    // Keeps the connection open for as long as the statement lives.
    private let database: Database

    init(database: Database, sql: String) throws {
        var statement: OpaquePointer?
        var trailing = false
        let rc = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v2(database.handle, text, -1, &statement, &tail)
            // The tail points into this temporary C string: read it before it goes away.
            trailing = tail.map(Statement.hasMoreSQL) ?? false
            return rc
        }
        guard rc == SQLITE_OK else { throw SQLiteError(connection: database.handle, code: rc, sql: sql) }
        guard let statement else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement to run (empty or only comments)", sql: sql)
        }
        // Checked before the properties are set: a throwing init that got that far would run deinit too.
        if trailing {
            sqlite3_finalize(statement)
            throw SQLiteError(code: SQLITE_MISUSE, message: "only one SQL statement is allowed here", sql: sql)
        }
        self.handle = statement
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// True when the text after the first statement holds anything but blanks, comments and semicolons.
    private static func hasMoreSQL(_ tail: UnsafePointer<CChar>) -> Bool {
        var rest = String(cString: tail)
        while true {
            rest = String(rest.drop(while: { $0.isWhitespace || $0 == ";" }))
            if rest.hasPrefix("--") {
                rest = String(rest.drop(while: { $0 != "\n" }))
            } else if rest.hasPrefix("/*") {
                guard let close = rest.range(of: "*/") else { return false }
                rest = String(rest[close.upperBound...])
            } else {
                return !rest.isEmpty
            }
        }
    }

    /// True when the statement cannot write to the database (sqlite3_stmt_readonly).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    public func parameterName(at index: Int) -> String? {
        sqlite3_bind_parameter_name(handle, Int32(index)).map { String(cString: $0) }
    }

    // MARK: Binding

    /// Binds positional parameters, starting at ?1.
    public func bind(_ values: [SQLiteBindable]) throws {
        guard values.count <= parameterCount else {
            throw SQLiteError(code: SQLITE_RANGE,
                              message: "\(values.count) values given for \(parameterCount) parameters", sql: sql)
        }
        for index in values.indices {
            try values[index].bind(to: self, at: index + 1)
        }
    }

    /// Binds by name; `name` includes its prefix (":who", "@who", "$who").
    public func bind(_ value: SQLiteBindable, named name: String) throws {
        let index = Int(sqlite3_bind_parameter_index(handle, name))
        guard index > 0 else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value.sqliteValue, at: index)
    }

    public func bind(_ value: SQLiteValue, at index: Int) throws {
        let i = Int32(index)
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, i)
        case .integer(let v):
            rc = sqlite3_bind_int64(handle, i, v)
        case .real(let v):
            rc = sqlite3_bind_double(handle, i, v)
        case .text(let v):
            try bindText(v, at: index)
            return
        case .blob(let v):
            rc = v.withUnsafeBytes {
                sqlite3_bind_blob64(handle, i, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                    sqlite3_uint64(v.count), parley_sqlite_transient())
            }
        }
        try database.check(rc, sql: sql)
    }

    public func bindInteger(_ value: Int64, at index: Int) throws {
        try database.check(sqlite3_bind_int64(handle, Int32(index), value), sql: sql)
    }

    public func bindText(_ value: String, at index: Int) throws {
        // Bound by UTF-8 length, so embedded NULs survive; the string's own UTF-8 storage is
        // passed without a copy (SQLite copies it). An empty text still needs a non-null pointer.
        var text = value
        let rc = text.withUTF8 { utf8 in
            let empty: StaticString = ""
            let start = utf8.baseAddress ?? empty.utf8Start
            return sqlite3_bind_text64(handle, Int32(index), UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self),
                                       sqlite3_uint64(utf8.count), parley_sqlite_transient(), UInt8(SQLITE_UTF8))
        }
        try database.check(rc, sql: sql)
    }

    public func clearBindings() throws {
        try database.check(sqlite3_clear_bindings(handle), sql: sql)
    }

    // MARK: Stepping

    /// Advances one row: true when a row is available, false when done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            // The statement's own error is reported by sqlite3_errmsg; reset clears it for reuse.
            let error = SQLiteError(connection: database.handle, code: rc, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Resets for another run; bindings stay.
    public func reset() throws {
        try database.check(sqlite3_reset(handle), sql: sql)
    }

    public func runToCompletion() throws {
        while try step() {}
        try reset()
    }

    /// Binds, runs to the end and resets: the loop body of a batch insert.
    public func run(_ values: [SQLiteBindable]) throws {
        try bind(values)
        try runToCompletion()
    }

    public func allRows() throws -> [Row] {
        let names = columnNames
        var rows: [Row] = []
        while try step() {
            rows.append(Row(columns: names, values: (0..<names.count).map(value(at:))))
        }
        try reset()
        return rows
    }

    // MARK: Columns

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public var columnNames: [String] {
        (0..<columnCount).map { sqlite3_column_name(handle, Int32($0)).map { String(cString: $0) } ?? "" }
    }

    public func value(at index: Int) -> SQLiteValue {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_TEXT: return .text(string(at: index) ?? "")
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, i))
            guard count > 0, let bytes = sqlite3_column_blob(handle, i) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    /// NULL-safe typed reads: nil for NULL, the value otherwise.
    public func int64(at index: Int) -> Int64? {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, Int32(index))
    }

    public func int(at index: Int) -> Int? { int64(at: index).map { Int($0) } }

    public func double(at index: Int) -> Double? {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL ? nil : sqlite3_column_double(handle, Int32(index))
    }

    public func string(at index: Int) -> String? {
        let i = Int32(index)
        guard sqlite3_column_type(handle, i) != SQLITE_NULL, let text = sqlite3_column_text(handle, i) else { return nil }
        // Decoded by byte count, so text holding NUL is read whole.
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }
}

/// One result row: column names and values, read by index or name.
public struct Row: Sendable, Equatable {
    public let columns: [String]
    public let values: [SQLiteValue]

    public subscript(index: Int) -> SQLiteValue { values[index] }

    public subscript(name: String) -> SQLiteValue {
        columns.firstIndex(of: name).map { values[$0] } ?? .null
    }
}
