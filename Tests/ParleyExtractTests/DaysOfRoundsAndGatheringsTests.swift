@testable import ParleyExtract
import Testing

/// Talks that tell their own time, a round named by its city with its day after, leaders holding a video conference, a
/// day after a venue's appositive, and a hope voiced on a day.
@Suite struct DaysOfRoundsAndGatheringsTests {
    @Test func weekendTalksTakeNotTheStatementsDayButTheirOwn() {
        let text = "Kyiv said on Tuesday it had reached a common understanding with Washington, after weekend talks in Geneva cut back "
            + "a US draft.\n\nThe Geneva round on Sunday brought together a US delegation led by Secretary of State Marco Rubio and "
            + "a Ukrainian team headed by Andriy Yermak."
        #expect(DatedArticle.meetings(text, on: "25/11/2025") == ["talks Geneva 2025-11-23 held"])
    }

    @Test func coalitionLeadersDueToHoldAVideoConferenceMeetOnTheirDay() {
        let text = "The leaders of the so-called coalition of the willing, the group of mostly European countries preparing security "
            + "guarantees for Ukraine, were due to hold a video conference on Tuesday afternoon."
        #expect(DatedArticle.meetings(text, on: "25/11/2025") == ["summit - 2025-11-25 planned"])
    }

    @Test func officialsHoldingAVideoConferenceWithAFundAreNoLeadersMeeting() {
        #expect(DatedArticle.meetings("Ukrainian officials held a video conference with the IMF on Monday.", on: "25/11/2025").isEmpty)
    }

    @Test func aDayAfterTheVenuesAppositiveIsTheMeetings() {
        let text = "The two leaders, Donald Trump and Vladimir Putin, met for about three hours at Joint Base Elmendorf-Richardson, a "
            + "Cold War-era air base on the edge of Anchorage, on Friday local time."
        #expect(DatedArticle.meetings(text, on: "Sun 17 Aug 2025") == ["summit Anchorage 2025-08-15 held"])
    }

    @Test func aHopeVoicedOnADayDatesNoMeetingToCome() {
        let text = "Foreign Minister Hakan Fidan on Friday voiced hope that the leaders of Russia, Ukraine and the United States "
            + "would soon meet in Istanbul."
        #expect(DatedArticle.extract(text, on: "Jul 25, 2025").meetings.map { $0.date } == [nil])
    }
}
