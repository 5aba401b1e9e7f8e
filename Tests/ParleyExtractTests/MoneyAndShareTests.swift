@testable import ParleyExtract
import Testing

/// Amounts of money ("$90 billion in American weapons") and shares written as fractions ("three-quarters of the
/// Donetsk region") are figures; the size of a force counted in personnel too.
@Suite struct MoneyAndShareTests {
    private func figures(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nPublished December 3, 2025\n\nRussia and Ukraine met in Istanbul.\n\n" + text,
                          actors: ActorDictionary()).figures.map { "\($0.topic) \($0.value) \($0.unit ?? "-")" }
    }

    @Test(arguments: [
        ("Kyiv has offered to buy around $90 billion in American weapons as part of the guarantees.",
         ["security_guarantees 90000000000.0 dollars"]),
        ("Russian troops hold around three-quarters of the Donetsk region.", ["territory 75.0 percent"]),
        ("Russia holds half of the Zaporizhzhia region and a third of the Kherson region.",
         ["territory 50.0 percent", "territory 33.3 percent"]),
        ("The draft would have capped Ukraine's armed forces at 600,000 personnel.", ["security_guarantees 600000.0 people"]),
        ("Half of the delegation left early.", []),
        // A fifth, and a share of a state, which is of its territory.
        ("Russian forces occupy around a fifth of Ukraine.", ["territory 20.0 percent"]),
        ("Russia now controls roughly one-fifth of Ukraine's territory.", ["territory 20.0 percent"]),
        ("Half of Europe watched.", []),
        // A share of what the talks settle.
        ("American officials said 90 percent of the issues had been agreed.", ["negotiations 90.0 percent"]),
        // Distances speak of the line and what guards it.
        ("If Ukrainian troops were to pull back five to 10 kilometers, Russia should do the same.", ["territory 5.0 km"]),
        ("The plan foresees a demilitarized buffer zone of 40 km.", ["security_guarantees 40.0 km"]),
    ])
    func moneyAndShares(_ text: String, _ expected: [String]) {
        #expect(figures(text) == expected)
    }
}
