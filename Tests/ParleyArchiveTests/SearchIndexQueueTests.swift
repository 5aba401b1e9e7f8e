@testable import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

/// Full-text rows are queued per batch; what an article that rolled back queued must not be written.
@Suite struct SearchIndexQueueTests {
    @Test func discardedRowsAreNotIndexedAndFlushedRowsAre() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive.openForWriting(at: folder.file("a.db"))
        let queue = try SearchIndexQueue(db: archive.db)
        try archive.db.transaction {
            queue.addSource(id: 1, title: "kept", body: "the first body")
            queue.addClaim(id: 1, speaker: "Peskov", text: "kept claim")
            let mark = queue.mark
            queue.addSource(id: 2, title: "dropped", body: "the second body")
            queue.addClaim(id: 2, speaker: "Medinsky", text: "dropped claim")
            queue.discard(after: mark)
            try queue.flush()
        }
        #expect(try archive.db.scalar("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'body'")?.int64 == 1)
        #expect(try archive.db.scalar("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'claim'")?.int64 == 1)
        #expect(try archive.db.scalar("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'dropped'")?.int64 == 0)
    }

    @Test func aBatchOfImportedArticlesIsSearchableOncePerSource() throws {
        let folder = try TemporaryFolder()
        for n in 0..<5 { _ = try folder.write("a\(n).txt", "Talks in Istanbul, round \(n). \"We are ready,\" Peskov said.") }
        let archive = try Archive.openForWriting(at: folder.file("a.db"))
        var options = ImportOptions()
        options.batchSize = 2
        _ = try Importer(archive: archive, options: options).run(InputCollector.collect([folder.path]).inputs)
        #expect(try archive.db.scalar("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'istanbul'")?.int64 == 5)
    }
}
