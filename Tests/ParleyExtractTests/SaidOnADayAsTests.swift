@testable import ParleyExtract
import Testing

/// "..., X said Thursday as a second round of talks wrapped up": the day and a clause of circumstance after the verb are
/// no words said; the clause before the verb is.
@Suite struct SaidOnADayAsTests {
    @Test func theWordsBeforeTheVerbNotTheCircumstanceAfterIt() {
        let text = "Russia and Ukraine have agreed to exchange 314 prisoners of war, US special envoy Steve Witkoff said Thursday as "
            + "a second round of trilateral talks wrapped up in Abu Dhabi."
        #expect(DatedArticle.extract(text, on: "February 5, 2026").claims.map(\.text) == ["Russia and Ukraine have agreed to exchange 314 prisoners of war"])
    }

    @Test func wordsAfterTheDayStillAreTheWordsSaid() {
        let text = "Steve Witkoff said Thursday the talks had been constructive."
        #expect(DatedArticle.extract(text, on: "February 5, 2026").claims.map(\.text) == ["the talks had been constructive"])
    }
}
