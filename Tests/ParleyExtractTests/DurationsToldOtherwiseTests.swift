@testable import ParleyExtract
import Testing

/// Durations told by "run to" and "of plenary talk", and a count for a count after a verb of exchanging.
@Suite struct DurationsToldOtherwiseTests {
    private func figures(_ text: String) -> [String] {
        DatedArticle.extract(text, on: "18.02.2026").figures.map { "\($0.value) \($0.unit ?? "-") \($0.topic)" }
    }

    @Test func minutesOfPlenaryTalk() {
        #expect(figures("There were roughly 40 minutes of plenary talk.") == ["40.0 minutes negotiations"])
    }

    @Test func talksThatRanToHours() {
        #expect(figures("He said the first day of talks on Tuesday, 17 February, had run to almost six hours in several formats.")
            == ["6.0 hours negotiations"])
    }

    @Test func aCountForACountAfterTheVerb() {
        #expect(figures("After the second Abu Dhabi round the sides exchanged 314 prisoners of war, 157 for 157, on 5 February.")
            == ["314.0 prisoners prisoner_exchange", "157.0 prisoners prisoner_exchange"])
    }
}
