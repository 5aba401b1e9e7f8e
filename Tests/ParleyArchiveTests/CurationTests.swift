import Foundation
import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

@Suite struct CurationTests {
    func names(_ path: String) throws -> [String] {
        try Report.people.run(archivePath: path).rows.map { $0[1].displayText }
    }

    @Test func aMergeSurvivesReextractionAndANewImport() throws {
        let samples = try SampleArchive()
        let archive = try Archive.openForWriting(at: samples.path)
        let curation = Curation(archive: archive)
        try curation.mergePeople(keep: "Vladimir Putin", merge: "Peskov", note: "test")
        #expect(try !names(samples.path).contains("Peskov"))
        try Reextraction.run(archive)
        #expect(try !names(samples.path).contains("Peskov"))
        let article = try samples.folder.write("new.txt", "Peskov said on Monday that Vladimir Putin would not attend.\n")
        let summary = try Importer(archive: archive).run(InputCollector.collect([article]).inputs)
        #expect(summary.imported == 1)
        #expect(try !names(samples.path).contains("Peskov"))
        #expect(ArchiveCheck.run(on: archive.db).passed)
    }

    @Test func undoRestoresWhatTheCorrectionChanged() throws {
        let samples = try SampleArchive()
        let archive = try Archive.openForWriting(at: samples.path)
        let curation = Curation(archive: archive)
        let before = try names(samples.path).sorted()
        let id = try curation.mergePeople(keep: "Putin", merge: "Peskov", note: nil)
        try curation.undo(id)
        #expect(try names(samples.path).sorted() == before)
        #expect(throws: ArchiveError.self) { try curation.undo(id) }
        let listed = try QueryRunner.run(archivePath: samples.path, sql: "SELECT undone_at IS NOT NULL FROM v_corrections WHERE id = \(id)")
        #expect(listed.rows == [[.integer(1)]])
    }

    @Test func renameAndReassignAreKeptAcrossReextraction() throws {
        let samples = try SampleArchive()
        let archive = try Archive.openForWriting(at: samples.path)
        let curation = Curation(archive: archive)
        try curation.renamePerson("Medinsky", to: "Vladimir R. Medinsky", note: "house style")
        try curation.reassignClaim(1, to: "Kremlin", note: nil)
        try Reextraction.run(archive)
        #expect(try names(samples.path).contains("Vladimir R. Medinsky"))
        let claim = try QueryRunner.run(archivePath: samples.path, sql: "SELECT speaker FROM v_claims WHERE id = 1")
        #expect(claim.rows == [[.text("Kremlin")]])
        // The full-text index follows the new speaker.
        let hits = try QueryRunner.run(archivePath: samples.path, sql: "SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'speaker:kremlin'")
        #expect(hits.rows.contains([.integer(1)]))
        #expect(ArchiveCheck.run(on: archive.db).passed)
    }

    @Test func unknownOrAmbiguousPeopleAreRefused() throws {
        let samples = try SampleArchive()
        let curation = Curation(archive: try Archive.openForWriting(at: samples.path))
        #expect(throws: ArchiveError.self) { try curation.mergePeople(keep: "Nobody Known", merge: "Putin", note: nil) }
        #expect(throws: ArchiveError.self) { try curation.mergePeople(keep: "Putin", merge: "Vladimir Putin", note: nil) }
        #expect(throws: ArchiveError.self) { try curation.reassignClaim(99_999, to: "Kremlin", note: nil) }
    }
}
