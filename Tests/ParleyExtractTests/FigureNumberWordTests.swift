@testable import ParleyExtract
import Testing

/// Numbers written in words: one figure per phrase, its span covering the whole phrase.
@Suite struct FigureNumberWordTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var value: Double
        /// The figure's text: the number phrase with its qualifier and unit.
        var span: String
        var valueMax: Double? = nil
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Russia and Ukraine exchanged twenty-five prisoners on Friday.", value: 25, span: "twenty-five prisoners"),
        Case(text: "Russia and Ukraine exchanged twenty five prisoners on Friday.", value: 25, span: "twenty five prisoners"),
        Case(text: "The swap freed two hundred and fifty soldiers.", value: 250, span: "two hundred and fifty soldiers"),
        Case(text: "The swap freed two hundred fifty soldiers.", value: 250, span: "two hundred fifty soldiers"),
        Case(text: "The exchange involved one thousand two hundred prisoners.", value: 1200, span: "one thousand two hundred prisoners"),
        Case(text: "The exchange involved one thousand and fifty prisoners.", value: 1050, span: "one thousand and fifty prisoners"),
        Case(text: "Ukraine said three hundred thousand soldiers were held in the exchange talks.", value: 300_000, span: "three hundred thousand soldiers"),
        Case(text: "Kyiv received a hundred prisoners in the exchange.", value: 100, span: "a hundred prisoners"),
        Case(text: "Kyiv received a hundred and twenty prisoners in the exchange.", value: 120, span: "a hundred and twenty prisoners"),
        Case(text: "Russia returned a thousand bodies in the repatriation.", value: 1000, span: "a thousand bodies"),
        Case(text: "More than a dozen prisoners were freed in the swap.", value: 12, span: "More than a dozen prisoners"),
        Case(text: "Two dozen prisoners were freed in the swap.", value: 24, span: "Two dozen prisoners"),
        Case(text: "Fifteen hundred prisoners were freed in the swap.", value: 1500, span: "Fifteen hundred prisoners"),
        Case(text: "The exchange would free some 1.5 million people, he claimed.", value: 1_500_000, span: "some 1.5 million people"),
        Case(text: "Half a million people followed the exchange.", value: 500_000, span: "Half a million people"),
        Case(text: "Between one hundred and two hundred prisoners may be exchanged.", value: 100,
             span: "one hundred and two hundred prisoners", valueMax: 200),
        Case(text: "Between twenty-five and thirty prisoners may be exchanged.", value: 25, span: "twenty-five and thirty prisoners", valueMax: 30),
        Case(text: "Ukraine pushed for a thirty-day ceasefire.", value: 30, span: "thirty-day"),
    ])
    func readsNumberWords(_ c: Case) {
        let found = Extractor.extract(body: c.text + "\n").figures
        #expect(found.count == 1)
        guard let f = found.first else { return }
        #expect(f.value == c.value)
        #expect(f.valueMax == c.valueMax)
        #expect(f.text == c.span)
    }

    @Test(arguments: [
        "Dozens of prisoners were freed in the swap.",
        "Hundreds of prisoners were freed in the swap.",
        "Tens of thousands of prisoners remain in captivity, the exchange talks heard.",
        "Thousand prisoners were freed in the swap.",
    ])
    func vagueOrBareScaleWordsAreNotFigures(_ text: String) {
        #expect(Extractor.extract(body: text + "\n").figures.isEmpty)
    }

    /// Every run of up to three number-ish words, at the very end of a text with no full stop:
    /// no crash, and every figure's text is the text its span points at.
    @Test func anyRunOfNumberWordsIsSafe() {
        let words = ["a", "half", "one", "twenty", "-", "five", "hundred", "and", "thousand", "million", "dozen",
                     "prisoners", "1.200", "1", "200", "to", "between"]
        for x in words { for y in words { for z in words {
            let body = "The exchange freed \(x) \(y) \(z)"
            let scalars = Array(body.unicodeScalars)
            for f in Extractor.extract(body: body).figures {
                #expect(f.text == String(String.UnicodeScalarView(scalars[f.span.start..<f.span.end])), "\(body)")
            }
        } } }
    }
}
