import Foundation
import ParleyArchive
import ParleyExtract
import ParleySQLite
import TestSupport
import Testing

/// Runs imports into a fresh archive in a temporary folder.
final class ImportFixture {
    let folder: TemporaryFolder
    let archive: Archive
    private(set) var outcomes: [(ImportInput, ImportOutcome)] = []

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive.openForWriting(at: folder.file("parley.db"))
    }

    @discardableResult
    func run(_ paths: [String], options: ImportOptions = ImportOptions()) throws -> ImportSummary {
        let (inputs, missing) = InputCollector.collect(paths)
        outcomes = []
        var summary = try Importer(archive: archive, options: options) { self.outcomes.append(($0, $1)) }.run(inputs)
        summary.failed += missing.count
        return summary
    }

    func failures() -> [String: String] {
        var found: [String: String] = [:]
        for (input, outcome) in outcomes { if case .failed(let reason) = outcome { found[input.fileName ?? "-"] = reason } }
        return found
    }

    func counts() throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try archive.counts().map { ($0.table, $0.rows) })
    }
}

@Suite struct ImportTests {
    @Test func samplesImportOnceAndReimportChangesNothing() throws {
        let fixture = try ImportFixture()
        let first = try fixture.run([ProjectFiles.samplesFolder])
        #expect(first.imported == 5 && first.failed == 0)
        let countsAfterFirst = try fixture.counts()
        let second = try fixture.run([ProjectFiles.samplesFolder])
        #expect(second == { var s = ImportSummary(); s.unchanged = 5; return s }())
        #expect(try fixture.counts() == countsAfterFirst)
    }

    @Test func aTriggerTheWriterDoesNotKnowStillRunsDuringImport() throws {
        let fixture = try ImportFixture()
        try fixture.archive.db.execute("""
            CREATE TABLE claims_seen(claim_id INTEGER);
            CREATE TRIGGER claims_seen_on_insert AFTER INSERT ON claims BEGIN INSERT INTO claims_seen VALUES (NEW.id); END;
            """)
        try fixture.run([ProjectFiles.samplesFolder])
        let seen = try fixture.archive.db.scalar("SELECT count(*) FROM claims_seen")
        #expect(seen == (try fixture.archive.db.scalar("SELECT count(*) FROM claims")))
        #expect(seen != .integer(0))
    }

    @Test func bodiesAreStoredVerbatimWithTheirHash() throws {
        let fixture = try ImportFixture()
        let sample = ProjectFiles.samples[0]
        try fixture.run([sample])
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        let row = try #require(try fixture.archive.db.rows("SELECT body, content_hash, body_length, path FROM sources").first)
        #expect(row["body"].string == text)
        #expect(row["content_hash"].string == SHA256.hex(text.utf8))
        #expect(row["body_length"].int64 == Int64(text.unicodeScalars.count))
        #expect(row["path"].string == sample)
    }

