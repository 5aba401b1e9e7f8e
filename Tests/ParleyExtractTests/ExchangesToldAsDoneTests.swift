@testable import ParleyExtract
import Testing

/// Exchanges told as done by what each side did or by a clause after who was exchanged, two exchanges of one sentence kept
/// apart, an agreement told in the past perfect as what led to the exchange held; talks dated past "since ... in <city>",
/// and a round numbered again at another place and day as a meeting of its own.
@Suite struct ExchangesToldAsDoneTests {
    @Test func aReleaseByEachSideIsAnExchange() {
        let text = "Russia and Ukraine each released 157 prisoners of war on Thursday, the first such exchange in five months."
        #expect(DatedArticle.meetings(text, on: "05.02.2026") == ["exchange - 2026-02-05 held"])
    }

    @Test func oneSideReleasingIsNoExchange() {
        #expect(DatedArticle.meetings("Ukraine returned 200 soldiers to the front on Friday.", on: "05.02.2026").isEmpty)
    }

    @Test func twoExchangesOfOneSentenceStayTwo() {
        let text = "They agreed to a handover of soldiers' bodies, which took place in stages during June, and to a further "
            + "exchange of severely wounded and young prisoners, which began on 9 June."
        #expect(DatedArticle.meetings(text, on: "24.07.2025") == ["exchange - 2025-06 held", "exchange - 2025-06-09 held"])
    }

    @Test func anAgreementInThePastPerfectLedToTheExchangeHeld() {
        let text = "Russia and Ukraine each released 157 prisoners of war on Thursday.\n\nSteve Witkoff said that the delegations "
            + "had agreed to exchange 314 prisoners."
        #expect(DatedArticle.meetings(text, on: "05.02.2026") == ["exchange - 2026-02-05 held"])
    }

    @Test func aCityAfterTheSpanStartPlacesAndDatesTheTalks() {
        let text = "Saudi Arabia hosted the first high-level US-Russia talks since the invasion in Riyadh on February 18, 2025."
        #expect(DatedArticle.meetings(text, on: "05.02.2026") == ["talks Riyadh 2025-02-18 held"])
    }

    @Test func aSpanStartWithNoCityStillDatesNothing() {
        let text = "They held the first talks since the invasion in February 2022 on Monday."
        #expect(DatedArticle.meetings(text, on: "05.02.2026") == ["talks - 2026-02-02 held"])
    }

    @Test func aRoundNumberedAgainAtAnotherPlaceAndDayIsAnotherMeeting() {
        let text = "The first round of the trilateral format was held in Abu Dhabi on January 23 and 24.\n\nSaudi Arabia hosted the "
            + "first high-level US-Russia talks since the invasion in Riyadh on February 18, 2025."
        #expect(DatedArticle.meetings(text, on: "05.02.2026") == ["talks Abu Dhabi 2026-01-23 held", "talks Riyadh 2025-02-18 held"])
    }
}
