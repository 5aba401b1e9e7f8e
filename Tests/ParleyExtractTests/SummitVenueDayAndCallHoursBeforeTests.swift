@testable import ParleyExtract
import Testing

/// An undated summit held takes the day told right after a venue in its city; time two leaders spent doing something is
/// a meeting; a call "hours before" someone arrived is of the day of the meeting they came to.
@Suite struct SummitVenueDayAndCallHoursBeforeTests {
    @Test func theDayAfterTheVenueOfAnUndatedSummit() {
        let text = "Allies committed to a force after a summit of the so-called coalition of the willing in Paris.\n\nEmmanuel Macron and "
            + "Volodymyr Zelensky signed a declaration of intent at the Élysée Palace on Tuesday evening."
        #expect(DatedArticle.meetings(text, on: "Published January 7 2026") == ["summit Paris 2026-01-06 held"])
    }

    @Test func timeTwoLeadersSpentGoingThroughAPlanIsTheirMeeting() {
        let text = "At Mar-a-Lago on December 28, Donald Trump and Volodymyr Zelensky spent nearly three hours going through a "
            + "20-point framework."
        #expect(DatedArticle.meetings(text, on: "Published January 7 2026") == ["summit Palm Beach 2025-12-28 held"])
    }

    @Test func timeOneLeaderSpentDoingSomethingIsNoMeeting() {
        let text = "Volodymyr Zelensky spent three hours touring the front line on Monday."
        #expect(DatedArticle.meetings(text, on: "Published January 7 2026").isEmpty)
    }

    @Test func aCallHoursBeforeSomeoneArrivedIsOfTheirMeetingsDay() {
        let text = "At Mar-a-Lago on December 28, Donald Trump and Volodymyr Zelensky spent nearly three hours going through a "
            + "20-point framework.\n\nTrump spoke to Vladimir Putin by phone hours before Zelensky arrived."
        #expect(DatedArticle.meetings(text, on: "Published January 7 2026") == ["summit Palm Beach 2025-12-28 held", "call - 2025-12-28 held"])
        #expect(DatedArticle.extract(text, on: "Published January 7 2026").meetings.last?.parties == ["US", "RU"])
    }
}
