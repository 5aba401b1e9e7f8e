@testable import ParleyExtract
import Testing

/// What this round's rules must not read: each case is a sentence the rules first got wrong.
@Suite struct ReviewGuardsRoundTwentyEightTests {
    private func claims(_ text: String) -> [String] { DatedArticle.claims(text, on: "18.02.2026") }
    private func meetings(_ text: String, on day: String = "18.02.2026") -> [String] { DatedArticle.meetings(text, on: day) }
    private let round = "Closed-door talks between Russia, Ukraine and the United States began in Geneva on Tuesday.\n\n"

    @Test(arguments: ["The prisoners were exchanged according to the agreement.", "Everything went according to plan.",
                      "Troops will withdraw according to the plan agreed in Geneva."])
    func accordingToAThingFollowedIsNoSource(text: String) {
        #expect(claims(text).isEmpty)
    }

    @Test(arguments: ["Volodymyr Zelensky said that, and then the talks in Geneva collapsed.",
                      "Dmitry Peskov has said that, repeatedly, since the talks in Istanbul ended."])
    func thatAsWhatWasSaidOpensNoWords(text: String) {
        #expect(claims(text).isEmpty)
    }

    @Test func theReportersAsideOnWhatCameLaterIsNotTheSpeakers() {
        #expect(claims("Dmitry Peskov said the talks would continue, as Vladimir Putin would later confirm in a televised address.")
            == ["Dmitry Peskov | the talks would continue"])
    }

    @Test func aQuotationOfAnotherVerbOfSayingKeepsItsSpeaker() {
        #expect(claims("Donald Trump said that Volodymyr Zelensky told him this: \u{201C}I want peace.\u{201D}").contains("Volodymyr Zelensky | I want peace."))
    }

    @Test func aWordOfReleasingDoesNotHideTalksToldWithoutAMeetingWord() {
        #expect(meetings("The plan was reworked by American and Ukrainian negotiators in Geneva on November 23 and returned to Moscow.",
                         on: "18.12.2025") == ["talks Geneva 2025-11-23 held"])
    }

    @Test(arguments: ["Volodymyr Zelensky has not returned to the White House since February.",
                      "If Volodymyr Zelensky went to the Kremlin, he would be arrested.",
                      "Steve Witkoff returned to the Kremlin on Thursday.", "Rustem Umerov travelled to the White House on Tuesday."])
    func noSummitOfAVisitDeniedSupposedOrNotALeaders(text: String) {
        #expect(meetings(text).isEmpty)
    }

    @Test(arguments: ["Rustem Umerov led Ukraine's negotiators in Istanbul in 2022, but on 16 February he resigned.",
                      "Rustem Umerov led Ukraine's negotiators in Istanbul in May, and on 3 February he briefed lawmakers."])
    func aLeadersTeamTakesNoDayOfAnotherClause(text: String) {
        #expect(meetings(text).isEmpty)
    }

    @Test func roundsWithTheirNounLeftOutNeedAPlaceOfTheirOwn() {
        #expect(meetings(round + "The talks in Geneva were the third round. The first two had ended without a deal on 23 January and 4 "
                         + "February.") == ["talks Geneva 2026-02-17 held"])
    }

    @Test(arguments: ["Volodymyr Zelensky held a further meeting with his generals on Wednesday.",
                      "Vladimir Putin had a meeting with the Russian Security Council in Moscow on Wednesday."])
    func aMeetingWithOthersIsNoFurtherRound(text: String) {
        #expect(meetings(round + text) == ["talks Geneva 2026-02-17 held"])
    }

    @Test func aCityOfTheTalksBeforeSinceKeepsTheDayAfterItAway() {
        #expect(meetings("Russian and Ukrainian delegations held talks in Geneva, the first since the attack in Kyiv on 10 February.")
            == ["talks Geneva - held"])
    }

    @Test func talksThatWouldHaveBeenHeldAreNotHeld() {
        #expect(meetings("Donald Trump said he would have held talks with Vladimir Putin in Budapest if the Kremlin had agreed.")
            == ["summit Budapest - planned"])
    }

    @Test func aSummitThatFailedWasNotHeld() {
        #expect(meetings("The summit failed to materialise.") == ["summit - - proposed"])
    }

    @Test func talkOfAnExchangeIsNoExchangeBegun() {
        #expect(!meetings("Planning for an exchange of POWs started in January, officials said.").contains { $0.hasSuffix("held") })
    }

    @Test func oneMoreExchangeAgreedIsStillToCome() {
        let text = "Russia and Ukraine exchanged 84 prisoners on 5 February. Both sides had agreed to exchange 300 more in March."
        #expect(meetings(text) == ["exchange - 2026-02-05 held", "exchange - - planned"])
    }

    @Test func aSoldiersDutyIsNoSanction() {
        #expect(DatedArticle.extract("The soldiers had served 12 months of duty before they were captured.", on: "18.02.2026")
            .figures.allSatisfy { $0.topic != "sanctions" })
    }

    @Test func aVisitIsNotPlacedInACityOfSomeoneElse() {
        #expect(meetings("Volodymyr Zelensky will visit Ireland next week, after Donald Trump stopped in Dublin on Tuesday.")
            .allSatisfy { !$0.contains("Dublin") })
    }

    @Test func aSummitNotToBeHostedIsNotPlacedThere() {
        #expect(meetings("Ukraine will not host a summit with Vladimir Putin.").allSatisfy { !$0.contains("Ukraine") })
    }
}
