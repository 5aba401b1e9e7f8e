@testable import ParleyArchive
import Testing

/// `report claims --limit N` reads sources newest first when that stops sooner; the rows are the
/// same either way.
extension ReportTests {
    @Test func newestFirstPaysForACommonTopicAndASmallLimit() {
        #expect(ClaimsNewestFirst.isCheaper(limit: 50, claims: 805_000, matching: 53_000))
        #expect(!ClaimsNewestFirst.isCheaper(limit: 50, claims: 805_000, matching: 1_000))
        #expect(!ClaimsNewestFirst.isCheaper(limit: 50, claims: 805_000, matching: 0))
    }

    @Test func theSamplesTakeBothWays() throws {
        let db = try Archive.openForReading(at: archive).db
        #expect(try ClaimsNewestFirst.isCheaper(filters: [:], limit: 1, on: db))
        #expect(try !ClaimsNewestFirst.isCheaper(filters: [.topic: "no_such_topic"], limit: 1, on: db))
        #expect(try !ClaimsNewestFirst.isCheaper(filters: [.person: "Medinsky"], limit: 1, on: db))
        #expect(try !ClaimsNewestFirst.isCheaper(filters: [:], limit: nil, on: db))
    }

    @Test func theViewHoldsTheSameRowsAsVClaims() throws {
        let newestFirst = try QueryRunner.run(archivePath: archive, sql: "SELECT * FROM v_claims_newest_first ORDER BY id")
        let claims = try QueryRunner.run(archivePath: archive, sql: "SELECT * FROM v_claims ORDER BY id")
        #expect(newestFirst == claims)
        #expect(!claims.rows.isEmpty)
    }

    @Test(arguments: [nil, "ceasefire", "prisoner_exchange", "negotiations", "no_such_topic"])
    func aLimitKeepsTheFirstRowsOfTheWholeReport(topic: String?) throws {
        for dates in [[:], [Report.Filter.since: "2025-05-16", .until: "2025-06"]] {
            var filters = dates
            filters[.topic] = topic
            let whole = try Report.claims.run(archivePath: archive, filters: filters)
            for limit in 0...whole.rows.count + 1 {
                let limited = try Report.claims.run(archivePath: archive, filters: filters, limit: limit)
                #expect(limited == QueryResult(columns: whole.columns, rows: Array(whole.rows.prefix(limit))), "limit \(limit)")
            }
        }
    }
}
