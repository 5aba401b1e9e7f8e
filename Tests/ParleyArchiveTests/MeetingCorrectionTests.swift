import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

@Suite struct MeetingCorrectionTests {
    /// The talks between Russia and Ukraine in May 2025: date, place, number of sources, delegations.
    func mayTalks(_ archive: Archive) throws -> [[SQLiteValue]] {
        try archive.db.rows("""
            SELECT m.date, m.place, m.sources, (SELECT count(*) FROM delegations AS d WHERE d.meeting_id = m.id)
            FROM v_meetings AS m WHERE m.kind = 'talks' AND m.date LIKE '2025-05%' ORDER BY m.date, m.place
            """).map(\.values)
    }

    func meeting(_ archive: Archive, on date: String) throws -> Int64 {
        try #require(try archive.db.scalar("SELECT id FROM meetings WHERE kind = 'talks' AND date = ?", [date])?.int64)
    }

    /// The samples plus one round of talks, reported in Istanbul on May 16 and in Antalya on May 15. (Sample 003 tells
    /// the first round "on May 16" too, with no place: it is one more source of the Istanbul round.)
    func oneRoundReportedTwice() throws -> (SampleArchive, Archive) {
        let samples = try SampleArchive()
        let archive = try Archive.openForWriting(at: samples.path)
        try samples.importArticle("istanbul.txt", CurationArticles.talksInIstanbul, into: archive)
        try samples.importArticle("antalya.txt", CurationArticles.talksInAntalya, into: archive)
        try #require(try mayTalks(archive) == [[.text("2025-05-15"), .text("Antalya"), .integer(1), .integer(2)],
                                               [.text("2025-05-16"), .text("Istanbul"), .integer(2), .integer(2)]])
        return (samples, archive)
    }

    @Test func aMergedMeetingStaysOneThroughReextractionAndANewReport() throws {
        let (samples, archive) = try oneRoundReportedTwice()
        try Curation(archive: archive).mergeMeetings(keep: try meeting(archive, on: "2025-05-16"),
                                                     merge: try meeting(archive, on: "2025-05-15"), note: "one round")
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Istanbul"), .integer(3), .integer(4)]])
        try Reextraction.run(archive)
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Istanbul"), .integer(3), .integer(4)]])
        #expect(try samples.importArticle("exchange.txt", CurationArticles.exchangeBegins, into: archive) == 1)
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Istanbul"), .integer(4), .integer(4)]])
        try Reextraction.run(archive)
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Istanbul"), .integer(4), .integer(4)]])
        // Each source's own account stays: the two dates are still a conflict to see.
        #expect(try archive.db.scalar("SELECT count(*) FROM v_conflicts WHERE kind = 'meeting date' AND detail = '2025-05-15 vs 2025-05-16'") == .integer(1))
        #expect(ArchiveCheck.run(on: archive.db).passed)
    }

    /// A new source that tells the merged meeting as the folded-in source did (Antalya, May 15)
    /// joins the merged meeting instead of bringing the folded one back.
    @Test func aNewReportLikeTheFoldedInOneJoinsTheMergedMeeting() throws {
        let (samples, archive) = try oneRoundReportedTwice()
        try Curation(archive: archive).mergeMeetings(keep: try meeting(archive, on: "2025-05-16"),
                                                     merge: try meeting(archive, on: "2025-05-15"), note: nil)
        #expect(try samples.importArticle("antalya-again.txt", CurationArticles.talksInAntalyaRetold, into: archive) == 1)
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Istanbul"), .integer(4), .integer(6)]])
        try Reextraction.run(archive)
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Istanbul"), .integer(4), .integer(6)]])
    }

    @Test func aDateSetByHandSurvivesReextractionAndANewImport() throws {
        let (samples, archive) = try oneRoundReportedTwice()
        try Curation(archive: archive).setMeetingDate(try meeting(archive, on: "2025-05-15"), to: "2025-05-16", note: "Antalya was a typo")
        let corrected: [[SQLiteValue]] = [[.text("2025-05-16"), .text("Antalya"), .integer(1), .integer(2)],
                                          [.text("2025-05-16"), .text("Istanbul"), .integer(2), .integer(2)]]
        #expect(try mayTalks(archive) == corrected)
        try Reextraction.run(archive)
        #expect(try mayTalks(archive) == corrected)
        #expect(try samples.importArticle("exchange.txt", CurationArticles.exchangeBegins, into: archive) == 1)
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Antalya"), .integer(1), .integer(2)],
                                          [.text("2025-05-16"), .text("Istanbul"), .integer(3), .integer(2)]])
        #expect(ArchiveCheck.run(on: archive.db).passed)
    }

    @Test func aLaterUndatedReportOfADatedExchangeJoinsItAtReextraction() throws {
        let (samples, archive) = try oneRoundReportedTwice()
        let exchanges = "SELECT id FROM meetings WHERE kind = 'exchange' AND size_key = 'prisoner_exchange:1000:each'"
        let exchange = try #require(try archive.db.scalar(exchanges)?.int64)
        try Curation(archive: archive).setMeetingDate(exchange, to: "2025-05-23", note: nil)
        let sources = try #require(try archive.db.scalar("SELECT sources FROM v_meetings WHERE id = ?", [exchange])?.int64)
        #expect(try samples.importArticle("exchange.txt", CurationArticles.exchangeBegins, into: archive) == 1)
        try Reextraction.run(archive)
        let dated = try archive.db.rows("SELECT date, sources FROM v_meetings WHERE kind = 'exchange' AND figures LIKE '%1000 prisoners each%'")
        #expect(dated.map(\.values) == [[.text("2025-05-23"), .integer(sources + 1)]])
    }

    @Test func undoRestoresTheMeetingsAsReported() throws {
        let (_, archive) = try oneRoundReportedTwice()
        let curation = Curation(archive: archive)
        let before = try mayTalks(archive)
        let dated = try curation.setMeetingDate(try meeting(archive, on: "2025-05-15"), to: "2025-06", note: nil)
        let merged = try curation.mergeMeetings(keep: try meeting(archive, on: "2025-05-16"), merge: try meeting(archive, on: "2025-06"), note: nil)
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Istanbul"), .integer(3), .integer(4)]])
        try curation.undo(merged)
        #expect(try mayTalks(archive) == [[.text("2025-05-16"), .text("Istanbul"), .integer(2), .integer(2)]])
        #expect(try archive.db.scalar("SELECT place FROM meetings WHERE date = '2025-06'") == .text("Antalya"))
        try curation.undo(dated)
        #expect(try mayTalks(archive) == before)
    }

    @Test(arguments: ["2025-02-30", "2025-13", "2025-5-1", "May 2025", "", "20250516", "2024-02-30"])
    func aDateThatIsNotADateIsRefused(_ text: String) throws {
        let (_, archive) = try oneRoundReportedTwice()
        let error = #expect(throws: ArchiveError.self) {
            try Curation(archive: archive).setMeetingDate(try meeting(archive, on: "2025-05-15"), to: text, note: nil)
        }
        #expect(error?.description == "'\(text)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        #expect(try archive.db.scalar("SELECT count(*) FROM corrections") == .integer(0))
    }

    @Test(arguments: [("2025", true), ("2025-05", true), ("2024-02-29", true), ("2025-02-29", false), ("2025-04-31", false),
                      ("0000", false), ("2025-00", false), ("2025-05-00", false), ("２０２５", false)])
    func partialDates(_ text: String, _ valid: Bool) {
        #expect(PartialDate.isValid(text) == valid)
    }

    @Test func unknownMeetingsAreRefusedAndNothingChanges() throws {
        let (_, archive) = try oneRoundReportedTwice()
        let curation = Curation(archive: archive)
        let kept = try meeting(archive, on: "2025-05-16")
        let missing = #expect(throws: ArchiveError.self) { try curation.mergeMeetings(keep: kept, merge: 99_999, note: nil) }
        #expect(missing?.description == "no meeting with id 99999 (see parley report meetings)")
        #expect(throws: ArchiveError.self) { try curation.mergeMeetings(keep: 99_999, merge: kept, note: nil) }
        #expect(throws: ArchiveError.self) { try curation.mergeMeetings(keep: kept, merge: kept, note: nil) }
        #expect(throws: ArchiveError.self) { try curation.setMeetingDate(99_999, to: "2025", note: nil) }
        #expect(try archive.db.scalar("SELECT count(*) FROM corrections") == .integer(0))
        #expect(try mayTalks(archive).count == 2)
    }
}
