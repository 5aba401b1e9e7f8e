@testable import ParleyExtract
import Testing

/// A meeting noun keeps out of the day and place of a clause of its own ("since their 2018 summit", "after Witkoff met
/// Putin in Moscow on Aug. 6"); a discourse aside does not hide who met; a round to continue "in Abu Dhabi next week" is
/// ahead.
@Suite struct MeetingClausesOfTheirOwnTests {
    @Test func aMeetingTakesNoDayOfTheSummitSinceWhich() {
        let text = "It was the first face-to-face meeting between the two leaders since their 2018 summit in Helsinki."
        #expect(DatedArticle.meetings(text, on: "16.08.2025") == ["summit - - held", "summit Helsinki 2018 held"])
    }

    @Test func aSummitTakesNoPlaceOrDayOfAMeetingAfterWhichItCame() {
        let text = "The summit was arranged after Steve Witkoff met Vladimir Putin in Moscow on Aug. 6 for about three hours."
        #expect(DatedArticle.meetings(text, on: "16.08.2025") == ["summit - - held", "talks Moscow 2025-08-06 held"])
    }

    @Test func aDiscourseAsideDoesNotHideWhoMet() {
        let text = "Negotiators from Russia, Ukraine and the United States wrapped up two days of talks in Abu Dhabi on Saturday."
            + "\n\nVolodymyr Zelensky, for his part, met Donald Trump on Thursday on the sidelines of the World Economic Forum in "
            + "Davos, Switzerland."
        #expect(DatedArticle.meetings(text, on: "25.01.2026") == ["talks Abu Dhabi 2026-01-23 held", "summit Davos 2026-01-22 held"])
    }

    @Test func talksToContinueInACityNextWeekAreAhead() {
        let text = "Negotiators from Russia, Ukraine and the United States wrapped up two days of talks in Abu Dhabi on Saturday."
            + "\n\nSteve Witkoff said the parties had agreed to continue the talks in Abu Dhabi next week."
        #expect(DatedArticle.meetings(text, on: "25.01.2026") == ["talks Abu Dhabi 2026-01-23 held", "talks Abu Dhabi - planned"])
    }
}
