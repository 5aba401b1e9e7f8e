@testable import ParleyExtract
import Testing

/// Counts of states in a coalition, shares of a framework agreed, and how long guarantees last are figures of the
/// negotiations and of security guarantees; "146 Ukrainian defenders returned home from captivity" counts prisoners.
@Suite struct GuaranteeFiguresTests {
    private func figures(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 28, 2025\n\n" + text).figures
            .map { "\($0.topic) \($0.value.formatted()) \($0.unit ?? "-")" }
    }

    @Test(arguments: [
        ("Some 26 countries are ready to contribute to security guarantees for Ukraine.", "security_guarantees 26 countries"),
        ("The coalition now counts 30 nations.", "security_guarantees 30 countries"),
        ("The United States offered security guarantees for 15 years.", "security_guarantees 15 years"),
        ("Zelensky said security guarantees were 100% agreed.", "security_guarantees 100 percent"),
        ("Zelensky said the framework was 90 percent agreed.", "negotiations 90 percent"),
        ("On August 24, 146 Ukrainian defenders returned home from captivity.", "prisoner_exchange 146 prisoners"),
    ])
    func aFigureOfItsTopic(text: String, expected: String) {
        #expect(figures(text) == [expected])
    }

    @Test func countriesWithNoTopicAreNoFigure() {
        #expect(figures("Leaders from 40 countries attended the forum in Davos.") == [])
    }
}
