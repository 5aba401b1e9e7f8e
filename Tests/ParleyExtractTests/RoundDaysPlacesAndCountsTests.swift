@testable import ParleyExtract
import Testing

/// The count of a swap told after its noun's "of".
@Suite struct SwapOfACountTests {
    @Test func aSwapOfACountFromEachSideTakesTheMonthAfterIt() {
        let text = "Russia and Ukraine carried out a swap of 1,000 prisoners from each side in May."
        #expect(DatedArticle.meetings(text, on: "Sun 17 Aug 2025") == ["exchange - 2025-05 held"])
    }
}

/// Rounds named by their city before the noun, and a next round told as held.
@Suite struct RoundsNamedAndHeldTests {
    @Test func roundsNamedByTheirCityTakeItOnEachDay() {
        let text = "Russia's team at the two Abu Dhabi rounds, on January 23-24 and February 4-5, was led by Admiral Igor Kostyukov."
        #expect(DatedArticle.meetings(text, on: "27 February 2026") == ["talks Abu Dhabi 2026-01-23 held", "talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func aNextRoundToldAsHeldIsHeld() {
        let text = "Russian and Ukrainian negotiators met in Abu Dhabi on February 4.\n\nMoscow sent a different team to the next round, "
            + "held in Geneva on February 17-18."
        #expect(DatedArticle.meetings(text, on: "27 February 2026").contains("talks Geneva 2026-02-17 held"))
    }

    @Test func aNextRoundToBeHeldIsStillToCome() {
        let text = "Russian and Ukrainian negotiators met in Abu Dhabi on February 4.\n\nThe next round will be held in Geneva on March 3."
        #expect(DatedArticle.meetings(text, on: "27 February 2026").contains("talks Geneva 2026-03-03 planned"))
    }
}

/// Days of talks that ended on a day told after them, and a day counted in its own sentence.
@Suite struct DaysCountedInTheSentenceTests {
    @Test func daysOfTalksThatEndedOnADayBeganDaysBefore() {
        let text = "Two days of trilateral talks between Ukraine, the United States and Russia at the InterContinental hotel in Geneva "
            + "ended on Wednesday without a breakthrough."
        #expect(DatedArticle.meetings(text, on: "Feb 19, 2026") == ["talks Geneva 2026-02-17 held"])
    }

    @Test func theSameDayIsTheDayTheSentenceToldBefore() {
        let text = "The previous rounds were held in Abu Dhabi, on Jan. 23-24 and Feb. 4-5.\n\nOn Feb. 5, the delegations agreed to "
            + "exchange 314 prisoners, and the swap was carried out the same day."
        #expect(DatedArticle.meetings(text, on: "Feb 19, 2026").contains("exchange - 2026-02-05 held"))
    }
}

/// A summit of a group named "so-called", placed and dated past the group's name.
@Suite struct SoCalledGroupSummitTests {
    @Test(arguments: ["so-called Coalition of the Willing", "so called coalition of the willing"])
    func aSummitOfASoCalledGroupTakesItsVenueAndDay(_ group: String) {
        let text = "At a summit of the \(group) at the Élysée Palace on Jan. 6, leaders and officials from 35 countries met."
        let found = DatedArticle.extract(text, on: "Feb 19, 2026").meetings
        #expect(found.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" } == ["Paris Élysée Palace 2026-01-06"])
    }
}

/// A round wrapped up on a day it names, three states listed before the talks, and time spent together elsewhere.
@Suite struct WrappedUpAndSpentElsewhereTests {
    static let lead = "Negotiators from the United States, Russia and Ukraine wrapped up two days of closed-door talks in the Emirati "
        + "capital on Saturday."

    @Test func talksWrappedUpOnADayTheyNameBeganDaysBefore() {
        #expect(DatedArticle.meetings(Self.lead, on: "January 24, 2026") == ["talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func threeStatesListedBeforeTheTalksAreItsSides() {
        #expect(DatedArticle.extract(Self.lead, on: "January 24, 2026").meetings.first?.parties == ["RU", "UA", "US"])
    }

    @Test func timeSpentTogetherAtAnotherPlaceIsAnotherMeeting() {
        let text = Self.lead + "\n\nOn Thursday, U.S. envoy Steve Witkoff spent nearly four hours with Russian President Vladimir "
            + "Putin at the Kremlin."
        #expect(DatedArticle.meetings(text, on: "January 24, 2026") == ["talks Abu Dhabi 2026-01-23 held", "talks Moscow 2026-01-22 held"])
    }
}

/// Rounds enumerated across a paragraph, and an exchange told done past its count and an appositive.
@Suite struct EnumeratedRoundsAndDoneExchangesTests {
    @Test func theSecondRoundAParagraphOnIsStillOneOfThoseCounted() {
        let text = "Wednesday's session followed two earlier rounds of direct talks, both hosted by Türkiye. The first, on May 16 at "
            + "the Dolmabahçe Palace, was the first direct meeting since 2022.\n\nThe second, held on June 2 at the Çırağan Palace, "
            + "ended with an agreement to return the bodies of fallen soldiers."
        #expect(DatedArticle.meetings(text, on: "July 24, 2025").contains("talks Istanbul 2025-06-02 held"))
    }

    @Test func anExchangeToldDonePastItsCountAndAnAppositiveTakesItsMonth() {
        let text = "Russian and Ukrainian negotiators agreed on a fresh exchange of prisoners in Istanbul on Wednesday.\n\nThe first "
            + "round produced an exchange of 1,000 prisoners for 1,000, the largest of the war, which was carried out over three "
            + "days in late May."
        #expect(DatedArticle.meetings(text, on: "July 24, 2025").contains("exchange - 2025-05 held"))
    }
}

/// Talks another meeting followed, at a city of their own.
@Suite struct TalksAnotherMeetingFollowedTests {
    static let lead = "Russian President Vladimir Putin held about five hours of talks with Donald Trump's envoys in Moscow on Tuesday.\n\n"

    @Test func talksFollowedAtAnotherCityAreAnotherRound() {
        let text = Self.lead + "The Kremlin session followed talks on Sunday at Witkoff's Shell Bay golf club in Hallandale Beach, "
            + "Florida, where a US team met a Ukrainian delegation led by Rustem Umerov."
        #expect(DatedArticle.meetings(text, on: "December 3, 2025") == ["talks Moscow 2025-12-02 held", "talks Hallandale Beach 2025-11-30 held"])
    }
}
