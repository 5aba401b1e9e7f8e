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

/// An adverb opening a sentence with no comma is no part of the name after it.
@Suite struct AdverbBeforeANameTests {
    @Test(arguments: ["Afterwards", "Later", "Separately"])
    func theAdverbIsNoName(_ adverb: String) {
        let text = "\(adverb) Yuri Ushakov, Putin's foreign policy aide, told reporters: \"So far no compromise option has been found.\""
        #expect(DatedArticle.extract(text, on: "December 3, 2025").claims.map(\.speaker) == ["Yuri Ushakov"])
    }
}

/// "Dmitry Peskov, Putin's spokesperson, said Moscow expected ...": a name and its apposition before the verb are its
/// subject, not words said before an inverted attribution.
@Suite struct NameAndAppositionBeforeSaidTests {
    @Test func theNameIsTheSpeaker() {
        let text = "Vladimir Putin met Steve Witkoff.\n\nDmitry Peskov, Putin's spokesperson, said Moscow expected the Americans to brief it."
        let claims = DatedArticle.extract(text, on: "December 15, 2025").claims
        #expect(claims.map(\.speaker) == ["Dmitry Peskov"])
        #expect(claims.map(\.text) == ["Moscow expected the Americans to brief it"])
    }

    @Test func wordsBeforeAnInvertedAttributionStaySo() {
        let text = "Peace is close, said Volodymyr Zelensky."
        #expect(DatedArticle.extract(text, on: "December 15, 2025").claims.map(\.text) == ["Peace is close"])
    }
}
