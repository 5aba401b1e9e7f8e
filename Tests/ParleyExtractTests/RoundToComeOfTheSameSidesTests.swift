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

/// "Kirill Dmitriev would also hold separate talks with Steve Witkoff in Abu Dhabi": talks a modal a few plain words before
/// puts ahead, and separate talks another meeting than the round to come.
@Suite struct SeparateTalksAheadTests {
    private static let lead = "Delegations from the United States, Russia and Ukraine met in Abu Dhabi on Friday. "

    @Test func talksAModalPutsAheadPastAnAdverb() {
        let found = DatedArticle.meetings(Self.lead + "He said Kirill Dmitriev would also hold talks with Steve Witkoff in Abu Dhabi.",
                                          on: "24 January 2026")
        #expect(found == ["talks Abu Dhabi 2026-01-23 held", "talks Abu Dhabi - planned"])
    }

    @Test func separateTalksAreNotTheRoundToCome() {
        let found = DatedArticle.meetings(Self.lead + "Zelensky said a new round could take place next week. He said Kirill Dmitriev would also "
            + "hold separate talks with Steve Witkoff in Abu Dhabi on economic matters.", on: "24 January 2026")
        #expect(found == ["talks Abu Dhabi 2026-01-23 held", "talks - - proposed", "talks Abu Dhabi - planned"])
    }
}

/// "a new round could take place next week", "might be held in Geneva", "further meetings will take place": a round ahead;
/// "The talks could be difficult" and further meetings held are none.
@Suite struct RoundPossibleAheadTests {
    private static let lead = "Delegations from the United States, Russia and Ukraine met in Abu Dhabi on Friday. "

    @Test(arguments: [
        ("Zelensky said a new round could take place next week.", ["talks Abu Dhabi 2026-01-23 held", "talks - - proposed"]),
        ("A new round might be held in Geneva.", ["talks Abu Dhabi 2026-01-23 held", "talks Geneva - proposed"]),
        ("The talks could be difficult, he said.", ["talks Abu Dhabi 2026-01-23 held"]),
        ("He said further meetings will take place next week.", ["talks Abu Dhabi 2026-01-23 held", "talks - - planned"]),
        ("He held further meetings with his generals.", ["talks Abu Dhabi 2026-01-23 held"]),
    ])
    func aRoundPossibleAhead(sentence: String, expected: [String]) {
        #expect(DatedArticle.meetings(Self.lead + sentence, on: "24 January 2026") == expected)
    }
}
