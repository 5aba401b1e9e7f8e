import ParleyExtract
import Testing

@Suite struct FigureSeparatorTests {
    func values(_ sentence: String) -> [Double] {
        Extractor.extract(body: sentence + "\n").figures.map(\.value)
    }

    @Test(arguments: [
        ("Both sides agreed to exchange 1 000 prisoners each, officials said.", 1000.0),
        ("Both sides agreed to exchange 1,000 prisoners each, officials said.", 1000.0),
        ("Russia said it would return 12 500 bodies of fallen soldiers.", 12500.0),
    ])
    func thousandsSeparatorsAreRead(_ sentence: String, _ value: Double) {
        #expect(values(sentence).contains(value))
    }

    @Test(arguments: [
        ("Sanctions have cost Russia about $300 bln, the minister said.", 300_000_000_000.0),
        ("Sanctions froze 5 mln euros of assets, the minister said.", 5_000_000.0),
    ])
    func wireAbbreviationsOfScalesAreRead(_ sentence: String, _ value: Double) {
        #expect(values(sentence).contains(value))
    }

    @Test func aDateBeforeANumberIsNotJoinedToIt() {
        let found = values("On May 16 300 prisoners were exchanged by both sides.")
        #expect(!found.contains(16300))
    }
}
