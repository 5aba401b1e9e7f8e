import Foundation
import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

/// Reports on an archive of the five samples.
@Suite struct ReportTests {
    let samples: SampleArchive
    var archive: String { samples.path }

    init() throws {
        samples = try SampleArchive()
    }

    func column(_ result: QueryResult, _ name: String) -> [String] {
        guard let index = result.columns.firstIndex(of: name) else { return [] }
        return result.rows.map { $0[index].displayText }
    }

    @Test func eachPersonIsListedOnceWhateverTheSpelling() throws {
        let names = column(try Report.people.run(archivePath: archive), "name")
        #expect(names.filter { $0.contains("Zelensk") }.count == 1)
        #expect(names.filter { $0.contains("Erdo") }.count == 1)
        #expect(Set(names).count == names.count)
    }

    @Test func trumpsContradictoryTitlesAreAConflictAndTheExchangeSizesAreNot() throws {
        let conflicts = try Report.conflicts.run(archivePath: archive)
        let subjects = column(conflicts, "subject")
        #expect(subjects.contains { $0.hasPrefix("Donald Trump") })
        let details = column(conflicts, "detail")
        #expect(!details.contains { $0.contains("1000") && $0.contains("1200") })
        // Every conflict names both sources and quotes both passages.
        for row in conflicts.rows { #expect(row.allSatisfy { !$0.displayText.isEmpty }) }
        let trump = try #require(conflicts.rows.first { $0[1].displayText.hasPrefix("Donald Trump") })
        #expect(trump[4].displayText.contains("President Donald Trump"))
        #expect(trump[6].displayText.contains("President Donald Trump"))
    }

    @Test func theFirstRoundDatedApril16InOneSourceAndMay16InAnotherIsAConflict() throws {
        let conflicts = try Report.conflicts.run(archivePath: archive)
        let row = try #require(conflicts.rows.first { $0[0].displayText == "meeting date" && $0[1].displayText.contains("round 1") })
        // (Sample 003 has no date, but its war "began in February 2022" and has lasted "three and a half years": 2025.)
        #expect(row[2].displayText == "2025-04-16 vs 2025-05-16")
        #expect(row[4].displayText.contains("On April 16"))
        #expect(row[6].displayText.contains("the first occurring on May 16"))
        #expect(row[3].displayText != row[5].displayText)
    }

    @Test func theThousandPrisonerExchangeIsCorroboratedByFourSources() throws {
        let rows = try Report.corroboration.run(archivePath: archive, filters: [.topic: "prisoner_exchange"]).rows
        let thousand = try #require(rows.first { $0[2].displayText == "1000 prisoners each" })
        #expect(thousand[3] == .integer(4))
    }

    @Test func meetingsComeInDateOrderThenDaysWithoutYearThenUndated() throws {
        // An article that tells its rounds' days and no year at all.
        try samples.importArticle("yearless.txt", "Talks end\n\nRussia and Ukraine have held two rounds of direct talks, "
            + "the first occurring on May 16 and the second on June 2.\n", into: try Archive.openForWriting(at: archive))
        let dates = column(try Report.meetings.run(archivePath: archive), "date")
        let withYear = dates.filter { !$0.isEmpty && !$0.hasPrefix("--") }
        let withoutYear = dates.filter { $0.hasPrefix("--") }
        #expect(withYear == withYear.sorted())
        // An undated article's "the first occurring on May 16 and the second on June 2".
        #expect(withoutYear == ["--05-16", "--06-02"])
        #expect(dates == withYear + withoutYear + Array(repeating: "", count: dates.count - withYear.count - withoutYear.count))
    }

    @Test func aDayWithoutYearIsInNoDateRange() throws {
        let until = column(try Report.meetings.run(archivePath: archive, filters: [.until: "2025-12-31"]), "date")
        let since = column(try Report.meetings.run(archivePath: archive, filters: [.since: "2025-01-01"]), "date")
        #expect(!until.isEmpty && !since.isEmpty)
        #expect(!(until + since).contains { $0.hasPrefix("--") || $0.isEmpty })
    }

    @Test(arguments: Report.allCases)
    func viewsGiveTheSameRowsAsReports(_ report: Report) throws {
        let fromReport = try report.run(archivePath: archive)
        let fromView = try QueryRunner.run(archivePath: archive, sql: "SELECT * FROM \(report.view)")
        #expect(fromReport.columns == fromView.columns)
        #expect(Set(fromReport.rows.map { "\($0)" }) == Set(fromView.rows.map { "\($0)" }))
    }

    @Test func filtersNarrowReports() throws {
        let all = try Report.claims.run(archivePath: archive).rows.count
        let medinsky = try Report.claims.run(archivePath: archive, filters: [.person: "medinsky"])
        #expect(medinsky.rows.count > 0 && medinsky.rows.count < all)
        #expect(Set(column(medinsky, "speaker")).allSatisfy { $0.contains("Medinsky") })
        let ceasefire = try Report.claims.run(archivePath: archive, filters: [.topic: "ceasefire"])
        #expect(column(ceasefire, "topics").allSatisfy { $0.contains("ceasefire") })
        let limited = try Report.claims.run(archivePath: archive, limit: 3)
        #expect(limited.rows.count == 3)
    }

    @Test func dossierGathersOnePersonsRecord() throws {
        let sections = try Dossier.person("Medinsky", archivePath: archive)
        #expect(sections.map(\.title) == ["person", "aliases", "roles", "meetings", "delegations led", "claims"])
        #expect(sections[0].result.rows.count == 1)
        #expect(!sections[4].result.rows.isEmpty, "Medinsky led the Russian delegation")
        #expect(sections[5].result.rows.count >= 5)
        #expect(throws: ArchiveError.self) { try Dossier.person("Nobody Atall", archivePath: archive) }
    }

    @Test func showMarksTheEvidenceInItsSentence() throws {
        let record = try Evidence.show(.claim, id: 1, archivePath: archive)
        let text = try #require(record.fields.first { $0.0 == "text" }?.1)
        let passage = try #require(record.passages.first?.text)
        #expect(passage.contains("⟦" + text + "⟧"))
        #expect(throws: ArchiveError.self) { try Evidence.show(.figure, id: 9999, archivePath: archive) }
    }
}
