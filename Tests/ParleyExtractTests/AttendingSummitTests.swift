@testable import ParleyExtract
import Testing

/// "leaders, attending the Group of 20 summit in Johannesburg, said in a joint statement on Saturday": those attending
/// spoke at the summit, so it is dated by the day they spoke.
@Suite struct AttendingSummitTests {
    @Test func theDayTheAttendingLeadersSpoke() {
        let text = "British, French and German leaders, attending the Group of 20 summit in Johannesburg, said in a joint "
            + "statement on Saturday that the draft was \"a basis which will require additional work.\""
        let e = Extractor.extract(body: "Headline here\n\nNovember 24, 2025\n\n" + text)
        #expect(e.meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" } == ["summit Johannesburg 2025-11-22 held"])
    }
}
