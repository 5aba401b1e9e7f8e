@testable import ParleyExtract
import Testing

/// "The next day US Army Secretary Dan Driscoll held talks ... in Abu Dhabi": a day opening the sentence with no comma
/// dates talks at another place; "negotiators said on Sunday ..., after a day of talks in Switzerland": the round told
/// before with no day is dated by the statement after it.
@Suite struct NextDayAndStatementAfterTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline\n\nNovember 24, 2025\n\n" + text + "\n").meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-")"
        }
    }

    @Test func aDayOpeningTheSentenceWithoutAComma() {
        let text = "US envoy Steve Witkoff and Secretary of State Marco Rubio met a Ukrainian delegation in Geneva on 22 November. "
            + "The next day US Army Secretary Dan Driscoll held talks with a Russian delegation in Abu Dhabi."
        #expect(meetings(text) == ["talks Geneva 2025-11-22", "talks Abu Dhabi 2025-11-23"])
    }

    @Test(arguments: [
        ("US and Ukrainian negotiators said on Sunday they had made progress, after a day of talks in Switzerland that followed days of alarm in Kyiv.",
         ["talks Geneva 2025-11-23"]),
        // (Talks at a place of another state are not the round told before.)
        ("US and Ukrainian negotiators said on Sunday they had made progress, after a day of talks in Riyadh.",
         ["talks Geneva -", "talks Riyadh 2025-11-23"]),
    ])
    func theRoundToldBeforeIsDatedByAStatementAfterIt(_ sentence: String, _ expected: [String]) {
        let text = "Marco Rubio said the Geneva meeting was the most productive so far.\n\n" + sentence
        #expect(meetings(text) == expected)
    }
}
