@testable import ParleyExtract
import Testing

/// "Ukraine had proposed holding another round between June 20 and June 30, as well as a meeting between Presidents
/// Zelensky and Putin": one more round offered is still to come, not the round held; and the leaders named for the
/// other meeting are not at it.
@Suite struct AnotherRoundOfferedTests {
    private let text = "Russian and Ukrainian negotiators met in Istanbul on Monday for the second round of direct talks.\n\n"
        + "Umerov said Kyiv had proposed holding another round between June 20 and June 30, as well as a meeting between "
        + "President Volodymyr Zelenskyy and Russian President Vladimir Putin before the end of the month."

    @Test func anotherRoundOfferedIsProposed() {
        let out = Extractor.extract(body: "Headline here\n\nJune 2, 2025\n\n" + text)
        #expect(out.meetings.map { "\($0.kind) \($0.date ?? "-") \($0.status)" } == [
            "talks 2025-06-02 held", "talks - proposed", "summit - proposed",
        ])
    }

    @Test func leadersOfTheOtherMeetingAreNoDelegates() {
        let out = Extractor.extract(body: "Headline here\n\nJune 2, 2025\n\n" + text)
        let proposed = out.meetings.filter { $0.status == .proposed }.map(\.id)
        #expect(!out.delegations.contains { proposed.contains($0.meeting) })
    }
}
