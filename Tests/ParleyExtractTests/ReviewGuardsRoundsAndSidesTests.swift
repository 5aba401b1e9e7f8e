@testable import ParleyExtract
import Testing

/// Sentences this round's rules on counted rounds, regions, fronted cities, one-sided meetings, processes and third
/// sides must leave alone: each once lost or made a meeting, a place or a side the text does not tell.
@Suite struct ReviewGuardsRoundsAndSidesTests {
    @Test func theLastOfThreeRoundsIsARound() {
        let text = "On Wednesday, Russian and Ukrainian delegations held the last of three rounds of talks in Istanbul."
        #expect(DatedArticle.meetings(text, on: "July 24, 2025") == ["talks Istanbul 2025-07-23 held"])
    }

    @Test func talksNamedByACityAndAnEarlierYearAreOthers() {
        let text = "Russian and Ukrainian delegations met in Istanbul on June 2.\n\nThe 2022 Istanbul talks collapsed after the "
            + "discovery of atrocities in Bucha."
        #expect(DatedArticle.meetings(text, on: "June 3, 2025") == ["talks Istanbul 2025-06-02 held", "talks Istanbul 2022 held"])
    }

    @Test func aCityFrontingWhatASideSaidStillPlacesTheTalks() {
        let text = "In Geneva, Ukraine's chief negotiator Rustem Umerov said the talks with Russia were productive and would continue on Thursday."
        #expect(DatedArticle.meetings(text, on: "February 18, 2026").map { $0.hasPrefix("talks Geneva") } == [true])
    }

    @Test func meetingSomeoneWithNoOfficeIsNoTalks() {
        let text = "Ukrainian President Volodymyr Zelensky met Olena Kovalenko, the mother of a missing soldier, in Kyiv on February 10."
        #expect(DatedArticle.meetings(text, on: "February 18, 2026") == [])
    }

    @Test func thePeaceTalksWithAPlaceAndDayOfTheirOwnAreARound() {
        let text = "Officials involved in the peace talks in Istanbul on Friday said a prisoner swap had been agreed."
        #expect(DatedArticle.meetings(text, on: "May 17, 2025").contains { $0.hasPrefix("talks Istanbul") })
    }

    @Test func aThirdSideOnlyProposedIsNoSide() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Friday. Ukrainian President Volodymyr Zelensky had proposed "
            + "that the talks be trilateral, with the United States, but Moscow refused."
        #expect(DatedArticle.extract(text, on: "May 17, 2025").meetings.first?.parties == ["RU", "UA"])
    }
}

/// The second review's sentences: fronted cities of the speaker's state, rounds sat down to, heads named in a relative
/// clause, gatherings of ministers, calls in person, and the rules they bound.
@Suite struct SecondReviewGuardsTests {
    @Test func aCityOfTheSpeakersOwnStateIsWhereItWasSaid() {
        let text = "In Berlin, Chancellor Friedrich Merz said the talks between Russia and Ukraine showed that Moscow was not serious.\n\n"
            + "The delegations met in Istanbul on Friday."
        #expect(!DatedArticle.meetings(text, on: "November 24, 2025").contains { $0.contains("Berlin") })
    }

    @Test func aRoundToComeAfterTalkingIsNotDatedByTheRound() {
        let text = "American and Ukrainian negotiators held talks in Geneva on Sunday.\n\nAfter talking with the Americans, Umerov said "
            + "the Ukrainian delegation would meet the Russians in Abu Dhabi."
        #expect(DatedArticle.meetings(text, on: "November 24, 2025").contains("talks Abu Dhabi - planned"))
    }

    @Test func whoAppointedAnotherToLeadIsNoHead() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Friday. President Volodymyr Zelensky, who appointed Rustem "
            + "Umerov to lead the Ukrainian delegation, stayed in Kyiv."
        #expect(DatedArticle.extract(text, on: "May 17, 2025").delegations.first { $0.side == "UA" }?.head != "Volodymyr Zelensky")
    }

    @Test func whoFlewInToLeadTheSideIsItsHead() {
        let text = "American and Ukrainian negotiators held talks in Geneva on Sunday.\n\nU.S. Secretary of State Marco Rubio, who flew "
            + "in on Sunday morning to lead the American side, called the session worthwhile."
        #expect(DatedArticle.extract(text, on: "November 24, 2025").delegations.first { $0.side == "US" }?.head == "Marco Rubio")
    }

    @Test(arguments: [
        "Diplomats involved in the peace talks on ending the war said little.",
        "Despite the failure of two rounds of talks in Istanbul, Ukraine wants more.",
        "Russian Foreign Minister Sergei Lavrov attended the G20 gathering of foreign ministers in Johannesburg in February.",
    ])
    func noMeeting(text: String) {
        #expect(DatedArticle.meetings(text, on: "November 24, 2025") == [])
    }

    @Test func theGroupOf20GatheringIsALeadersMeeting() {
        let text = "Canadian Prime Minister Mark Carney met other leaders on the sidelines of the Group of 20 gathering in Johannesburg on Saturday."
        #expect(DatedArticle.meetings(text, on: "November 24, 2025").contains("summit Johannesburg 2025-11-22 held"))
    }

    @Test func trilateralPeaceTalksHaveThreeSides() {
        let text = "Russian and Ukrainian delegations held trilateral peace talks with the United States in Abu Dhabi on Friday."
        #expect(DatedArticle.extract(text, on: "February 7, 2026").meetings.first?.parties == ["RU", "UA", "US"])
    }

    @Test func aForeignSecretaryHoldsAnOffice() {
        let text = "Ukrainian President Volodymyr Zelensky met Foreign Secretary Yvette Cooper in Kyiv on February 10."
        #expect(DatedArticle.meetings(text, on: "February 18, 2026") == ["talks Kyiv 2026-02-10 held"])
    }

    @Test func aCallAtAPlaceIsNoCallOnTwoDays() {
        let text = "Only last Thursday, US President Donald Trump announced after a phone call with Russian President Vladimir Putin "
            + "that the two would meet in Budapest.\n\nViktor Orban spoke with Trump at the White House on Friday and with Putin by "
            + "phone on Saturday."
        #expect(!DatedArticle.meetings(text, on: "October 22, 2025").contains("call - 2025-10-18 held"))
    }
}
