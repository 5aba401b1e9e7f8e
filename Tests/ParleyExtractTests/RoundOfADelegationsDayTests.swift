@testable import ParleyExtract
import Testing

/// A delegation told in a city on a day other than the reported round's sat at a round of its own; a round named by that
/// city is that round, and a club is a venue.
@Suite struct RoundOfADelegationsDayTests {
    private let report = "Top U.S. and Ukrainian officials met on Sunday.\n\n"

    @Test func aDelegationInACityOnAnotherDayIsAnotherRound() {
        let text = report + "Andriy Yermak had led the Ukrainian delegation in Geneva on Nov. 23. The U.S. delegation there was headed by "
            + "Marco Rubio."
        let x = DatedArticle.extract(text, on: "November 30, 2025")
        #expect(DatedArticle.meetings(text, on: "November 30, 2025") == ["talks - 2025-11-30 held", "talks Geneva 2025-11-23 held"])
        let geneva = x.meetings.first { $0.place == "Geneva" }?.id
        #expect(x.delegations.filter { $0.meeting == geneva }.map { "\($0.side) \($0.head ?? "-")" } == ["UA Andriy Yermak", "US Marco Rubio"])
    }

    @Test func aDelegationOnTheRoundsOwnDayIsThatRound() {
        let text = report + "Andriy Yermak led the Ukrainian delegation in Geneva on Sunday."
        #expect(DatedArticle.meetings(text, on: "November 30, 2025").count == 1)
    }

    @Test func theRoundNamedByAnotherRoundsCityPlacesNotTheReportedOne() {
        let text = report + "Andriy Yermak had led the Ukrainian delegation in Geneva on Nov. 23. The Geneva round produced a "
            + "slimmed-down framework."
        #expect(DatedArticle.meetings(text, on: "November 30, 2025").first == "talks - 2025-11-30 held")
    }

    @Test func aDelegationMetInACityOnADayIsTheVerbsOneMeeting() {
        let text = "Top U.S. and Ukrainian officials met in Miami on Sunday.\n\nDan Driscoll met a Russian delegation in Abu Dhabi on Nov. 24."
        #expect(DatedArticle.meetings(text, on: "November 30, 2025") == ["talks Miami 2025-11-30 held", "talks Abu Dhabi 2025-11-24 held"])
    }

    @Test func theDayOfTheDelegationsRoundAFewWordsOn() {
        let text = "US and Ukrainian negotiators met in Hallandale Beach on Sunday.\n\nAndriy Yermak had led Kyiv's team in Geneva a week "
            + "earlier, on 23 November, opposite a US team headed by Marco Rubio."
        #expect(DatedArticle.meetings(text, on: "December 1, 2025") == ["talks Hallandale Beach 2025-11-30 held", "talks Geneva 2025-11-23 held"])
    }

    @Test func aClubIsAVenue() {
        let text = "Top U.S. and Ukrainian officials met on Sunday. The talks took place at the Shell Bay club, a development owned by "
            + "Steve Witkoff."
        #expect(DatedArticle.extract(text, on: "November 30, 2025").meetings.map(\.venue) == ["Shell Bay club"])
    }
}
