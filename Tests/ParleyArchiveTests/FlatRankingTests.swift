@testable import ParleyArchive
import Testing

/// A search whose every word is in half the rows or more takes the hits in rowid order unranked:
/// bm25 would give each of them the score 0.0.
extension SearchTests {
    @Test func varintsDecodeAsSQLiteWritesThem() {
        #expect(FlatRanking.varint([0x05]) == 5)
        #expect(FlatRanking.varint([0x81, 0x00]) == 128)
        #expect(FlatRanking.varint([0x86, 0xA0, 0x00]) == 102_400)
        #expect(FlatRanking.varint([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]) == -1)
        #expect(FlatRanking.varint([0x80]) == nil)
    }

    @Test func theRowCountIsTheTables() throws {
        let db = try Archive.openForReading(at: archive).db
        #expect(try FlatRanking.rowCount(of: "sources_fts", on: db) == db.scalar("SELECT count(*) FROM sources")?.int64)
        #expect(try FlatRanking.rowCount(of: "claims_fts", on: db) == db.scalar("SELECT count(*) FROM claims")?.int64)
    }

    @Test func onlyWordsInHalfTheRowsOrMoreAreFlat() throws {
        let db = try Archive.openForReading(at: archive).db
        #expect(FlatRanking.holds(for: Search.plainPhrases("the"), in: "sources_fts", on: db))
        #expect(FlatRanking.holds(for: Search.plainPhrases("the Istanbul"), in: "sources_fts", on: db))
        #expect(!FlatRanking.holds(for: Search.plainPhrases("the Dolmabahce"), in: "sources_fts", on: db))
        #expect(FlatRanking.holds(for: Search.plainPhrases("the"), in: "claims_fts", on: db))
        #expect(!FlatRanking.holds(for: Search.plainPhrases("the ceasefire"), in: "claims_fts", on: db))
        #expect(!FlatRanking.holds(for: [], in: "sources_fts", on: db))
    }

    @Test(arguments: ["the", "the Istanbul", "Istanbul talks", "said", "ceasefire", "Dolmabahce", "the and of"])
    func resultsAreTheRankedOnes(words: String) throws {
        for scope in Search.Scope.allCases {
            for limit in [1, 3, 20] {
                let found = try Search.run(archivePath: archive, text: words, scope: scope, limit: limit)
                let ranked = try QueryRunner.run(archivePath: archive, sql: Search.rankedSQL(scope: scope),
                                                 parameters: [("q", Search.plainExpression(words) ?? ""), ("limit", String(limit))])
                #expect(found == ranked, "\(words) in \(scope), limit \(limit)")
            }
        }
    }
}
