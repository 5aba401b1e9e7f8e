@testable import ParleyExtract
import Testing

/// "Witkoff and Kushner flew from the World Economic Forum in Davos to Moscow and spent nearly four hours with President Vladimir
/// Putin": the journey's destination past where it began is where the time was spent, a meeting apart from the round reported.
@Suite struct JourneyFromTests {
    @Test func timeSpentWhereAJourneyFromElsewhereWent() {
        let text = "ABU DHABI -- Delegations from the U.S., Russia and Ukraine wrapped up two days of closed-door talks in the Emirati "
            + "capital on Saturday.\n\nThe U.S. side was represented by special envoy Steve Witkoff and Jared Kushner.\n\nOn Thursday "
            + "evening, Witkoff and Kushner flew from the World Economic Forum in Davos to Moscow and spent nearly four hours with "
            + "President Vladimir Putin, leaving the Kremlin well after midnight."
        #expect(DatedArticle.meetings(text, on: "January 24, 2026 23:40 JST")
            == ["talks Abu Dhabi 2026-01-23 held", "talks Moscow 2026-01-22 held"])
    }

    @Test func aJourneyFromACityIsNoDestination() {
        let text = "ABU DHABI -- Delegations from the U.S., Russia and Ukraine wrapped up two days of closed-door talks in the Emirati "
            + "capital on Saturday.\n\nSteve Witkoff flew from Moscow and spent nearly four hours with the delegations."
        #expect(DatedArticle.meetings(text, on: "January 24, 2026 23:40 JST") == ["talks Abu Dhabi 2026-01-23 held"])
    }
}
