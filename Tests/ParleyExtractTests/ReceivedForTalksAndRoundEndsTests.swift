@testable import ParleyExtract
import Testing

/// Meetings read on heldout text: talks a guest was received for, on the day and at the venue of the verb's clause; talks
/// that "ended on Wednesday after two days of meetings" began the day before; an exchange talks "produced" was held; a round
/// "in the format launched in Abu Dhabi in January" is not placed or dated there; talks someone "is due to lead" are to come.
@Suite struct ReceivedForTalksAndRoundEndsTests {
    @Test func talksAGuestWasReceivedForOnTheDayOpeningTheClause() {
        let found = DatedArticle.meetings("Delegations from Russia, Ukraine and the United States met in Abu Dhabi on Friday and "
            + "Saturday. Late on Thursday, President Vladimir Putin received Steve Witkoff and Jared Kushner in the Kremlin for talks "
            + "that ran for four hours.", on: "25 January 2026")
        #expect(found == ["talks Abu Dhabi 2026-01-23 held", "talks Moscow 2026-01-22 held"])
    }

    @Test func talksEndedAfterTwoDaysBeganTheDayBefore() {
        #expect(DatedArticle.meetings("Talks between Russia, Ukraine and the United States in Geneva ended on Wednesday after two "
            + "days of meetings.", on: "18 February 2026") == ["talks Geneva 2026-02-17 held"])
    }

    @Test func talksEndedWithNoDaysToldKeepTheirDay() {
        #expect(DatedArticle.meetings("Talks between Russia, Ukraine and the United States in Geneva ended on Wednesday after a "
            + "long night.", on: "18 February 2026") == ["talks Geneva 2026-02-18 held"])
    }

    @Test func anExchangeTheRoundsProducedWasHeld() {
        let found = DatedArticle.meetings("Talks between Russia and Ukraine in Geneva ended on Wednesday. The earlier rounds focused "
            + "on how a truce could be monitored, and produced an exchange of 157 prisoners per side on 5 February, the first swap in "
            + "five months.", on: "18 February 2026")
        #expect(found == ["talks Geneva 2026-02-18 held", "exchange - 2026-02-05 held"])
    }

    @Test func anotherSwapInTheHeldOnesSentenceIsStillOneToCome() {
        let found = DatedArticle.meetings("Talks between Russia and Ukraine in Geneva ended on Wednesday. Russia and Ukraine exchanged "
            + "157 prisoners on Thursday and said they could hold another swap soon.", on: "20 February 2026")
        #expect(found.filter { $0.hasPrefix("exchange") } == ["exchange - 2026-02-19 held", "exchange - - proposed"])
    }

    @Test func theFormatsPlaceAndMonthAreNotTheRounds() {
        let found = DatedArticle.extract("Talks in Geneva ended on Wednesday. The talks, held at the InterContinental hotel, were "
            + "the third round in the format launched in Abu Dhabi in January.", on: "18 February 2026").meetings
        #expect(found.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" } == ["Geneva InterContinental hotel 2026-02-18"])
    }

    @Test func talksSomeoneIsDueToLeadAreToCome() {
        let found = DatedArticle.extract("Steve Witkoff held talks with Vladimir Putin in the Kremlin on Tuesday. Steve Witkoff is now "
            + "due to lead the American side in talks with Ukraine's negotiator, Rustem Umerov, in Miami on Thursday.", on: "4 December 2025")
        #expect(found.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
            == ["Moscow 2025-12-02 held", "Miami 2025-12-04 planned"])
        let miami = found.meetings.first { $0.place == "Miami" }?.id
        #expect(found.delegations.first { $0.meeting == miami && $0.side == "US" }?.head == "Steve Witkoff")
    }

    @Test func aGuestReceivedWithNoTalksIsNoSecondRound() {
        #expect(DatedArticle.meetings("Delegations from Russia, Ukraine and the United States met in Abu Dhabi on Friday and "
            + "Saturday. Late on Thursday, President Vladimir Putin received a medal in the Kremlin.", on: "25 January 2026")
            == ["talks Abu Dhabi 2026-01-23 held"])
    }
}
