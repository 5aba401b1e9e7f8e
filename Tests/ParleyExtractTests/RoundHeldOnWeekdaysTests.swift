@testable import ParleyExtract
import Testing

/// A round "wrapped up" was held; "The talks, held Wednesday and Thursday, ..." are dated by their first day; "a first
/// trilateral round" is numbered; the delegations after a sentence whose talks "followed" an earlier round sat at the talks.
@Suite struct RoundHeldOnWeekdaysTests {
    private let lead = "Russian, Ukrainian and US negotiators met in Abu Dhabi.\n\n"

    @Test func aRoundThatWrappedUpWasHeld() {
        let text = "Steve Witkoff said Thursday as a second round of trilateral talks with the United States wrapped up in Abu Dhabi."
        #expect(DatedArticle.meetings(text, on: "Thu February 5, 2026").map { $0.hasSuffix("held") } == [true])
    }

    @Test func talksHeldOnTwoWeekdaysAreDatedByTheFirst() {
        let text = lead + "The talks, held Wednesday and Thursday in the Emirati capital, ended without a deal."
        #expect(DatedArticle.meetings(text, on: "Thu February 5, 2026") == ["talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func theRoundTheTalksFollowedIsAnotherAndNotTheDelegations() {
        let text = lead + "The talks, held Wednesday and Thursday in the Emirati capital, followed a first trilateral round there on "
            + "January 23 and 24. Ukraine's delegation was led by Rustem Umerov."
        let x = DatedArticle.extract(text, on: "Thu February 5, 2026")
        #expect(DatedArticle.meetings(text, on: "Thu February 5, 2026") == ["talks Abu Dhabi 2026-02-04 held", "talks Abu Dhabi 2026-01-23 held"])
        #expect(x.delegations.filter { $0.head == "Rustem Umerov" }.map(\.meeting) == [x.meetings[0].id])
    }
}
