import CParleySQLite
import ParleySQLite
import Testing

@Suite struct ErrorAndTransactionTests {
    func database() throws -> Database {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT")
        return db
    }

    @Test func errorCarriesCodesMessageAndSQL() throws {
        let db = try database()
        try db.run("INSERT INTO t(name) VALUES ('a')")
        let sql = "INSERT INTO t(name) VALUES ('a')"
        do {
            try db.run(sql)
            Issue.record("a duplicate must fail")
        } catch let error as SQLiteError {
            #expect(error.code == SQLITE_CONSTRAINT)
            #expect(error.extendedCode == 2067 /* SQLITE_CONSTRAINT_UNIQUE */)
            #expect(error.message.contains("UNIQUE constraint failed: t.name"))
            #expect(error.sql == sql)
            #expect(error.description.contains("t.name"))
            #expect(error.description.contains(sql))
        }
    }

    @Test func syntaxErrorsNameTheSQL() throws {
        let db = try database()
        let error = #expect(throws: SQLiteError.self) { try db.prepare("SELEC 1") }
        #expect(error?.code == SQLITE_ERROR)
        #expect(error?.message.contains("syntax error") == true)
        #expect(error?.sql == "SELEC 1")
    }

    @Test func prepareRefusesASecondStatement() throws {
        let db = try database()
        #expect(throws: SQLiteError.self) { try db.prepare("SELECT 1; DELETE FROM t") }
        // Trailing semicolons and comments are not a second statement.
        _ = try db.prepare("SELECT 1; -- done\n ; /* end */")
    }

    @Test func scriptsRunInOrderAndStopAtTheFirstError() throws {
        let db = try database()
        try db.execute("INSERT INTO t(name) VALUES ('a'); INSERT INTO t(name) VALUES ('b');")
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(2))
        #expect(throws: SQLiteError.self) {
            try db.execute("INSERT INTO t(name) VALUES ('c'); INSERT INTO t(name) VALUES ('a'); INSERT INTO t(name) VALUES ('d')")
        }
        #expect(try db.scalar("SELECT group_concat(name, '') FROM (SELECT name FROM t ORDER BY name)") == .text("abc"))
    }

    struct Marker: Error, Equatable { let n: Int }

    @Test func transactionRollsBackAndRethrowsTheFirstError() throws {
        let db = try database()
        #expect(throws: Marker(n: 1)) {
            try db.transaction(.immediate) {
                try db.run("INSERT INTO t(name) VALUES ('x')")
                throw Marker(n: 1)
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
    }

    @Test func transactionKeepsTheSQLiteErrorThatBrokeIt() throws {
        let db = try database()
        let error = #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.run("INSERT INTO t(name) VALUES ('x')")
                try db.run("INSERT INTO t(name) VALUES ('x')")
            }
        }
        #expect(error?.extendedCode == 2067 /* SQLITE_CONSTRAINT_UNIQUE */)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
    }

    @Test func savepointUndoesOnlyItsOwnWork() throws {
        let db = try database()
        try db.transaction {
            try db.run("INSERT INTO t(name) VALUES ('kept')")
            #expect(throws: Marker(n: 2)) {
                try db.savepoint("inner") {
                    try db.run("INSERT INTO t(name) VALUES ('undone')")
                    throw Marker(n: 2)
                }
            }
            try db.savepoint { try db.run("INSERT INTO t(name) VALUES ('also kept')") }
        }
        let names = try db.rows("SELECT name FROM t ORDER BY id").map { $0[0].string }
        #expect(names == ["kept", "also kept"])
    }

    @Test func preparedSavepointUndoesOnlyItsOwnWorkEachTime() throws {
        let db = try database()
        let savepoint = try PreparedSavepoint("article", on: db)
        try db.transaction {
            for name in ["kept", "undone", "also kept", "undone too"] {
                try? savepoint.run {
                    try db.run("INSERT INTO t(name) VALUES (?)", [name])
                    if name.hasPrefix("undone") { throw Marker(n: 1) }
                }
            }
        }
        let names = try db.rows("SELECT name FROM t ORDER BY id").map { $0[0].string }
        #expect(names == ["kept", "also kept"])
        #expect(!db.isInTransaction)
    }

    @Test func foreignKeysAreEnforced() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE p(id INTEGER PRIMARY KEY) STRICT; CREATE TABLE c(p INTEGER REFERENCES p(id)) STRICT")
        let error = #expect(throws: SQLiteError.self) { try db.run("INSERT INTO c VALUES (42)") }
        #expect(error?.extendedCode == 787 /* SQLITE_CONSTRAINT_FOREIGNKEY */)
    }

    @Test func defensiveSettingsAreOn() throws {
        let db = try Database(path: ":memory:")
        #expect(try db.scalar("PRAGMA trusted_schema") == .integer(0))
        // The two-argument fts3_tokenizer() would register a C pointer as a tokenizer.
        #expect(throws: SQLiteError.self) { try db.scalar("SELECT fts3_tokenizer('evil', x'0000000000000000')") }
        // DEFENSIVE: writable_schema cannot be used to edit the schema table.
        try db.execute("CREATE TABLE x(a)")
        try db.execute("PRAGMA writable_schema = ON")
        #expect(throws: SQLiteError.self) { try db.run("UPDATE sqlite_schema SET sql = 'CREATE TABLE x(b)'") }
    }
}
