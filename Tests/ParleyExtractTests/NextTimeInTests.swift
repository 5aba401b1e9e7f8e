@testable import ParleyExtract
import Testing

/// A leader's quoted "Next time in Moscow" proposes the next summit of the sides just met, in that city.
@Suite struct NextTimeInTests {
    private func summits(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\n" + text).meetings.filter { $0.kind == .summit }
            .map { "\($0.place ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    @Test(arguments: [
        "As the two leaders were leaving the stage, Putin turned to Trump and said in English: “Next time in Moscow.”",
        "As the event drew to a close the Russian leader switched to English. \"Next time in Moscow,\" he told his host.",
    ])
    func theNextSummitProposed(closing: String) {
        let text = "US President Donald Trump and Russian President Vladimir Putin met in Anchorage on Friday.\n\n" + closing
        #expect(summits(text) == ["Anchorage held [\"RU\", \"US\"]", "Moscow proposed [\"RU\", \"US\"]"])
    }

    @Test func noSummitHeldBeforeProposesNone() {
        #expect(summits("Putin said in English: “Next time in Moscow.”").isEmpty)
    }
}