    @Test func decomposedTextIsStoredComposedAndExtractedAlike() throws {
        let fixture = try ImportFixture()
        let decomposed = "Turkish President Recep Tayyip Erdog\u{306}an met Volodymyr Zelens\u{301}kyi in Ankara.\n"
        let composed = "Turkish President Recep Tayyip Erdo\u{11F}an met Volodymyr Zelen\u{15B}kyi in Ankara.\n"
        let path = try fixture.folder.write("nfd.txt", decomposed)
        #expect(try fixture.run([path]).imported == 1)
        // The same text precomposed is the same content.
        #expect(try fixture.run([try fixture.folder.write("nfc.txt", composed)]).unchanged == 1)
        let db = fixture.archive.db
        let body = try #require(try db.rows("SELECT body FROM sources").first?["body"].string)
        #expect(Array(body.unicodeScalars) == Array(composed.unicodeScalars))
        // `extract` sees the text import stores, so its spans point at the same words.
        let extraction = ArticleLoader.extract(try ArticleLoader.load(ImportInput(display: path, path: path), maxBytes: 1 << 20))
        let stored = try db.rows("""
            SELECT p.name, substr(s.body, p.span_start + 1, p.span_end - p.span_start) AS evidence, p.span_start, p.span_end
            FROM people p JOIN sources s ON s.id = p.source_id ORDER BY p.span_start
            """)
        #expect(stored.map { $0["name"].string } == extraction.people.map(\.name))
        #expect(stored.map { $0["span_start"].int64 } == extraction.people.map { $0.mentions.first.map { Int64($0.start) } })
        #expect(stored.map { $0["name"].string.map { Array($0.unicodeScalars) } }.contains(Array("Recep Tayyip Erdo\u{11F}an".unicodeScalars)))
        for row in stored { #expect(row["evidence"].string.map { Array($0.unicodeScalars) } == row["name"].string.map { Array($0.unicodeScalars) }) }
    }

    @Test func changedFileAtAKnownPathBecomesANewVersion() throws {
        let fixture = try ImportFixture()
        let path = try fixture.folder.write("a.txt", "Talks in Istanbul went on.\n")
        try fixture.run([path])
        try fixture.folder.write("a.txt", "Talks in Istanbul ended.\n")
        let summary = try fixture.run([path])
        #expect(summary.updated == 1)
        let rows = try fixture.archive.db.rows("SELECT id, superseded_by, body FROM sources ORDER BY id")
        #expect(rows.count == 2)
        #expect(rows[0]["superseded_by"] == rows[1]["id"])
        #expect(rows[1]["superseded_by"] == .null)
        #expect(rows[0]["body"].string == "Talks in Istanbul went on.\n")
    }

    @Test func badFilesFailOneByOneAndTheRestImports() throws {
        let fixture = try ImportFixture()
        let folder = fixture.folder
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        for sample in ProjectFiles.samples {
            try FileManager.default.copyItem(atPath: sample, toPath: folder.file("in/" + URL(fileURLWithPath: sample).lastPathComponent))
        }
        try folder.write("in/latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x0A])
        try folder.write("in/empty.txt", [])
        try folder.write("in/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
        try folder.write("in/utf16.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00])
        try folder.write("in/page.md", "<!DOCTYPE html>\n<html><body>Talks</body></html>")
        try folder.write("in/big.txt", String(repeating: "Talks went on. ", count: 100))
        try FileManager.default.createDirectory(atPath: folder.file("in/folder.txt"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("in/dangling.txt"), withDestinationPath: folder.file("nowhere.txt"))
        #expect(mkfifo(folder.file("in/pipe.txt"), 0o600) == 0)
        var options = ImportOptions()
        options.maxBytes = 1_000
        let summary = try fixture.run([folder.file("in"), folder.file("parley.db"), folder.file("missing.txt")], options: options)
        let failures = fixture.failures()
        #expect(failures["latin1.txt"]?.contains("not UTF-8") == true)
        #expect(failures["empty.txt"]?.contains("empty") == true)
        #expect(failures["image.txt"]?.contains("PNG") == true)
        #expect(failures["utf16.txt"]?.contains("UTF-16") == true)
        #expect(failures["page.md"]?.contains("HTML") == true)
        #expect(failures["big.txt"]?.contains("limit") == true)
        #expect(failures["dangling.txt"]?.contains("dangling") == true)
        #expect(failures["pipe.txt"]?.contains("FIFO") == true)
        #expect(failures["parley.db"]?.contains("archive itself") == true)
        #expect(failures["folder.txt"] == nil, "a folder named like an article is walked, not read")
        // Five samples, but the 1,000-byte cap refuses the larger ones.
        let sampleSizes = ProjectFiles.samples.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let underCap = sampleSizes.filter { $0 <= 1_000 }.count
        #expect(summary.imported == underCap)
        #expect(summary.failed == failures.count + 1)
        for reason in failures.values { #expect(!reason.contains("\n")) }
    }

    @Test func frontMatterAndManifestSupplyMetadata() throws {
        let fixture = try ImportFixture()
        let a = try fixture.folder.write("a.txt", "---\ntitle: From front matter\npublished: 2025-05-16\n---\nMedinsky said talks went well.\n")
        let b = try fixture.folder.write("b.txt", "Umerov said the talks were hard.\n")
        try fixture.folder.write("manifest.csv", "path,title,outlet,url\nb.txt,\"Manifest, title\",Example News,https://e.org/b\n")
        var options = ImportOptions()
        options.manifest = try Manifest(contentsOf: fixture.folder.file("manifest.csv"))
        try fixture.run([a, b], options: options)
        let rows = try fixture.archive.db.rows("SELECT file_name, title, published, outlet, url, body FROM sources ORDER BY file_name")
        #expect(rows[0]["title"].string == "From front matter")
        #expect(rows[0]["published"].string == "2025-05-16")
        #expect(rows[0]["body"].string == "Medinsky said talks went well.\n")
        #expect(rows[1]["title"].string == "Manifest, title")
        #expect(rows[1]["outlet"].string == "Example News")
        #expect(rows[1]["url"].string == "https://e.org/b")
    }

    @Test func tsvManifestWithoutPathColumnIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("m.tsv", "title\toutlet\nx\ty\n")
        let error = #expect(throws: ArchiveError.self) { try Manifest(contentsOf: folder.file("m.tsv")) }
        #expect(error?.description.contains("no 'path' column") == true)
        try folder.write("ok.tsv", "path\ttitle\na.txt\tA title\n")
        #expect(try Manifest(contentsOf: folder.file("ok.tsv")).metadata(forPath: folder.file("a.txt"))?.title == "A title")
    }

    @Test func everyStoredSpanLiesInsideItsSource() throws {
        let fixture = try ImportFixture()
        try fixture.run([ProjectFiles.samplesFolder])
        let db = fixture.archive.db
        for table in ["people", "person_aliases", "person_mentions", "roles", "meetings", "delegations",
                      "delegation_members", "claims", "figures"] {
            let outside = try db.scalar("""
                SELECT count(*) FROM \(table) AS t JOIN sources AS s ON s.id = t.source_id
                WHERE t.span_end > s.body_length OR t.span_start > t.span_end
                """)
            #expect(outside == .integer(0), "\(table) has spans outside their source")
        }
        // Spans are code points: SQL's substr and Swift's scalar slicing agree.
        for row in try db.rows("SELECT f.text, substr(s.body, f.span_start + 1, f.span_end - f.span_start) AS evidence FROM figures f JOIN sources s ON s.id = f.source_id") {
            #expect(row["evidence"].string == row["text"].string)
        }
    }

    @Test func fullTextIndexFindsWordsWithoutDiacritics() throws {
        let fixture = try ImportFixture()
        try fixture.run([ProjectFiles.samplesFolder])
        let hits = try fixture.archive.db.scalar("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'erdogan'")
        #expect(hits == .integer(2))
    }
}
