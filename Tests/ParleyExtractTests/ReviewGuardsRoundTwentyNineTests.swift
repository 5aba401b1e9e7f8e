@testable import ParleyExtract
import Testing

/// What this round's rules must not read: each case is a sentence the rules first got wrong.
@Suite struct ReviewGuardsRoundTwentyNineTests {
    private func meetings(_ text: String, on day: String) -> [String] { DatedArticle.meetings(text, on: day) }

    @Test func andAgainAfterAnotherClauseIsNoMeetingAgain() {
        #expect(meetings("Ukrainian President Volodymyr Zelensky met US President Donald Trump in Washington on 18 August, and Russian "
            + "missiles hit Kyiv the same night and again in Lviv on 20 August.", on: "30.12.2025") == ["summit Washington 2025-08-18 held"])
    }

    @Test func theyAfterTheTwoTeamsAreNotTheLeaders() {
        #expect(!meetings("Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin have not met since 2019. The two "
            + "negotiating teams met in Istanbul on Monday. They met in Istanbul on May 16 as well.", on: "06.06.2025")
            .contains { $0.hasPrefix("summit") })
    }

    @Test(arguments: ["Turkish President Recep Tayyip Erdogan offered to host a three-way meeting.",
                      "Lithuanian President Gitanas Nauseda said a three-way meeting of Baltic leaders would take place soon."])
    func noThreeWaySummitWithoutTheThirdNamed(text: String) {
        #expect(meetings("Donald Trump met Vladimir Putin in Anchorage on Friday. " + text, on: "17.08.2025") == ["summit Anchorage 2025-08-15 held"])
    }

    @Test(arguments: ["Kyiv refused to continue talks until Moscow agreed to a ceasefire.", "Russia said it saw no reason to continue the talks."])
    func talksNotToBeContinuedAreNoneToCome(text: String) {
        #expect(!meetings("Russian and Ukrainian delegations met in Istanbul on Monday. " + text, on: "03.06.2025").contains { $0.hasSuffix("planned") })
    }

    @Test func aMeetingOfAMonthToComeIsNotOfTheYearBefore() {
        #expect(meetings("The summit of June will be held in The Hague.", on: "10.01.2025") == ["summit The Hague - planned"])
    }

    @Test func aStateSetOffAfterACityIsNoOtherPlace() {
        #expect(meetings("After rounds of talks in Abu Dhabi, UAE and Geneva, the sides are closer to a deal.", on: "20.02.2026")
            .filter { $0.contains("Abu Dhabi") }.count == 1)
    }

    @Test func aDayOpeningAClauseOfATitledPersonIsNotTheListedTalks() {
        #expect(!meetings("The plan was refined through talks in Geneva, Florida and Berlin, and on 28 December Ukrainian President "
            + "Volodymyr Zelensky met US President Donald Trump at Mar-a-Lago.", on: "30.12.2025").contains("talks Florida 2025-12-28 held"))
    }

    @Test func aCleftOfAnotherMeetingIsThatMeeting() {
        #expect(meetings("Russian and Ukrainian delegations met in Istanbul on Monday. It was a meeting with Erdogan in Ankara on Sunday "
            + "that set the stage.", on: "03.06.2025").contains("summit Ankara 2025-06-01 held"))
    }

    @Test func callsForASummitPutItForward() {
        #expect(meetings("The move came amid calls from European capitals for a summit with Russian President Vladimir Putin.",
                         on: "10.12.2025") == ["summit - - proposed"])
    }

    @Test func aRoundAnAgreementCouldComeAtIsNotHeld() {
        #expect(!meetings("The sides could agree on a new prisoner exchange at a second round of talks, officials said.", on: "20.05.2025")
            .contains { $0.hasSuffix("held") })
    }

    @Test func talksADocumentWasSignedAfterTakeNoDayOfTheSigning() {
        #expect(meetings("Ukraine and the US signed a minerals deal on 30 April. The document was signed after months of talks in "
            + "Washington and Kyiv.", on: "30.12.2025").allSatisfy { !$0.contains("2025-04-30") })
    }

    @Test func surnamesThatAreLandformsOrRanksStayPeople() {
        #expect(DatedArticle.claims("Anthony Lake, a former US national security adviser, said the plan favoured Moscow.", on: "10.12.2025")
            == ["Anthony Lake | the plan favoured Moscow"])
    }

    @Test func headsOfWhatStatesOwnAreNoLeadersOfThem() {
        #expect(meetings("Ukrainian President Volodymyr Zelensky met the heads of France's and Germany's intelligence services in Kyiv "
            + "on Monday.", on: "19.08.2025").isEmpty)
    }

    @Test func aBodyAfterAnotherPlaceIsNotTheOneNamedInFull() {
        #expect(DatedArticle.claims("The White House Press Office said Donald Trump would meet Volodymyr Zelensky. In Kyiv, the Press "
            + "Office said Zelensky would travel on Sunday.", on: "10.12.2025").last == "Press Office | Zelensky would travel on Sunday")
    }

    @Test func aParticipleBeforeADemonymIsNoFrontedPhrase() {
        #expect(DatedArticle.claims("Visiting European leaders said the plan was flawed, Ukrainian President Volodymyr Zelensky said.",
                                    on: "10.12.2025").first?.hasPrefix("Volodymyr Zelensky |") == true)
    }
}
