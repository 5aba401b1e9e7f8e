@testable import ParleyExtract
import Testing

/// A weekday told "later" or "earlier" in a report of what someone would do is the past one.
@Suite struct LaterThatWeekdayTests {
    @Test func aCallLaterSundayInMondaysPaperIsOnTheSundayPast() {
        let text = "Prime Minister Mark Carney spoke to reporters in Johannesburg on Sunday. Carney added that he would speak with "
            + "Ukrainian President Volodymyr Zelenskyy later Sunday."
        #expect(DatedArticle.extract(text, on: "November 24, 2025").meetings.first { $0.kind == .call }?.date == "2025-11-23")
    }
}

/// A count of the same unit soon after a figure takes its topic.
@Suite struct CountsJoinedToAFigureTests {
    @Test func aSecondCountOfPeopleInTheSwapIsTheSwaps() {
        let text = "It was the first swap since October 2, 2025, when 185 Ukrainian soldiers and 20 civilians came home."
        #expect(DatedArticle.extract(text, on: "February 27, 2026").figures.map { "\($0.value) \($0.topic)" }
            == ["185.0 prisoner_exchange", "20.0 prisoner_exchange"])
    }

    @Test func aSecondLengthOfTheGuaranteesIsTheirs() {
        let text = "Washington offered security guarantees for 15 years, while Ukraine wanted them to last up to 50 years."
        #expect(DatedArticle.extract(text, on: "February 27, 2026").figures.map { "\($0.value) \($0.topic)" }
            == ["15.0 security_guarantees", "50.0 security_guarantees"])
    }
}
