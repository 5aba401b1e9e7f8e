@testable import ParleyExtract
import Testing

/// A call named by the people on it, and states whose names take two words.
@Suite struct StatesOfTwoWordsTests {
    private let cast = "US President Donald Trump and Russian President Vladimir Putin are rivals.\n\n"

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nFebruary 18, 2025\n\n" + cast + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+"))" }
    }

    @Test(arguments: [
        ("The meeting grew out of a call between Trump and Putin last Wednesday.", "call - 2025-02-12 RU+US"),
        ("It followed the call with Mr. Putin on February 12.", "call - 2025-02-12 RU"),
    ])
    func aCallBetweenPeople(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence).contains(expected))
    }

    @Test(arguments: [
        "Trump made a call for calm on Monday.",
        "Trump had a call with reporters on Monday.",
    ])
    func aCallWithNoPersonOnItIsNone(_ sentence: String) {
        #expect(!meetings(sentence).contains { $0.hasPrefix("call") })
    }

    @Test(arguments: [
        ("Russia and the United States held talks in Saudi Arabia on Tuesday.", "talks Saudi Arabia 2025-02-18 RU+US"),
        ("Top U.S. and Russian diplomats agreed on Tuesday to go on, after talks in Saudi Arabia that lasted four hours.",
         "talks Saudi Arabia 2025-02-18 RU+US"),
    ])
    func aStateOfTwoWords(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }
}
