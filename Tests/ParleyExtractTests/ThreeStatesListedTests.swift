@testable import ParleyExtract
import Testing

/// "talks between Russia, Ukraine and the United States": three states listed after the noun are the round's sides, and the
/// head of the third side's team sat at it.
@Suite struct ThreeStatesListedTests {
    private let round = "Closed-door talks between Russia, Ukraine and the United States ended in Geneva on Wednesday."

    @Test func threeStatesListedAreTheSides() {
        #expect(DatedArticle.extract(round, on: "18.02.2026").meetings.map(\.parties) == [["RU", "UA", "US"]])
    }

    @Test func twoStatesKeepTheirSides() {
        let e = DatedArticle.extract("Talks between Russia and Ukraine ended in Istanbul on Monday.", on: "18.02.2026")
        #expect(e.meetings.map(\.parties) == [["RU", "UA"]])
    }

    @Test func theThirdSidesHead() {
        let text = round + "\n\nSteve Witkoff led the American team, which also included Jared Kushner."
        #expect(DatedArticle.heads(text, on: "18.02.2026") == ["Geneva 2026-02-18 US Steve Witkoff"])
    }
}
