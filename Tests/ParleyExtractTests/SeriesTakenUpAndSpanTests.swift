@testable import ParleyExtract
import Testing

/// "three rounds of direct talks in Istanbul last year. Those talks, held on May 16, June 2 and July 23, 2025, ...": the rounds
/// counted, taken up with a day each, in the city the count named; "The second round ... concluded here on Thursday", then "the
/// discussions held on Feb. 4 and 5": the round began on the first day of that span.
@Suite struct SeriesTakenUpAndSpanTests {
    @Test func roundsCountedThenTakenUpWithTheirDays() {
        #expect(DatedArticle.meetings("Russia and Ukraine last exchanged prisoners under agreements reached during three rounds of direct "
            + "talks in Istanbul last year. Those talks, held on May 16, June 2 and July 23, 2025, produced the largest swaps of the "
            + "conflict.", on: "February 5, 2026").filter { $0.hasPrefix("talks") }
            == ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held", "talks Istanbul 2025-07-23 held"])
    }

    @Test func daysThatDoNotMatchTheCountTakeNothingUp() {
        #expect(DatedArticle.meetings("Agreements were reached during three rounds of direct talks in Istanbul last year. Those talks, held "
            + "on May 16 and June 2, produced swaps.", on: "February 5, 2026").filter { $0.hasPrefix("talks Istanbul 2025-06") }.isEmpty)
    }

    @Test func aRoundDatedByItsEndBeganOnItsSpansFirstDay() {
        let text = "ABU DHABI, Feb. 5 (Xinhua) -- The second round of trilateral talks among Russia, Ukraine and the United States "
            + "concluded here on Thursday.\n\nWitkoff said in a statement that the discussions held on Feb. 4 and 5 were constructive."
        #expect(DatedArticle.meetings(text, on: "2026-02-05 23:18:06") == ["talks Abu Dhabi 2026-02-04 held"])
    }
}
