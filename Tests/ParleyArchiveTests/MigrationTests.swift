import Foundation
import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

@Suite struct MigrationTests {
    @Test func embeddedMigrationsMatchTheFilesOnDisk() throws {
        let folder = ProjectFiles.root.appendingPathComponent("migrations").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(!files.isEmpty)
        #expect(Migration.all.map { $0.name + ".sql" } == files)
        for (migration, file) in zip(Migration.all, files) {
            #expect(migration.sql == (try String(contentsOfFile: folder + "/" + file, encoding: .utf8)))
        }
        #expect(Migration.all.map(\.version) == Array(1...Migration.all.count))
    }

    /// Migrations 0015 and 0019: both full-text indexes hold 8 MiB of pending terms and merge 8 segments a level.
    @Test func searchIndexesKeepTheirWriteSettings() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive.openForWriting(at: folder.file("a.db"))
        for index in ["sources_fts", "claims_fts"] {
            #expect(try archive.db.scalar("SELECT v FROM \(index)_config WHERE k = 'automerge'")?.int64 == 8)
            #expect(try archive.db.scalar("SELECT v FROM \(index)_config WHERE k = 'hashsize'")?.int64 == 8_388_608)
        }
    }

    @Test func freshArchiveGetsEveryMigrationOnce() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("a.db")
        _ = try Archive.openForWriting(at: path)
        let reopened = try Archive.openForWriting(at: path)
        let versions = try reopened.db.rows("SELECT version FROM schema_migrations ORDER BY version").map { Int($0[0].int64 ?? 0) }
        #expect(versions == Migration.all.map(\.version))
        #expect(try reopened.db.scalar("PRAGMA application_id")?.int64 == Migrator.applicationID)
        for table in ["sources", "people", "person_aliases", "roles", "meetings", "meeting_parties", "delegations",
                      "delegation_members", "claims", "claim_topics", "figures", "sources_fts", "claims_fts"] {
            #expect(try reopened.db.scalar("SELECT 1 FROM sqlite_schema WHERE name = ?", [table]) != nil, "missing \(table)")
        }
    }

    /// Migration 0018 rewrites the kind and status lists of meetings and meeting reports as
    /// comparisons: an archive migrated up to 0016 keeps its rows, the same values are refused,
    /// and the connection is defensive again afterwards.
    @Test func checksWithoutValueListsRefuseTheSameValues() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("a.db")
        let db = try Database(path: path)
        try Migrator.migrate(db, migrations: Migration.all.filter { $0.version <= 16 })
        try db.run("INSERT INTO sources(content_hash, body, body_length, imported_at, extractor_version) VALUES (?, 'x', 1, 't', 'v')",
                   [String(repeating: "a", count: 64)])
        try db.run("INSERT INTO meetings(kind, status, source_id, span_start, span_end) VALUES ('call', 'planned', 1, 0, 1)")
        try db.run("INSERT INTO meeting_reports(meeting_id, source_id, status, span_start, span_end) VALUES (1, 1, 'held', 0, 1)")
        try Migrator.migrate(db)
        let tables = try db.rows("SELECT sql FROM sqlite_schema WHERE name IN ('meetings', 'meeting_reports')").compactMap { $0[0].string }
        #expect(tables.count == 2)
        #expect(tables.allSatisfy { !$0.contains(" IN (") && $0.contains("status = 'held' OR status = 'planned' OR status = 'proposed'") })
        #expect(try db.scalar("SELECT kind || status FROM meetings") == .text("callplanned"))
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        for kind in ["talks", "call", "summit", "exchange"] {
            try db.run("INSERT INTO meetings(kind, status, source_id, span_start, span_end) VALUES (?, 'held', 1, 0, 1)", [kind])
        }
        for status in ["held", "planned", "proposed"] {
            try db.run("INSERT INTO meeting_reports(meeting_id, source_id, status, span_start, span_end) VALUES (1, 1, ?, 0, 1)", [status])
        }
        for kind in ["party", "Talks", ""] {
            #expect(throws: SQLiteError.self) {
                try db.run("INSERT INTO meetings(kind, status, source_id, span_start, span_end) VALUES (?, 'held', 1, 0, 1)", [kind])
            }
        }
        #expect(throws: SQLiteError.self) {
            try db.run("INSERT INTO meetings(kind, status, source_id, span_start, span_end) VALUES ('talks', 'maybe', 1, 0, 1)")
        }
        #expect(throws: SQLiteError.self) {
            try db.run("INSERT INTO meeting_reports(meeting_id, source_id, status, span_start, span_end) VALUES (1, 1, 'Held', 0, 1)")
        }
        // DEFENSIVE is back on: the schema's text cannot be edited.
        try db.execute("PRAGMA writable_schema = ON")
        #expect(throws: SQLiteError.self) { try db.run("UPDATE sqlite_schema SET sql = sql WHERE name = 'meetings'") }
    }

    @Test func archiveFromANewerParleyIsRefusedUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("a.db")
        do {
            let archive = try Archive.openForWriting(at: path)
            try archive.db.run("INSERT INTO schema_migrations VALUES (9999, '9999_future', 'SELECT 1', 'later')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: ArchiveError.self) { try Archive.openForWriting(at: path) }
        #expect(error?.description.contains("newer parley") == true)
        #expect(error?.description.contains("Upgrade parley") == true)
        #expect(throws: ArchiveError.self) { try Archive.openForReading(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func editedMigrationIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("a.db")
        do {
            let archive = try Archive.openForWriting(at: path)
            try archive.db.run("UPDATE schema_migrations SET sql = sql || ' ' WHERE version = 1")
        }
        let error = #expect(throws: ArchiveError.self) { try Archive.openForWriting(at: path) }
        #expect(error?.description.contains("differs") == true)
    }

    @Test func someoneElsesDatabaseIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.db")
        try Database(path: path).execute("CREATE TABLE notes(x)")
        let error = #expect(throws: ArchiveError.self) { try Archive.openForWriting(at: path) }
        #expect(error?.description.contains("not a parley archive") == true)
        #expect(try Database(path: path).scalar("SELECT count(*) FROM sqlite_schema") == .integer(1))
    }

    @Test func aNewArchiveAppearsWholeUnderItsName() throws {
        let folder = try TemporaryFolder()
        // An empty file, as a crash of an older parley could leave, is replaced by a whole archive.
        try folder.write("parley.db", [])
        do {
            let archive = try Archive.openForWriting(at: folder.file("parley.db"))
            #expect(try Migrator.isCurrent(archive.db))
        }
        #expect(try folder.entries() == ["parley.db"], "no temporary file is left")
        _ = try Archive.openForWriting(at: folder.file("second.db"))
        #expect(try folder.entries().filter { $0.contains("creating") }.isEmpty)
    }

    @Test func correctionsMadeBeforeTheNewActionsAreKeptByTheUpgrade() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("a.db")
        do {
            let db = try Database(path: path)
            try Migrator.migrate(db, migrations: Migration.all.filter { $0.version <= 3 })
            try db.run("""
                INSERT INTO corrections(action, target, value, note, made_by, made_at) VALUES ('rename_person', 'putin', 'V. Putin', 'why', 'me', 'then')
                """)
            #expect(throws: SQLiteError.self) {
                try db.run("INSERT INTO corrections(action, target, value, made_by, made_at) VALUES ('split_person', 'x', 'y', 'me', 'then')")
            }
        }
        let archive = try Archive.openForWriting(at: path)
        let kept = try archive.db.rows("SELECT id, action, target, value, note, made_by, made_at, undone_at FROM v_corrections").map(\.values)
        #expect(kept == [[.integer(1), .text("rename_person"), .text("putin"), .text("V. Putin"), .text("why"), .text("me"), .text("then"), .null]])
        for action in ["split_person", "merge_meetings", "set_meeting_date"] {
            try archive.db.run("INSERT INTO corrections(action, target, value, made_by, made_at) VALUES (?, 'x', 'y', 'me', 'now')", [action])
        }
    }

    @Test func readingNeverCreatesAFile() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ArchiveError.self) { try Archive.openForReading(at: folder.file("none.db")) }
        #expect(try folder.entries().isEmpty)
    }
}
