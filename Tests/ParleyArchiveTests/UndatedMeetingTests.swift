import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

/// Undated meetings at one place, or exchanges of one size, are one meeting only when their
/// sources are close in time.
@Suite struct UndatedMeetingTests {
    static func article(_ index: Int, published: String, sentence: String) -> String {
        (published.isEmpty ? "" : "---\npublished: \(published)\n---\n") + "Report \(index)\n\n\(sentence)\n"
    }

    func count(_ kind: String, _ dates: [String], sentence: String) throws -> Int64? {
        let folder = try TemporaryFolder()
        for (index, date) in dates.enumerated() {
            _ = try folder.write("a\(index).txt", Self.article(index, published: date, sentence: sentence))
        }
        let archive = try Archive.openForWriting(at: folder.file("a.db"))
        _ = try Importer(archive: archive).run(InputCollector.collect([folder.path]).inputs)
        return try archive.db.scalar("SELECT count(*) FROM meetings WHERE kind = ? AND date IS NULL", [kind])?.int64
    }

    @Test(arguments: [
        (["2025-05-16", "2025-05-20"], 1),
        (["2022-03-29", "2025-05-16"], 2),
        (["2022-03-29", "2025-05-16", "2025-05-18", "2022-03-30"], 2),
        (["2025-05-01", "2025-06-20", "2025-05-25", "2025-05-24"], 2),
        (["2025-05", "2022-03-29"], 1),
        // Without a date a source joins the newest of the meetings it could be.
        (["2022-03-29", "2025-05-16", "", "", "2025-05-20"], 2),
    ])
    func talksAtOnePlaceAMonthApartAreOneMeeting(_ dates: [String], _ meetings: Int) throws {
        let sentence = "Russian and Ukrainian delegations held talks in Istanbul, officials said."
        #expect(try count("talks", dates, sentence: sentence) == Int64(meetings))
    }

    @Test func exchangesOfOneSizeYearsApartAreTwo() throws {
        let sentence = "Russia and Ukraine agreed to a prisoner exchange of 1,000 prisoners each."
        #expect(try count("exchange", ["2022-04-01", "2022-04-05"], sentence: sentence) == 1)
        #expect(try count("exchange", ["2022-04-01", "2025-05-17"], sentence: sentence) == 2)
    }
}
