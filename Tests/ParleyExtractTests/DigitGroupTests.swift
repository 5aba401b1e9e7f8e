@testable import ParleyExtract
import Testing

/// How digits with dots and commas are read, and how a figure chooses when "1.200" could be either.
@Suite struct DigitGroupTests {
    @Test(arguments: [
        ("1200", DigitGroups.Reading(value: 1200)),
        ("1,200", DigitGroups.Reading(value: 1200)),
        ("1,000,000", DigitGroups.Reading(value: 1_000_000)),
        ("1,20,000", DigitGroups.Reading(value: 120_000)),
        ("1.000.000", DigitGroups.Reading(value: 1_000_000)),
        ("1,200.5", DigitGroups.Reading(value: 1200.5)),
        ("1.200,5", DigitGroups.Reading(value: 1200.5)),
        ("1.5", DigitGroups.Reading(value: 1.5)),
        ("2,5", DigitGroups.Reading(value: 2.5)),
        ("1.200", DigitGroups.Reading(value: 1.2, grouped: 1200)),
        ("0.500", DigitGroups.Reading(value: 0.5)),
        ("2025.100", DigitGroups.Reading(value: 2025.1)),
    ])
    func readsDigitsAsWritten(_ text: String, _ reading: DigitGroups.Reading) {
        #expect(DigitGroups.read(text) == reading)
    }

    @Test(arguments: ["1.2.3", "1,2,3", "1.000,000.5", "1.20.000"])
    func refusesMalformedGroups(_ text: String) {
        #expect(DigitGroups.read(text) == nil)
    }

    @Test(arguments: [
        // Whole things: a fraction of a prisoner is impossible, so the dot groups thousands.
        ("Russia handed over 1.200 prisoners in the exchange.", 1200.0),
        ("The exchange returned 6.000 bodies of fallen soldiers.", 6000),
        ("Both sides freed 1.000 POWs each in the swap.", 1000),
        // Not whole things, and nothing else in the text groups with dots: a decimal point.
        ("The truce lasted 1.500 hours.", 1.5),
        // The same text writes "1.000.000", so its dots group thousands.
        ("Ukraine counted 1.000.000 shells. The truce lasted 1.500 hours.", 1500),
        // A scale word makes the dot a decimal point even for whole things.
        ("The exchange would free 1.200 million people, he claimed.", 1_200_000),
        // Spaces inside a number: plain, no-break, narrow no-break and thin.
        ("They would exchange 1 200 prisoners.", 1200),
        ("They would exchange 1\u{A0}200 prisoners.", 1200),
        ("They would exchange 1\u{202F}200 prisoners.", 1200),
        ("They would exchange 1\u{2009}200 prisoners.", 1200),
        // A tab is not a digit group separator.
        ("They would exchange 1\t200 prisoners.", 200),
    ])
    func figureChoosesTheReading(_ text: String, _ value: Double) {
        let found = Extractor.extract(body: text + "\n").figures
        #expect(found.map(\.value) == [value])
    }
}
