import CParleySQLite
import ParleySQLite
import TestSupport
import Testing

@Suite struct ConnectionTests {
    @Test func readOnlyConnectionsCannotWriteOrCreate() throws {
        let folder = try TemporaryFolder()
        #expect(throws: SQLiteError.self) { try Database(path: folder.file("missing.db"), mode: .readOnly) }
        #expect(try folder.entries().isEmpty)
        let path = folder.file("a.db")
        try Database(path: path).execute("CREATE TABLE t(a)")
        let reader = try Database(path: path, mode: .readOnly)
        let error = #expect(throws: SQLiteError.self) { try reader.run("INSERT INTO t VALUES (1)") }
        #expect(error?.code == SQLITE_READONLY)
    }

    @Test func backupCopiesEveryRow() throws {
        let folder = try TemporaryFolder()
        let source = try Database(path: folder.file("source.db"))
        try source.execute("PRAGMA journal_mode = WAL; CREATE TABLE t(a TEXT)")
        let insert = try source.prepare("INSERT INTO t VALUES (?)")
        try source.transaction { for i in 0..<500 { try insert.run(["row \(i)"]) } }
        let copy = try Database(path: folder.file("copy.db"))
        try source.backup(into: copy)
        #expect(try copy.scalar("SELECT count(*) FROM t") == .integer(500))
        #expect(try copy.scalar("PRAGMA integrity_check") == .text("ok"))
    }

    @Test func untrustedSQLIsLockedDown() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("a.db")
        try Database(path: path).execute("CREATE TABLE t(a); INSERT INTO t VALUES (1)")
        let db = try Database(path: path, mode: .readOnly)
        try db.lockDownForUntrustedSQL(limitSeconds: 5)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
        db.resetDenial()
        #expect(throws: SQLiteError.self) { try db.prepare("ATTACH ':memory:' AS x") }
        #expect(db.lastDeniedAction?.contains("ATTACH") == true)
    }

    @Test func timeLimitInterruptsLongQueries() throws {
        let db = try Database(path: ":memory:")
        db.setTimeLimit(seconds: 0.2)
        let error = #expect(throws: SQLiteError.self) {
            try db.scalar("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        }
        #expect(error?.code == SQLITE_INTERRUPT)
        #expect(db.didTimeOut)
    }
}
