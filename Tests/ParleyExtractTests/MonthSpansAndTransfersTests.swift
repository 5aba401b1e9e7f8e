@testable import ParleyExtract
import Testing

/// "carried out over three days later that month": the span taken counts no days from the day told; "later that month" is
/// that day's month.
@Suite struct LaterThatMonthTests {
    @Test func theMonthOfTheDayTold() {
        let text = "The first Istanbul round, on May 16, ended after less than two hours with a deal to swap 1,000 prisoners from each "
            + "side, which was carried out over three days later that month."
        #expect(DatedArticle.meetings(text, on: "24 July 2025") == ["talks Istanbul 2025-05-16 held", "exchange - 2025-05 held"])
    }

    @Test func daysLaterStillCountFromTheDayTold() {
        let text = "The first Istanbul round was held on May 16. Three days later, the two sides exchanged 390 prisoners each."
        #expect(DatedArticle.meetings(text, on: "24 July 2025").contains("exchange - 2025-05-19 held"))
    }
}

/// "pledged to hand over the bodies of 6,000 fallen soldiers, a transfer it completed in mid-June": done as the apposition
/// tells, in its month.
@Suite struct TransferCompletedInAppositionTests {
    @Test func theTransferWasDone() {
        let text = "At the second round, in Istanbul, on June 2, the sides met. Russia also pledged to hand over the bodies of 6,000 "
            + "fallen Ukrainian soldiers, a transfer it completed in mid-June."
        #expect(DatedArticle.meetings(text, on: "24 July 2025").contains("exchange - 2025-06 held"))
    }
}
