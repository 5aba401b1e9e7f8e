import Foundation
import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

@Suite struct CheckAndRestoreTests {
    func fileHash(_ path: String) throws -> String { SHA256.hex(try Array(Data(contentsOf: URL(fileURLWithPath: path)))) }

    @Test func healthyArchivePassesEveryCheck() throws {
        let samples = try SampleArchive()
        let folder = samples.folder
        let report = try ArchiveCheck.run(archivePath: samples.path)
        #expect(report.passed, "\(report.failures)")
        #expect(report.checks.count == 7)
        #expect(try ArchiveCheck.run(archivePath: folder.file("parley.db"), quick: true).checks.count == 4)
    }

    @Test func checkFindsADamagedFullTextIndex() throws {
        let samples = try SampleArchive()
        let path = samples.path
        try Database(path: path).run("INSERT INTO sources_fts(rowid, title, body) VALUES (99, 'x', 'words with no source')")
        let report = try ArchiveCheck.run(archivePath: path)
        #expect(report.failures.map(\.check) == ["full-text indexes"])
        #expect(try Database(path: path).scalar("PRAGMA integrity_check") == .text("ok"), "SQLite's own check does not see it")
    }

    @Test func checkFindsAClaimWithAnotherStatement() throws {
        let samples = try SampleArchive()
        let db = try Database(path: samples.path)
        // With triggers off, as during an import, nothing puts the claim back with its statement.
        try db.setTriggersEnabled(false)
        try db.run("UPDATE claims SET statement_id = (SELECT max(id) FROM statements) WHERE id = (SELECT min(id) FROM claims)")
        let report = try ArchiveCheck.run(archivePath: samples.path)
        #expect(report.failures.map(\.check) == ["statements"])
    }

    @Test func checkFindsAnEditedBody() throws {
        let samples = try SampleArchive()
        let path = samples.path
        try Database(path: path).run("UPDATE sources SET body = replace(body, 'Istanbul', 'Ankara') WHERE id = 1")
        let checks = Set(try ArchiveCheck.run(archivePath: path).failures.map(\.check))
        #expect(checks.contains("source hashes"))
    }

    @Test func checkFindsASpanOutsideItsSource() throws {
        let samples = try SampleArchive()
        let path = samples.path
        let db = try Database(path: path)
        try db.run("""
            INSERT INTO meetings(kind, status, source_id, span_start, span_end)
            VALUES ('talks', 'held', 1, 10, (SELECT body_length + 5 FROM sources WHERE id = 1))
            """)
        let failures = try ArchiveCheck.run(archivePath: path).failures
        #expect(failures.map(\.check) == ["spans"])
        #expect(failures.first?.detail.contains("meetings") == true)
    }

    @Test func restoreReplacesAndKeepsThePreviousArchive() throws {
        let samples = try SampleArchive()
        let folder = samples.folder
        let path = samples.path
        _ = try BackupService.backup(archivePath: path, to: folder.file("b.db"), force: false)
        try Database(path: path).run("UPDATE sources SET title = 'changed after backup' WHERE id = 1")
        let changed = try fileHash(path)
        let result = try RestoreService.restore(from: folder.file("b.db"), to: path, force: true)
        let previous = try #require(result.previous)
        #expect(try fileHash(previous) == changed)
        #expect(try Database(path: path, mode: .readOnly).scalar("SELECT title FROM sources WHERE id = 1") == .null)
    }

    static let refusals: [(name: String, reason: String)] = [
        ("missing", "no such file"), ("text", "not a SQLite database"), ("truncated", "truncated"),
        ("foreign", "not a parley archive"), ("newer", "newer parley"), ("damaged", "fails the check"),
        ("leftover", "leftover"), ("live", "--force"),
    ]

    @Test(arguments: refusals)
    func refusedRestoresLeaveTheArchiveUntouched(_ name: String, _ reason: String) throws {
        let samples = try SampleArchive()
        let folder = samples.folder
        let live = samples.path
        let before = try fileHash(live)
        let candidate = folder.file(name + ".db")
        var force = true
        switch name {
        case "missing": break
        case "text": try folder.write(name + ".db", "just some text, not a database at all")
        case "truncated":
            _ = try BackupService.backup(archivePath: live, to: candidate, force: false)
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: candidate)))
            try folder.write(name + ".db", Array(bytes.prefix(bytes.count / 2)))
        case "foreign": try Database(path: candidate).execute("CREATE TABLE notes(x); INSERT INTO notes VALUES (1)")
        case "newer":
            _ = try BackupService.backup(archivePath: live, to: candidate, force: false)
            try Database(path: candidate).run("INSERT INTO schema_migrations VALUES (9999, '9999_future', 'SELECT 1', 'later')")
        case "damaged":
            _ = try BackupService.backup(archivePath: live, to: candidate, force: false)
            try Database(path: candidate).run("UPDATE sources SET body = body || ' tampered' WHERE id = 2")
        case "leftover":
            _ = try BackupService.backup(archivePath: live, to: candidate, force: false)
            try folder.write(name + ".db-wal", "")
        default:
            _ = try BackupService.backup(archivePath: live, to: candidate, force: false)
            force = false
        }
        let error = #expect(throws: ArchiveError.self) { try RestoreService.restore(from: candidate, to: live, force: force) }
        #expect(error?.description.contains(reason) == true, "\(error?.description ?? "")")
        #expect(try fileHash(live) == before)
        #expect(try folder.entries().allSatisfy { !$0.contains("restoring") && !$0.contains("before-restore") })
    }
}
