import Foundation
@testable import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

@Suite struct BackupTests {
    @Test func backupIsACheckedCopyWithTheSameRows() throws {
        let samples = try SampleArchive()
        let folder = samples.folder
        let path = samples.path
        let result = try BackupService.backup(archivePath: path, to: folder.file("b.db"), force: false)
        #expect(result.sha256 == SHA256.hex(try Array(Data(contentsOf: URL(fileURLWithPath: result.path)))))
        let copy = try Archive.openForReading(at: folder.file("b.db"))
        let live = try Archive.openForReading(at: path)
        #expect(try copy.counts().map(\.rows) == live.counts().map(\.rows))
        #expect(try copy.db.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try copy.db.scalar("PRAGMA journal_mode") == .text("delete"))
        #expect(try folder.entries() == ["b.db", "parley.db"], "no temporary file left behind")
    }

    @Test func existingFilesAreNotOverwrittenWithoutForce() throws {
        let samples = try SampleArchive()
        let folder = samples.folder
        let path = samples.path
        try folder.write("b.db", "precious")
        let error = #expect(throws: ArchiveError.self) { try BackupService.backup(archivePath: path, to: folder.file("b.db"), force: false) }
        #expect(error?.description.contains("--force") == true)
        #expect(try String(contentsOfFile: folder.file("b.db"), encoding: .utf8) == "precious")
        _ = try BackupService.backup(archivePath: path, to: folder.file("b.db"), force: true)
        #expect(try Archive.openForReading(at: folder.file("b.db")).db.scalar("SELECT count(*) FROM sources") == .integer(5))
    }

    @Test func backingUpOntoTheArchiveItselfIsRefused() throws {
        let samples = try SampleArchive()
        let path = samples.path
        #expect(throws: ArchiveError.self) { try BackupService.backup(archivePath: path, to: path, force: true) }
    }

    @Test func backupWhileAnotherConnectionWritesIsConsistent() throws {
        let samples = try SampleArchive()
        let folder = samples.folder
        let path = samples.path
        let writer = try Archive.openForWriting(at: path)
        try writer.db.execute("BEGIN IMMEDIATE")
        try writer.db.run("UPDATE sources SET title = 'uncommitted' WHERE id = 1")
        let result = try BackupService.backup(archivePath: path, to: folder.file("b.db"), force: false)
        try writer.db.execute("ROLLBACK")
        let copy = try Database(path: result.path, mode: .readOnly)
        #expect(try copy.scalar("SELECT count(*) FROM sources WHERE title = 'uncommitted'") == .integer(0))
        #expect(try copy.scalar("SELECT count(*) FROM sources") == .integer(5))
    }
}

@Suite struct BackupRotationTests {
    @Test func keepsTheNewestNAndNothingElseIsTouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("parley.db")
        _ = try Archive.openForWriting(at: path)
        let dir = folder.file("backups")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try folder.write("backups/parley-notes.db", "not a rotated backup")
        try folder.write("backups/parley-20200101T000000Z.db", "an old rotated backup")
        var removed: [String] = []
        for _ in 0..<4 { removed += try BackupRotation.backup(archivePath: path, directory: dir, keep: 2).removed }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(left.count == 3)
        #expect(left.contains("parley-notes.db"))
        #expect(!left.contains("parley-20200101T000000Z.db"))
        #expect(removed.count == 3)
    }

    @Test(arguments: [("parley-20261122T231502Z.db", true), ("parley-20261122T231502Z-3.db", true),
                      ("parley-notes.db", false), ("parley-20261122T231502.db", false), ("other-20261122T231502Z.db", false)])
    func onlyTimestampedNamesRotate(_ name: String, _ rotated: Bool) {
        #expect(BackupRotation.isRotated(name, stem: "parley") == rotated)
    }
}
