@testable import ParleyExtract
import Testing

/// Talks told by "talked" in person at another place than the reported round, with "he" opening the list of those who
/// talked, a venue owned by a person, and the day of the journey the sentence before tells.
@Suite struct TalkedAfterTheJourneyTests {
    private let lead = "Steve Witkoff and Jared Kushner met Vladimir Putin in the Kremlin on Tuesday.\n\n"

    @Test func talkedInPersonElsewhereOnTheDayOfTheJourneyBefore() {
        let text = lead + "The Ukrainian team that flew to Florida on November 30 was led by Rustem Umerov. He and Marco Rubio talked for "
            + "about four hours at Witkoff's Shell Bay club in Hallandale Beach."
        #expect(DatedArticle.meetings(text, on: "December 3, 2025") == ["talks Moscow 2025-12-02 held", "talks Hallandale Beach 2025-11-30 held"])
    }

    @Test func aVenueAPersonOwns() {
        let text = "Rustem Umerov and Marco Rubio met at Steve Witkoff's Shell Bay club on Sunday."
        #expect(DatedArticle.extract(text, on: "December 3, 2025").meetings.map(\.venue) == ["Shell Bay club"])
    }

    @Test func aJourneyElsewhereDatesNothing() {
        let text = lead + "Rustem Umerov flew to Berlin on November 30. He and Marco Rubio talked for about four hours in Hallandale Beach."
        #expect(DatedArticle.meetings(text, on: "December 3, 2025").last == "talks Hallandale Beach - held")
    }

    @Test func aMeetingBetweenPeopleThatBeganOnADayWasHeldThen() {
        let text = "Russian, Ukrainian and US delegations met in Abu Dhabi on Friday.\n\nThe round was agreed only hours earlier, at a "
            + "meeting in the Kremlin between Vladimir Putin and Steve Witkoff that began late on Thursday and lasted almost four hours."
        #expect(DatedArticle.meetings(text, on: "January 24, 2026") == ["talks Abu Dhabi 2026-01-23 held", "talks Moscow 2026-01-22 held"])
    }

    @Test func aMeetingNamedByTheCityOfASummitToldIsThatSummit() {
        let text = "Volodymyr Zelensky, who met Donald Trump at the World Economic Forum in Davos on Thursday, said territory was key."
            + "\n\nHe described his Davos meeting with Trump as productive."
        #expect(DatedArticle.meetings(text, on: "January 24, 2026") == ["summit Davos 2026-01-22 held"])
    }
}
