@testable import ParleyExtract
import Testing

/// Leaders' meetings told again: a gathering "for a summit", a venue's appositive before the day, talks in the state of
/// the summit's city, a call "just before that meeting", and a part of a month told with a hyphen.
@Suite struct SummitsTakenUpByPlaceAndTimeTests {
    @Test func leadersGatheredForASummitHeldIt() {
        let text = "On Tuesday, January 6, leaders of the coalition of the willing gathered at the Elysée Palace, in Paris, for a summit "
            + "that Emmanuel Macron presented as a decisive step."
        #expect(DatedArticle.meetings(text, on: "January 7, 2026") == ["summit Paris 2026-01-06 held"])
    }

    @Test func aGatheringAndAnotherSentencesSummitToComeStayTwo() {
        let text = "Leaders of the coalition of the willing gathered in Paris on Tuesday. They agreed to hold a summit in Paris next month."
        #expect(DatedArticle.meetings(text, on: "January 7, 2026").count == 2)
    }

    @Test func theDayPastTheVenuesAppositive() {
        let text = "Volodymyr Zelensky was received by Donald Trump at Mar-a-Lago, his Florida residence, on December 28."
        #expect(DatedArticle.meetings(text, on: "January 7, 2026") == ["summit Palm Beach 2025-12-28 held"])
    }

    @Test func theTalksInTheStateOfTheSummitsCityAreThatSummit() {
        let text = "Volodymyr Zelensky was received by Donald Trump at Mar-a-Lago on December 28.\n\nAfter the talks in Florida, "
            + "Volodymyr Zelensky said the 20-point peace framework was 90% agreed."
        #expect(DatedArticle.meetings(text, on: "January 7, 2026") == ["summit Palm Beach 2025-12-28 held"])
    }

    @Test func aCallJustBeforeThatMeetingIsOfItsDay() {
        let text = "Volodymyr Zelensky was received by Donald Trump at Mar-a-Lago on December 28. Just before that meeting, the US "
            + "president had spoken by telephone with Vladimir Putin."
        #expect(DatedArticle.meetings(text, on: "January 7, 2026") == ["summit Palm Beach 2025-12-28 held", "call - 2025-12-28 held"])
    }

    @Test func aCallDaysBeforeThatMeetingIsNotOfItsDay() {
        let text = "Volodymyr Zelensky was received by Donald Trump at Mar-a-Lago on December 28. Before that meeting, the US "
            + "president had spoken by telephone with Vladimir Putin."
        #expect(!DatedArticle.meetings(text, on: "January 7, 2026").contains("call - 2025-12-28 held"))
    }

    @Test func midMonthWithAHyphen() {
        let text = "The plan had been reworked during two days of negotiations in Berlin in mid-December, where Steve Witkoff met a "
            + "Ukrainian delegation led by Volodymyr Zelensky."
        #expect(DatedArticle.meetings(text, on: "January 7, 2026") == ["talks Berlin 2025-12 held"])
    }

    @Test func aMeetingHoursBeforeTheMeetingNamedByItsVenueIsOfItsDay() {
        let text = "The round was agreed at a late-night meeting in the Kremlin on Jan. 22, when Steve Witkoff spent more than three "
            + "hours with Vladimir Putin.\n\nHours before the Kremlin meeting, Volodymyr Zelensky had met Donald Trump on the "
            + "sidelines of the World Economic Forum in Davos."
        #expect(DatedArticle.meetings(text, on: "January 25, 2026") == ["talks Moscow 2026-01-22 held", "summit Davos 2026-01-22 held"])
    }

    @Test func theVenueNamingTheMeetingMayBeInItsCity() {
        let text = "The round was agreed at a late-night meeting in Moscow on Jan. 22, when Steve Witkoff spent more than three "
            + "hours with Vladimir Putin.\n\nHours before the Kremlin meeting, Volodymyr Zelensky had met Donald Trump in Davos."
        #expect(DatedArticle.meetings(text, on: "January 25, 2026") == ["talks Moscow 2026-01-22 held", "summit Davos 2026-01-22 held"])
    }
}
