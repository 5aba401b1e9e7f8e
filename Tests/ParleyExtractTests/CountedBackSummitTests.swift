@testable import ParleyExtract
import Testing

/// "Monday's meeting came three days after Trump and Putin met ... in Anchorage": the leaders' meeting is dated by the
/// days counted back from the one told, and "Monday's meeting", already told, is no new meeting.
@Suite struct CountedBackSummitTests {
    /// The article's own day is Tuesday, August 19, 2025.
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 19, 2025\n\n"
                          + "US President Donald Trump, Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin spoke.\n\n"
                          + text)
            .meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-")" }
    }

    @Test func countedBackFromAMeetingTold() {
        let text = "Trump met Zelensky at the White House on Monday.\n\n"
            + "Monday's meeting came three days after Trump and Putin met for nearly three hours in Anchorage, Alaska."
        #expect(meetings(text) == ["summit Washington 2025-08-18", "summit Anchorage 2025-08-15"])
    }

    @Test func aDateOfItsOwnWinsOverTheCount() {
        let text = "Trump met Zelensky at the White House on Monday.\n\n"
            + "Monday's meeting came three days after Trump and Putin met in Anchorage on Aug. 14."
        #expect(meetings(text) == ["summit Washington 2025-08-18", "summit Anchorage 2025-08-14"])
    }

    @Test func aDaysMeetingToldFirst() {
        let text = "Leaders were upbeat after Monday's meeting at the White House between Trump and Zelensky."
        #expect(meetings(text).map { $0.split(separator: " ").dropFirst().joined(separator: " ") } == ["Washington 2025-08-18"])
    }
}
