@testable import ParleyExtract
import Testing

/// "by Ellis Morgan - 03/18/25 4:32 PM ET" dates the page (month first beside an American time zone, or when the second
/// number can only be a day); "traded 84 prisoners each" is an exchange, "traded accusations" none.
@Suite struct ShortSlashDateAndTradedTests {
    @Test(arguments: [
        ("by Ellis Morgan - 03/18/25 4:32 PM ET", "2025-03-18"),
        ("by Ellis Morgan - 03/04/25 4:32 PM ET", "2025-03-04"),
        ("Published 18/03/25 16:32", "2025-03-18"),
    ])
    func aSlashDateWithATwoDigitYearDatesThePage(_ byline: String, _ expected: String) {
        let text = "Trump and Putin agree to pause strikes\n\n\(byline)\n\nPresident Trump and Russian President Vladimir Putin agreed Tuesday to a halt."
        #expect(Extractor.extract(body: text).source.published == expected)
    }

    @Test func anAmbiguousSlashDateWithNoTimeZoneDatesNothing() {
        let text = "Trump and Putin agree\n\nPublished 03/04/25 16:32\n\nThe two leaders agreed to a halt."
        #expect(Extractor.extract(body: text).source.published == nil)
    }

    @Test(arguments: [
        ("Russia and Ukraine traded 84 prisoners each on Thursday in an exchange mediated by the UAE.", ["exchange 2025-08-14 held"]),
        ("The two sides traded accusations on Thursday.", []),
    ])
    func tradingPrisonersIsAnExchange(_ sentence: String, _ expected: [String]) {
        let found = Extractor.extract(body: "DUBAI, Aug. 14, 2025 — " + sentence, actors: ActorDictionary()).meetings
        #expect(found.map { "\($0.kind) \($0.date ?? "-") \($0.status)" } == expected)
    }
}
