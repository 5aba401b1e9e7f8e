import ParleySQLite
import TestSupport
import Testing

/// Savepoints roll back through the sub-journal kept in memory (the shim's VFS), also once it has
/// outgrown memory and moved to a temporary file.
@Suite struct SubjournalTests {
    @Test func savepointsRollBackWhatTheyChanged() throws {
        let folder = try TemporaryFolder()
        let db = try Database(path: folder.file("a.db"))
        try db.execute("PRAGMA journal_mode = WAL; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t(v)")
        let insert = try db.prepare("INSERT INTO t(v) VALUES (?)")
        try db.transaction {
            for i in 0..<2_000 { try insert.run(["kept \(i)"]) }
            for round in 0..<20 {
                try db.savepoint("kept") { for i in 0..<50 { try insert.run(["round \(round) row \(i)"]) } }
                #expect(throws: SQLiteError.self) {
                    try db.savepoint("undone") {
                        try db.run("UPDATE t SET v = 'changed ' || id")
                        try db.run("INSERT INTO t(id) VALUES (1)")
                    }
                }
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(3_000))
        #expect(try db.scalar("SELECT count(*) FROM t WHERE v LIKE 'changed%'") == .integer(0))
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
    }

    @Test func aSubjournalPastMemoryMovesToAFile() throws {
        let folder = try TemporaryFolder()
        let db = try Database(path: folder.file("a.db"))
        try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB)")
        // About 80 MiB of pages, all changed inside one savepoint: more than the 64 MiB kept in memory.
        try db.execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 27000)
            INSERT INTO t(v) SELECT randomblob(3000) FROM n
            """)
        let before = try db.scalar("SELECT sum(length(v)) + total(unicode(hex(substr(v, 1, 4)))) FROM t")
        try db.transaction {
            #expect(throws: SQLiteError.self) {
                try db.savepoint {
                    try db.run("UPDATE t SET v = zeroblob(3000)")
                    try db.run("INSERT INTO t(id) VALUES (1)")
                }
            }
        }
        #expect(try db.scalar("SELECT sum(length(v)) + total(unicode(hex(substr(v, 1, 4)))) FROM t") == before)
        #expect(try db.scalar("SELECT count(*) FROM t WHERE v = zeroblob(3000)") == .integer(0))
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
    }
}
