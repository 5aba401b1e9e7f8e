@testable import ParleyArchive
import ParleySQLite
import Testing

/// The whole meetings timeline is read in order from an index (migration 0017); the rows and their
/// order are those of v_meetings sorted by the report's order.
extension ReportTests {
    @Test func theTimelineIsTheViewInReportOrder() throws {
        // Every kind of key the order has, whatever the extractor makes of the samples: days
        // without a year, and undated meetings of each status.
        do {
            let db = try Archive.openForWriting(at: archive).db
            try db.run("""
                UPDATE meetings SET month_day = iif(id % 2 = 0, '05-16', '06-02'), date = NULL
                WHERE id IN (SELECT id FROM meetings ORDER BY id DESC LIMIT 2)
                """)
            try db.run("""
                UPDATE meetings SET status = iif(id % 3 = 0, 'held', iif(id % 3 = 1, 'planned', 'proposed'))
                WHERE date IS NULL AND month_day IS NULL
                """)
        }
        let timeline = try Report.meetings.run(archivePath: archive)
        let sorted = try QueryRunner.run(archivePath: archive, sql: "SELECT * FROM v_meetings ORDER BY \(Report.meetings.orderBy)")
        #expect(timeline == sorted)
        let dates = column(timeline, "date"), statuses = column(timeline, "status")
        #expect(dates.contains { $0.hasPrefix("--") } && dates.contains { $0.hasPrefix("2025") })
        #expect(Set(zip(dates, statuses).filter { $0.0.isEmpty }.map(\.1)) == ["held", "planned", "proposed"])
        for limit in [0, 1, 3, timeline.rows.count] {
            let limited = try Report.meetings.run(archivePath: archive, limit: limit)
            #expect(limited == QueryResult(columns: timeline.columns, rows: Array(timeline.rows.prefix(limit))), "limit \(limit)")
        }
    }

    @Test func theTimelineIsNotSorted() throws {
        let db = try Archive.openForReading(at: archive).db
        let plan = try db.rows("EXPLAIN QUERY PLAN " + Report.meetingsInOrder)
        // The top level of the plan (parent 0) reads the index and sorts nothing; a meeting's
        // figures are still sorted within their own subquery.
        let top = plan.filter { $0[1].int64 == 0 }.map { $0[3].displayText }
        #expect(top.contains { $0.contains("meetings_timeline") }, "\(top)")
        #expect(!top.contains { $0.contains("TEMP B-TREE") }, "\(top)")
    }
}
