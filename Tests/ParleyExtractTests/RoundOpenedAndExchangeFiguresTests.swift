@testable import ParleyExtract
import Testing

/// "The two-day meeting in Abu Dhabi, which opened on Wednesday", of a round dated by the day after, began on Wednesday; a
/// prisoner figure points at the exchange its own sentence tells ("The last prisoner exchange ... took place on Oct. 2, when
/// each side released 185 servicemen"), else at the article's exchange.
@Suite struct RoundOpenedAndExchangeFiguresTests {
    private static let lead = "Russia and Ukraine on Thursday exchanged 157 prisoners of war each, hours after a second round of "
        + "US-brokered talks in the United Arab Emirates produced a deal."

    @Test func aRoundDatedByTheDayItOpened() {
        let found = DatedArticle.meetings(Self.lead + "\n\nThe two-day meeting in Abu Dhabi, which opened on Wednesday, brought together "
            + "a US team led by Steve Witkoff and a Russian delegation headed by Igor Kostyukov.", on: "6 February 2026")
        #expect(found.contains("talks Abu Dhabi 2026-02-04 held"))
    }

    @Test func aDayOpenedTooLongBeforeIsNotTheRounds() {
        let found = DatedArticle.meetings(Self.lead + "\n\nThe meeting in Abu Dhabi, which opened on Jan. 20, brought together "
            + "a US team and a Russian delegation.", on: "6 February 2026")
        #expect(!found.contains { $0.hasPrefix("talks") && $0.contains("2026-01-20") })
    }

    @Test func aPrisonerFigurePointsAtTheExchangeItsSentenceTells() {
        let found = DatedArticle.extract(Self.lead + "\n\nThe last prisoner exchange between the two countries took place on Oct. 2, "
            + "when each side released 185 servicemen.", on: "6 February 2026")
        let day = Dictionary(uniqueKeysWithValues: found.meetings.map { ($0.id, $0.date ?? "-") })
        #expect(found.figures.map { "\($0.value) \($0.meeting.flatMap { day[$0] } ?? "-")" } == ["157.0 2026-02-05", "185.0 2025-10-02"])
    }
}

/// "the sides exchanged 314 prisoners of war, 157 for 157, on 5 February": the day past the count given in return.
@Suite struct ExchangeCountInReturnTests {
    @Test func theDayPastACountForACountSetOff() {
        #expect(DatedArticle.meetings("After the second Abu Dhabi round the sides exchanged 314 prisoners of war, 157 for 157, on 5 "
            + "February.", on: "18 February 2026") == ["exchange - 2026-02-05 held"])
    }
}
