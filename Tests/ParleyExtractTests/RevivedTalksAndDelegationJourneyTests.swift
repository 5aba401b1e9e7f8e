@testable import ParleyExtract
import Testing

/// "the most serious push to revive peace talks since ...": the process revived, not a meeting; "will lead a Pentagon
/// delegation to Kyiv on Thursday to meet Zelenskyy": the city the delegation is led to places the meeting.
@Suite struct RevivedTalksAndDelegationJourneyTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nNov 19, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    @Test func revivingPeaceTalksIsNoMeeting() {
        #expect(meetings("The plan is the most serious push to revive peace talks since the spring.").isEmpty)
    }

    @Test func revivedTalksPlacedAreAMeeting() {
        #expect(meetings("Both sides agreed to restart peace talks in Istanbul on Monday.").count == 1)
    }

    @Test(arguments: [
        "Army Secretary Dan Driscoll will lead a Pentagon delegation to Kyiv on Thursday to meet Ukrainian President Volodymyr Zelenskyy.",
        "Washington will send a delegation to Kyiv on Thursday to meet Ukrainian President Volodymyr Zelenskyy.",
    ])
    func delegationLedToACity(text: String) {
        #expect(meetings(text) == ["talks Kyiv 2025-11-20 planned [\"UA\", \"US\"]"])
    }
}
