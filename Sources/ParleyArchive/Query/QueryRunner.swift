import ParleySQLite

/// The columns and rows of one query.
public struct QueryResult: Sendable, Equatable {
    public let columns: [String]
    public let rows: [[SQLiteValue]]

    public init(columns: [String], rows: [[SQLiteValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// Runs the user's SQL against the archive on a locked-down, read-only connection.
public enum QueryRunner {
    public static let defaultTimeout = 5.0

    public static func run(archivePath: String, sql: String, parameters: [(name: String, value: String)] = [],
                           timeout: Double = defaultTimeout) throws -> QueryResult {
        let archive = try Archive.openForReading(at: archivePath)
        return try run(on: archive.db, sql: sql, parameters: parameters, timeout: timeout)
    }

    /// Runs on an open connection, locking it down first.
    public static func run(on db: Database, sql: String, parameters: [(name: String, value: String)] = [],
                           timeout: Double = defaultTimeout) throws -> QueryResult {
        try db.lockDownForUntrustedSQL(limitSeconds: timeout)
        db.resetDenial()
        let statement: Statement
        do {
            statement = try db.prepare(sql)
        } catch let error as SQLiteError {
            if let denied = db.lastDeniedAction { throw ArchiveError.query("query refused: \(denied); parley query only reads") }
            throw ArchiveError.query("query failed: \(error.message)")
        }
        guard statement.isReadOnly else {
            throw ArchiveError.query("query refused: it would change the archive; parley query only reads")
        }
        try bind(parameters, to: statement)
        db.setTimeLimit(seconds: timeout)
        do {
            var rows: [[SQLiteValue]] = []
            let count = statement.columnCount
            while try statement.step() { rows.append((0..<count).map(statement.value(at:))) }
            return QueryResult(columns: statement.columnNames, rows: rows)
        } catch let error as SQLiteError {
            if db.didTimeOut { throw ArchiveError.query("query stopped after \(timeout) s; narrow it or raise --timeout") }
            throw ArchiveError.query("query failed: \(error.message)")
        }
    }

    /// `--param name=value`: bound as an integer or real when it reads as one, else as text.
    static func bind(_ parameters: [(name: String, value: String)], to statement: Statement) throws {
        var known: [String: Int] = [:]
        for index in stride(from: 1, through: statement.parameterCount, by: 1) {
            if let name = statement.parameterName(at: index) { known[String(name.dropFirst())] = index }
        }
        for (name, value) in parameters {
            let bare = name.first.map { ":@$".contains($0) } == true ? String(name.dropFirst()) : name
            guard let index = known[bare] else {
                let names = known.keys.sorted().map { ":" + $0 }.joined(separator: ", ")
                throw ArchiveError.query("the query has no parameter :\(bare)" + (names.isEmpty ? "" : " (it has \(names))"))
            }
            let numeric = value.contains(where: \.isNumber) && !value.contains(where: \.isLetter)
            let bound: SQLiteValue = !numeric ? .text(value)
                : Int64(value).map(SQLiteValue.integer) ?? Double(value).map(SQLiteValue.real) ?? .text(value)
            try statement.bind(bound, at: index)
        }
    }
}
