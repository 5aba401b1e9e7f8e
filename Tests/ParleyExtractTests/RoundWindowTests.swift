@testable import ParleyExtract
import Testing

/// "another round of talks", "a further round" are a round still to come; a window of days still ahead ("between June 20
/// and June 30", "between June 20th and 30th", "between 20 and 30 June") gives it no day; a window already past is dated
/// by its first day, as a multi-day event is.
@Suite struct RoundWindowTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "ISTANBUL, June 3, 2025 — " + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.date ?? "-") \($0.status)" }
    }

    @Test(arguments: [
        ("Ukrainian Defence Minister Rustem Umerov proposed holding another round of talks between June 20 and June 30.",
         "talks - proposed"),
        ("Ukraine's delegation proposed a further round between June 20th and 30th.", "talks - proposed"),
        ("Ukraine proposed holding the next round of talks between 20 and 30 June.", "talks - proposed"),
        ("Kyiv proposed a further round from 20 to 30 June.", "talks - proposed"),
        ("Russia and Ukraine agreed to hold another round of talks.", "talks - planned"),
    ])
    func aRoundToComeInAWindow(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test func anotherRoundOfStrikesIsNoMeeting() {
        #expect(meetings("Russia launched another round of strikes on Kyiv.").isEmpty)
    }

    @Test(arguments: [
        "The prisoner swap was carried out from May 23 to May 25.",
        "The prisoner swap was carried out between 23 and 25 May.",
        "The prisoner swap was carried out between May 23 and 25.",
    ])
    func aPastWindowIsDatedByItsFirstDay(_ text: String) {
        #expect(meetings(text) == ["exchange 2025-05-23 held"])
    }

    @Test(arguments: [
        "He said no meeting between Putin and Trump was planned for now.",
        "There were no talks in Istanbul on Monday.",
    ])
    func aMeetingDeniedByNoIsNone(_ text: String) {
        #expect(meetings(text).isEmpty)
    }
}
