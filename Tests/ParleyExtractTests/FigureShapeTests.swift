@testable import ParleyExtract
import Testing

/// Age bands, ranges told with "or", and the topic of a halt.
@Suite struct FigureShapeTests {
    private func figures(_ text: String) -> [String] {
        Extractor.extract(body: text).figures.map { "\($0.topic) \($0.value)-\($0.valueMax ?? $0.value) \($0.unit ?? "-")" }
    }

    @Test(arguments: [
        ("The sides agreed to exchange all prisoners aged 18 to 25.", "prisoner_exchange 18.0-25.0 years"),
        ("The sides agreed a prisoner swap of soldiers aged between 18 and 25.", "prisoner_exchange 18.0-25.0 years"),
        ("In Istanbul the two sides agreed to free every prisoner who is gravely ill, plus every captive aged between 18 and 25.",
         "prisoner_exchange 18.0-25.0 years"),
        ("Russia proposed a ceasefire for two or three days on some sections of the front.", "ceasefire 2.0-3.0 days"),
        ("Putin agreed in a phone call with Trump to halt attacks on energy infrastructure for 30 days.", "ceasefire 30.0-30.0 days"),
        ("The two presidents also discussed a prisoner exchange of 1,000 for 1,000.", "prisoner_exchange 1000.0-1000.0 prisoners"),
    ])
    func aFigureIsReadWhole(_ text: String, _ expected: String) {
        #expect(figures(text) == [expected])
    }

    @Test func aHiatusIsNotACeasefire() {
        #expect(!figures("The first round of talks after a three-year pause was held in Istanbul.").contains { $0.hasPrefix("ceasefire") })
        #expect(figures("The sides agreed a three-day ceasefire.") == ["ceasefire 3.0-3.0 days"])
    }
}
