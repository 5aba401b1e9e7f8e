@testable import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

/// What migration 0009 added for speed must not change what the reports mean.
@Suite struct ReportSchemaTests {
    static let mismatchedKeys = """
        SELECT count(*) FROM claims
        WHERE speaker_key IS NOT coalesce('person ' || speaker_person_id, 'speaker ' || lower(speaker))
        """

    @Test func speakerKeysStayRightThroughImportCurationAndHandEdits() throws {
        let samples = try SampleArchive()
        let archive = try Archive.openForWriting(at: samples.path)
        #expect(try archive.db.scalar(Self.mismatchedKeys)?.int64 == 0)
        let curation = Curation(archive: archive)
        try curation.mergePeople(keep: "Vladimir Putin", merge: "Peskov", note: nil)
        try curation.reassignClaim(1, to: "Kremlin", note: nil)
        try archive.db.execute("UPDATE claims SET speaker = 'The KREMLIN', speaker_person_id = NULL WHERE id = 2")
        try archive.db.execute("UPDATE claims SET speaker_key = 'wrong' WHERE id = 3")
        try archive.db.execute("""
            INSERT INTO claims(source_id, speaker, kind, text, text_key, span_start, span_end)
            SELECT source_id, 'A Diplomat', 'quote', text, text_key, span_start, span_end FROM claims WHERE id = 4
            """)
        #expect(try archive.db.scalar(Self.mismatchedKeys)?.int64 == 0)
        #expect(try archive.db.scalar("SELECT speaker_key FROM claims WHERE id = 2")?.string == "speaker the kremlin")
        try Reextraction.run(archive)
        #expect(try archive.db.scalar(Self.mismatchedKeys)?.int64 == 0)
    }

    static let mismatchedStatements = """
        SELECT count(*) FROM claims AS c
        WHERE statement_id IS NOT (SELECT s.id FROM statements AS s WHERE s.text_key = c.text_key AND s.speaker_key = c.speaker_key)
        """

    @Test func statementIdsStayRightThroughImportCurationAndHandEdits() throws {
        let samples = try SampleArchive()
        let archive = try Archive.openForWriting(at: samples.path)
        #expect(try archive.db.scalar(Self.mismatchedStatements)?.int64 == 0)
        let curation = Curation(archive: archive)
        try curation.mergePeople(keep: "Vladimir Putin", merge: "Peskov", note: nil)
        try curation.reassignClaim(1, to: "Kremlin", note: nil)
        try archive.db.execute("UPDATE claims SET speaker = 'The KREMLIN', speaker_person_id = NULL WHERE id = 2")
        try archive.db.execute("UPDATE claims SET text_key = 'a new wording' WHERE id = 3")
        try archive.db.execute("UPDATE claims SET statement_id = NULL WHERE id = 4")
        try archive.db.execute("""
            INSERT INTO claims(source_id, speaker, kind, text, text_key, span_start, span_end)
            SELECT source_id, 'A Diplomat', 'quote', text, text_key, span_start, span_end FROM claims WHERE id = 5
            """)
        try archive.db.execute("""
            INSERT INTO claims(source_id, speaker, kind, text, text_key, span_start, span_end, speaker_key, statement_id)
            SELECT source_id, speaker, 'quote', text, text_key, span_start, span_end, 'wrong', 1 FROM claims WHERE id = 6
            """)
        #expect(try archive.db.scalar(Self.mismatchedStatements)?.int64 == 0)
        #expect(try archive.db.scalar("SELECT count(*) FROM claims WHERE statement_id IS NULL")?.int64 == 0)
        try Reextraction.run(archive)
        #expect(try archive.db.scalar(Self.mismatchedStatements)?.int64 == 0)
    }

    static let mismatchedClaimColumns = """
        SELECT count(*) FROM claims AS c JOIN sources AS s ON s.id = c.source_id
        WHERE (c.source_published, c.source_file, c.source_title) IS NOT (s.published, s.file_name, s.title)
           OR c.topics IS NOT (SELECT group_concat(topic, ', ') FROM (SELECT topic FROM claim_topics WHERE claim_id = c.id ORDER BY topic))
        """

    @Test func claimColumnsFromSourcesAndTopicsStayRightThroughImportCurationReextractionAndSourceEdits() throws {
        let samples = try SampleArchive()
        let archive = try Archive.openForWriting(at: samples.path)
        #expect(try archive.db.scalar(Self.mismatchedClaimColumns)?.int64 == 0)
        #expect(try archive.db.scalar("SELECT count(*) FROM claims WHERE topics LIKE '%, %'")?.int64 ?? 0 > 0)
        let curation = Curation(archive: archive)
        try curation.mergePeople(keep: "Vladimir Putin", merge: "Peskov", note: nil)
        try curation.renamePerson("Medinsky", to: "V. R. Medinsky", note: nil)
        try curation.reassignClaim(1, to: "Kremlin", note: nil)
        try archive.db.execute("UPDATE sources SET title = 'A new title', published = NULL WHERE id = 1")
        try archive.db.execute("UPDATE sources SET file_name = 'renamed.txt' WHERE id = 2")
        #expect(try archive.db.scalar(Self.mismatchedClaimColumns)?.int64 == 0)
        #expect(try archive.db.scalar("SELECT count(*) FROM claims WHERE source_file = 'renamed.txt'")?.int64 ?? 0 > 0)
        try Reextraction.run(archive)
        #expect(try archive.db.scalar(Self.mismatchedClaimColumns)?.int64 == 0)
    }

    @Test func claimTopicsAreListedInSQLitesOrderOnce() {
        #expect(ClaimTopics.list([]) == nil)
        #expect(ClaimTopics.list(["truce", "ceasefire", "truce", "Zeta", "éclair"]) == "Zeta, ceasefire, truce, éclair")
    }

    @Test func corroborationNamesTenFilesThenCountsTheRest() throws {
        let folder = try TemporaryFolder()
        for index in 1...12 {
            _ = try folder.write("outlet\(index).txt", """
                Talks ended in Istanbul on day \(index). \u{201C}We are satisfied with the results,\u{201D} Vladimir Medinsky said.
                """)
        }
        let path = folder.file("a.db")
        do {
            let archive = try Archive.openForWriting(at: path)
            _ = try Importer(archive: archive).run(InputCollector.collect([folder.path]).inputs)
        }
        let rows = try Report.corroboration.run(archivePath: path).rows
        let claim = try #require(rows.first { $0[0].string == "claim" })
        #expect(claim[1].string == "Vladimir Medinsky")
        #expect(claim[3].int64 == 12)
        let files = try #require(claim[4].string)
        #expect(files.hasSuffix(" (+2 more)"))
        let named = files.replacingOccurrences(of: " (+2 more)", with: "").split(separator: ",")
        #expect(named.count == 10 && Set(named).count == 10 && named.allSatisfy { $0.hasPrefix("outlet") })
    }

    @Test func searchRanksEachScopeAndKeepsTheLimit() throws {
        let samples = try SampleArchive()
        let claims = try Search.run(archivePath: samples.path, text: "ceasefire", scope: .claims, limit: 3)
        #expect(claims.rows.count == 3)
        #expect(claims.rows.allSatisfy { $0[0].string == "claim" && $0[6].string?.contains("[") == true })
        let all = try Search.run(archivePath: samples.path, text: "Istanbul", limit: 4)
        #expect(all.rows.count == 4)
        let scores = all.rows.compactMap { $0[5].double }
        #expect(scores == scores.sorted(by: >))
        #expect(all.rows.allSatisfy { $0[2].string?.hasSuffix(".txt") == true && $0[6].string?.contains("[") == true })
    }
}
