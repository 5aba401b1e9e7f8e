@testable import ParleyExtract
import Testing

/// One case per finding of the review of this round's rules: each sentence made a wrong meeting, date, place, claim or
/// figure before the mend.
@Suite struct ReviewGuardsDaysAndOfficesTests {
    static let day = "February 10, 2026"

    @Test func theSameDayIsNotOneToldInARelativeClause() {
        let text = "Russia and Ukraine, which held their first direct talks in three years in Istanbul on May 16, 2025, agreed on "
            + "Monday to exchange 300 prisoners each, and the swap was carried out the same day."
        #expect(DatedArticle.meetings(text, on: Self.day).contains("exchange - 2026-02-09 held"))
    }

    @Test func aDayTheTalksBeganOnIsNotTheDayTheyEnded() {
        let text = "Russian, Ukrainian and US negotiators wrapped up two days of talks in Abu Dhabi that began on Wednesday."
        #expect(DatedArticle.meetings(text, on: "February 8, 2026") == ["talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func anotherYearInARelativeClauseStillLetsTheSentencePlaceTheRound() {
        let text = "Russian and Ukrainian delegations held direct talks on Friday.\n\nThe talks took place in Istanbul, which also "
            + "hosted failed negotiations in March 2022."
        #expect(DatedArticle.meetings(text, on: Self.day).first == "talks Istanbul 2026-02-06 held")
    }

    @Test func timeSpentGoingOverAPlaceIsNotSpentThere() {
        let text = "Ukrainian and US negotiators held talks in Miami on Saturday.\n\nSteve Witkoff spent nearly four hours with Rustem "
            + "Umerov going over the front line in Donetsk and the fate of the Zaporizhzhia nuclear plant."
        #expect(DatedArticle.meetings(text, on: Self.day) == ["talks Miami 2026-02-07 held"])
    }

    @Test func aDelegationOnceExpectedButNotLedIsNoRoundToCome() {
        let text = "Russian and Ukrainian delegations held direct talks in Istanbul on Friday.\n\nForeign Minister Andrii Sybiha had "
            + "been expected to lead the Ukrainian delegation to Istanbul, but Zelensky sent Defence Minister Rustem Umerov instead."
        #expect(DatedArticle.meetings(text, on: Self.day) == ["talks Istanbul 2026-02-06 held"])
    }

    @Test func discussionsAmongOneSidesOfficialsAreNoTalks() {
        let text = "The Kremlin said two days of discussions among Russian officials on Monday and Tuesday had produced no decision."
        #expect(DatedArticle.meetings(text, on: Self.day).isEmpty)
    }

    @Test func anOrdinalAfterOtherThingsCountedIsNoRound() {
        let text = "Russia and Ukraine have held three rounds of direct talks in Istanbul this year.\n\nZelensky has signed two decrees "
            + "on sanctions since then. The first, issued on June 20, targets Russian banks."
        #expect(!DatedArticle.meetings(text, on: "August 10, 2025").contains { $0.contains("06-20") })
    }

    @Test func aVideoConferenceHeldByOthersThanTheLeadersIsNoSummit() {
        let text = "After European leaders rejected the plan, Ukrainian army chief Oleksandr Syrskyi held a video conference with his "
            + "commanders on Monday."
        #expect(DatedArticle.meetings(text, on: Self.day).isEmpty)
    }

    @Test(arguments: [
        "Dmitry Peskov welcomed the readiness of the Ukrainian delegation to continue the talks in Istanbul.",
        "Volodymyr Zelensky welcomed the European leaders' commitment to providing security guarantees.",
    ])
    func somethingWelcomedIsStillAClaim(_ text: String) {
        #expect(DatedArticle.extract(text, on: Self.day).claims.count == 1)
    }

    @Test(arguments: [
        "The United States offered Ukraine security guarantees for 15 years, in a war that has now lasted almost four years.",
        "The Kremlin said a ceasefire of 30 days was possible, adding that the United States had taken 10 days to reply.",
    ])
    func aLaterCountNotJoinedToAFigureTakesNotItsTopic(_ text: String) {
        #expect(DatedArticle.extract(text, on: Self.day).figures.count == 1)
    }

    @Test func laterOnAWeekdayStillAheadIsAhead() {
        let text = "Donald Trump will hold a phone call with Vladimir Putin later Monday, before he meets Volodymyr Zelensky."
        #expect(DatedArticle.meetings(text, on: "December 27, 2025").first == "call - 2025-12-29 planned")
    }

    @Test func aChancellorIsNoPresident() {
        let text = "German Chancellor Friedrich Merz hosted Volodymyr Zelensky in Berlin on Monday.\n\nThe German President now says "
            + "Europe must have a seat at the table."
        #expect(!DatedArticle.extract(text, on: Self.day).claims.contains { $0.speaker == "Friedrich Merz" })
    }

    @Test func anOfficeOwningAPlanIsNoSideOfTheCall() {
        let text = "Donald Trump and Vladimir Putin discussed the French president's plan for a European force in a phone call on Monday."
        #expect(DatedArticle.extract(text, on: Self.day).meetings.map { $0.parties.sorted() } == [["RU", "US"]])
    }

    @Test(arguments: [
        "Russian and Ukrainian negotiators met under heavy American pressure for talks in Istanbul on Friday.",
        "Russian and Ukrainian negotiators met in Istanbul on Friday. Leaders from the UK, France, Germany, and Poland deemed "
            + "Russia's approach to negotiations unacceptable.",
    ])
    func statesNotListedAsTheTalksOwnAreNoThirdSide(_ text: String) {
        #expect(DatedArticle.extract(text, on: Self.day).meetings.first?.parties == ["RU", "UA"])
    }

    @Test func twoDaysFarApartAreNoSpanOfDays() {
        let text = "Ukrainian and Russian negotiators last met in Istanbul on 2 and 23 July."
        #expect(DatedArticle.meetings(text, on: "July 30, 2025").contains("talks Istanbul 2025-07-23 held"))
    }
}
