@testable import ParleyExtract
import Testing

/// A meeting the envoys came "from" has the place and day of its own phrase only; "The Kremlin meeting on Thursday night"
/// takes up the meeting held in Moscow, with its venue and day.
@Suite struct MeetingComeFromTests {
    private let lead = "Delegations from the United States, Russia and Ukraine sat down together in Abu Dhabi on Friday for talks, "
        + "with American envoys Steve Witkoff and Jared Kushner arriving almost straight from a meeting with Russian President "
        + "Vladimir Putin in Moscow."

    @Test func aMeetingComeFromKeepsItsOwnPlace() {
        #expect(DatedArticle.meetings(lead, on: "24.01.2026") == ["talks Abu Dhabi 2026-01-23 held", "talks Moscow - held"])
    }

    @Test func theKremlinMeetingTakesItUp() {
        let text = lead + "\n\nThe Kremlin meeting on Thursday night began shortly before midnight Moscow time and lasted nearly four hours."
        let e = DatedArticle.extract(text, on: "24.01.2026")
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" } == ["Abu Dhabi - 2026-01-23", "Moscow Kremlin 2026-01-22"])
        #expect(e.figures.map { "\($0.value) \($0.meeting ?? "-")" } == ["4.0 m2"])
    }

    /// Guard: when the article's own round is in Moscow, "the Kremlin meeting" is that round, no earlier one there.
    @Test func theKremlinMeetingOfAnArticleOnMoscowTalks() {
        let text = "Putin received Witkoff and Kushner in Moscow on Tuesday for five hours of talks. Witkoff had already held talks "
            + "in Moscow with Kremlin officials on August 6.\n\nThe Kremlin meeting followed consultations in Geneva."
        #expect(DatedArticle.extract(text, on: "03.12.2025").meetings.filter { $0.venue != nil }.isEmpty)
    }
}
