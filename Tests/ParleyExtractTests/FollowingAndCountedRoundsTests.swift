@testable import ParleyExtract
import Testing

/// Days that belong to the event told before "following", meetings told in a clause of time after a round, rounds
/// counted together, and a place where something was said.
@Suite struct FollowingAndCountedRoundsTests {
    @Test func theDayBeforeFollowingIsTheExchangesAndTheTalksTakeTheirOwn() {
        let text = "Russia and Ukraine exchanged 314 prisoners of war, 157 from each side, on Thursday, following a second round of "
            + "trilateral talks with the United States in Abu Dhabi.\n\nU.S. special envoy Steve Witkoff, who headed the American "
            + "delegation at the talks on Wednesday and Thursday, said the agreement on the exchange had been reached."
        #expect(DatedArticle.meetings(text, on: "February 6, 2026") == ["exchange - 2026-02-05 held", "talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func aMeetingInAClauseOfTimeIsCountedBackAtItsOwnVenue() {
        let text = "Russian and Ukrainian negotiators met in Abu Dhabi on Friday.\n\nThe first round of the trilateral talks was held "
            + "in the Emirati capital on Jan. 23 and 24, a day after U.S. envoy Steve Witkoff and Jared Kushner met Russian President Vladimir Putin at "
            + "the Kremlin for more than three hours."
        #expect(DatedArticle.meetings(text, on: "February 6, 2026").contains("talks Moscow 2026-01-22 held"))
    }

    @Test func roundsCountedTogetherAreNoMeeting() {
        let text = "Russia and Ukraine had last exchanged prisoners on Oct. 2, under arrangements reached during three rounds of "
            + "direct talks in Istanbul last year."
        #expect(!DatedArticle.meetings(text, on: "February 6, 2026").contains { $0.hasPrefix("talks") })
    }

    @Test func roundsCountedWithTheirDaysAreEachAMeeting() {
        let text = "This year, Russia and Ukraine have conducted two rounds of direct peace discussions, the first occurring on "
            + "May 16 and the second on June 2."
        #expect(DatedArticle.meetings(text, on: "July 20, 2025") == ["talks - 2025-05-16 held", "talks - 2025-06-02 held"])
    }

    @Test func aCityFrontingWhatWasSaidPlacesNoTalks() {
        let text = "Russian and Ukrainian delegations met in Abu Dhabi on Thursday.\n\nIn Tokyo, a senior Foreign Ministry official "
            + "welcomed the swap, saying Japan hopes the talks will lead to a just and lasting peace."
        #expect(!DatedArticle.meetings(text, on: "February 6, 2026").contains { $0.contains("Tokyo") })
    }
}
