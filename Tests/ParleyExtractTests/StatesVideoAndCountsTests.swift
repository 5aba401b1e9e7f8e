@testable import ParleyExtract
import Testing

/// States of several words, video conferences, counts that run on before a day, one-sided meetings, coordinated places
/// and bodies' own sittings.
@Suite struct StatesVideoAndCountsTests {
    @Test func talksWithAStateOfTwoWordsAreNoLeadersMeeting() {
        let text = "The exchange followed talks with the United States in Abu Dhabi."
        #expect(DatedArticle.meetings(text, on: "February 6, 2026").map { $0.hasPrefix("talks Abu Dhabi") } == [true])
    }

    @Test func aStateOfSeveralWordsAfterTheIsAPlace() {
        let text = "American and Ukrainian negotiators are expected to meet again in the United States at the weekend."
        #expect(DatedArticle.meetings(text, on: "December 16, 2025") == ["talks United States - planned"])
    }

    @Test func anExchangeIsDatedPastItsCountsOwnWords() {
        let text = "The second Abu Dhabi round was followed by an exchange of 157 prisoners of war from each side on February 5."
        #expect(DatedArticle.meetings(text, on: "February 18, 2026") == ["exchange - 2026-02-05 held"])
    }

    @Test func oneSideOfStateUntoldMeetsWithItsOwnPlaceAndDay() {
        let text = "Foreign Minister Ignazio Cassis met Russian Foreign Minister Sergei Lavrov in Moscow on February 6."
        #expect(DatedArticle.meetings(text, on: "February 18, 2026") == ["talks Moscow 2026-02-06 held"])
    }

    @Test(arguments: [
        // No place or day of its own: too loose to tell a meeting.
        "Foreign Minister Ignazio Cassis met Russian Foreign Minister Sergei Lavrov last week.",
        // A verb of speaking is no meeting in person.
        "Foreign Minister Ignazio Cassis spoke with Russian Foreign Minister Sergei Lavrov in Moscow on February 6.",
    ])
    func oneSideNeedsAMeetingVerbPlaceAndDay(text: String) {
        #expect(!DatedArticle.meetings(text, on: "February 18, 2026").contains { $0.hasPrefix("talks") })
    }

    @Test func talksAgainInARegionLastSunday() {
        let text = "The plan was trimmed after talks with Ukrainian officials in Geneva on November 23 and in Florida last Sunday."
        #expect(DatedArticle.meetings(text, on: "December 3, 2025") == ["talks Geneva 2025-11-23 held", "talks Florida 2025-11-30 held"])
    }

    @Test func anUnlistedCityRightAfterTheirMeeting() {
        let text = "Mr. Modi told Russian President Vladimir Putin at their meeting in Samarkand in September 2022 that peace matters."
        #expect(DatedArticle.meetings(text, on: "December 3, 2025") == ["summit Samarkand 2022-09 held"])
    }

    @Test func aVideoConferenceTakenPartInOnADay() {
        let text = "Prime Minister Kyriakos Mitsotakis took part on Sunday in a video conference of the so-called coalition of the "
            + "willing, convened at the initiative of France, with Zelensky also participating."
        #expect(DatedArticle.meetings(text, on: "August 19, 2025") == ["summit - 2025-08-17 held"])
    }

    @Test func aVideoConferenceOfALeadersGroupOwnedByItsUnion() {
        let text = "European Council President António Costa said he had convened a video conference of the EU's leaders for Tuesday."
        #expect(DatedArticle.meetings(text, on: "August 19, 2025").map { $0.hasPrefix("summit - 2025-08-19") } == [true])
    }

    @Test(arguments: [
        "Prime Minister Andrej Babiš told journalists on Monday after the first meeting of his cabinet.",
        "The decision came at a meeting of the government in Prague on Monday.",
    ])
    func aBodysOwnSittingIsNoMeeting(text: String) {
        #expect(DatedArticle.meetings(text, on: "December 16, 2025") == [])
    }
}
