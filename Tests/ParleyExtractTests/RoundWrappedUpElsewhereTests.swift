@testable import ParleyExtract
import Testing

/// A round placed by the city after the verb telling how it went, while a leaders' meeting elsewhere is the sentence's; talks
/// a leader "held" are held whatever the sentence agrees; two days joined by "and" move a round dated by its end to its
/// start; an exchange takes no place from another meeting of its day.
@Suite struct RoundWrappedUpElsewhereTests {
    private let lead = "Polish Prime Minister Donald Tusk held talks with Ukrainian President Volodymyr Zelensky in Kyiv on Thursday, "
        + "as a second round of US-brokered negotiations between Ukraine and Russia wrapped up in Abu Dhabi with an agreement on a "
        + "prisoner exchange."

    @Test func aRoundWrappedUpInACityAndTalksHeldElsewhere() {
        let found = DatedArticle.meetings(lead, on: "05.02.2026")
        #expect(found.prefix(2) == ["summit Kyiv 2026-02-05 held", "talks Abu Dhabi 2026-02-05 held"])
    }

    @Test func twoDaysJoinedByAndMoveTheRoundToItsStart() {
        let text = lead + "\n\nIn Abu Dhabi, delegations from Ukraine, Russia and the United States met on Wednesday and Thursday for "
            + "their second trilateral round."
        #expect(DatedArticle.meetings(text, on: "05.02.2026").prefix(2) == ["summit Kyiv 2026-02-05 held", "talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func anExchangeTakesNoPlaceFromAMeetingOfItsDay() {
        let text = lead + "\n\nThe exchange took place later on Thursday, the Russian defence ministry said."
        let exchanges = DatedArticle.meetings(text, on: "05.02.2026").filter { $0.hasPrefix("exchange") }
        #expect(exchanges.contains("exchange - 2026-02-05 held"))
        #expect(!exchanges.contains { $0.contains("Kyiv") })
    }
}
