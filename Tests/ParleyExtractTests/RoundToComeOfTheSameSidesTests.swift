@testable import ParleyExtract
import Testing

/// After the round reported, its sides meeting in the future ("The delegations will meet again in Abu Dhabi next week",
/// "agreed to meet again", "could meet again") tell the round still to come; meeting again in the past does not.
@Suite struct RoundToComeOfTheSameSidesTests {
    private static let lead = "Delegations from the United States, Russia and Ukraine met in Abu Dhabi on Friday. "

    @Test(arguments: [
        ("The delegations will meet again in Abu Dhabi next week.", "talks Abu Dhabi - planned"),
        ("The three sides were expected to meet again in Abu Dhabi next week.", "talks Abu Dhabi - planned"),
        ("The three sides agreed to meet again in Abu Dhabi next week.", "talks Abu Dhabi - planned"),
        ("The delegations could meet again next week.", "talks - - proposed"),
    ])
    func aRoundToCome(sentence: String, expected: String) {
        #expect(DatedArticle.meetings(Self.lead + sentence, on: "24 January 2026") == ["talks Abu Dhabi 2026-01-23 held", expected])
    }

    @Test func meetingAgainInThePastIsNoRoundToCome() {
        #expect(DatedArticle.meetings(Self.lead + "The delegations met again on Saturday.", on: "24 January 2026")
            == ["talks Abu Dhabi 2026-01-23 held"])
    }
}
