@testable import ParleyExtract
import Testing

/// A headline's statement with its speaker, a person the article names.
@Suite struct HeadlineClaimTests {
    private func claims(headline: String) -> [String] {
        Extractor.extract(body: headline + "\n\nMarch 12, 2025\n\nSecretary of State Marco Rubio spoke in Jeddah.")
            .claims.map { "\($0.speaker) | \($0.kind) | \($0.text)" }
    }

    @Test(arguments: [
        ("Ukraine backs US plan after Jeddah talks; 'ball in Russia's court', says Rubio", "Marco Rubio | quote | ball in Russia's court"),
        ("Talks in Kremlin: \"no compromise\" on territory yet, says Rubio", "Marco Rubio | reported | \"no compromise\" on territory yet"),
        ("Rubio says Russia and Ukraine will 'immediately' start ceasefire talks after two-hour call",
         "Marco Rubio | reported | Russia and Ukraine will 'immediately' start ceasefire talks"),
    ])
    func aStatementAndItsSpeaker(_ headline: String, _ expected: String) {
        #expect(claims(headline: headline) == [expected])
    }

    @Test(arguments: [
        "Vilnius warns against rewarding aggressor",
        "Peace is near, says the minister",
        "Rubio said to plan a trip to Moscow",
        "Rubio tells Lavrov talks must go on",
    ])
    func noPersonOfTheArticleNoHeadlineClaim(_ headline: String) {
        #expect(claims(headline: headline).isEmpty)
    }
}
