@testable import ParleyExtract
import Testing

/// "the two countries" takes states up by their count and counts nothing; "meetings" that ran some hours time the talks; a
/// count per side set off by a dash after a swap's total; "the first in five months" set off after a swap is the gap between
/// exchanges.
@Suite struct FiguresTakenUpTests {
    private func figures(_ text: String) -> [String] {
        DatedArticle.extract(text, on: "18.02.2026").figures.map { "\($0.value) \($0.unit ?? "-") \($0.topic)" }
    }

    @Test func theTwoCountriesAreNoCount() {
        let text = "Russia and Ukraine agreed to exchange 1,200 prisoners each. On Thursday, the two countries swapped 84 prisoners each."
        #expect(figures(text) == ["1200.0 prisoners prisoner_exchange", "84.0 prisoners prisoner_exchange"])
    }

    /// Guard: a count of countries with no "the" before it is still one.
    @Test func aCoalitionOfCountriesIsCounted() {
        #expect(figures("The coalition of 35 countries pledged security guarantees.") == ["35.0 countries security_guarantees"])
    }

    @Test func meetingsThatRanSomeHours() {
        let text = "The closed-door meetings at the InterContinental hotel ran for nearly six hours on Tuesday and another two hours on Wednesday."
        #expect(figures(text) == ["6.0 hours negotiations", "2.0 hours negotiations"])
    }

    @Test func aCountPerSideAfterADashAndTheGapBetweenSwaps() {
        let text = "Earlier this month, the talks produced a swap of 314 prisoners of war — 157 from each side — the first in five months."
        #expect(figures(text) == ["314.0 prisoners prisoner_exchange", "157.0 prisoners prisoner_exchange", "5.0 months prisoner_exchange"])
    }

    @Test func prisonersCountedBeforeTheGap() {
        let text = "The 314 prisoners who walked free were the first to come home in nearly five months."
        #expect(figures(text).last == "5.0 months prisoner_exchange")
    }
}
