@testable import ParleyExtract
import Testing

/// Exchanges dated by the time owning them or opening their sentence, told in the passive, named by a count for
/// a count; a habit is no exchange; one still to come after a dated one held is another.
@Suite struct ExchangeShapesTests {
    private func exchanges(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nPublished March 12, 2025\n\nUkraine and Russia met.\n\n" + text, actors: ActorDictionary())
            .meetings.filter { $0.kind == .exchange }.map { "\($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test(arguments: [
        ("Ukraine and Russia carried out last month's exchange of 150 prisoners per side.", ["2025-02 held"]),
        ("Last month Russia handed over 1,000 bodies to Ukraine.", ["2025-02 held"]),
        ("Last month 150 prisoners from each side were exchanged in a deal brokered by the United Arab Emirates.", ["2025-02 held"]),
        ("The two sides have continued to swap prisoners despite the fighting.", []),
        ("Ukrainian officials say they want a full \"all for all\" exchange to be part of any ceasefire.", ["- proposed"]),
        ("Last month 150 prisoners from each side were exchanged. Ukrainian officials say they want a full all-for-all exchange.",
         ["2025-02 held", "- proposed"]),
    ])
    func exchangeShapes(_ text: String, _ expected: [String]) {
        #expect(exchanges(text) == expected)
    }
}

/// An exchange first named with no day takes the day a later sentence gives it ("would swap 175 prisoners each on
/// Wednesday").
@Suite struct ExchangeDayLaterTests {
    @Test func theLaterDay() {
        let text = "Russian leader backs a 30-day halt on attacks on power plants and a prisoner swap.\n\n"
            + "The Kremlin said that Moscow and Kyiv would swap 175 prisoners each on Wednesday."
        let e = Extractor.extract(body: "Headline here\n\nPublished March 18, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.date ?? "-") \($0.status.rawValue)" } == ["exchange 2025-03-19 planned"])
    }
}
