@testable import ParleyExtract
import Testing

/// "met members of a Russian delegation on Monday night and was scheduled to see them again on Tuesday": the same sides
/// again, ahead.
@Suite struct SeeingThemAgainTests {
    private static let lead = "US Army Secretary Dan Driscoll spoke.\n\n"

    @Test func seenAgainAheadIsAMeetingToCome() {
        let text = Self.lead + "In Abu Dhabi, Driscoll met members of a Russian delegation for several hours on Monday night and was "
            + "scheduled to see them again on Tuesday, a US official said."
        #expect(DatedArticle.meetings(text, on: "25 November 2025") == ["talks Abu Dhabi 2025-11-24 held", "talks Abu Dhabi 2025-11-25 planned"])
    }

    @Test func hopingToSeeThemAgainSomeDayIsNone() {
        let text = Self.lead + "Driscoll met members of a Russian delegation on Monday and hoped to see them again one day."
        #expect(DatedArticle.meetings(text, on: "25 November 2025") == ["talks - 2025-11-24 held"])
    }
}

/// "in the capital of the United Arab Emirates": that state's capital; not so of a region ("the capital of Crimea").
@Suite struct CapitalOfAStateTests {
    @Test(arguments: [
        ("Talks were held in the capital of Saudi Arabia on Tuesday.", ["talks Riyadh 2026-02-03 held"]),
        ("Talks were held in the capital of the United Arab Emirates on Tuesday.", ["talks Abu Dhabi 2026-02-03 held"]),
        ("Talks were held in the capital of Crimea on Tuesday.", []),
    ])
    func theCapitalOfAState(sentence: String, expected: [String]) {
        #expect(DatedArticle.meetings(sentence, on: "5 February 2026") == expected)
    }
}

/// "Driscoll, a former army officer and a close friend of Vance, presented the original plan to Zelensky in Kyiv last
/// Thursday": the apposition set off after the giver.
@Suite struct HandedPastAnAppositionTests {
    @Test func theGiverPastTheApposition() {
        let text = "US Army Secretary Dan Driscoll and President Volodymyr Zelensky.\n\nDriscoll, a former army officer and a close "
            + "friend of Vice President JD Vance, presented the original plan to Zelensky in Kyiv last Thursday."
        #expect(DatedArticle.meetings(text, on: "25 November 2025") == ["talks Kyiv 2025-11-20 held"])
    }
}

/// "The last prisoner swap before Thursday's took place on October 2, 2025": past the swap it is told against, an
/// exchange of its own.
@Suite struct SwapBeforeAnotherTests {
    @Test func theEarlierSwapIsAnExchangeOfItsOwn() {
        let text = "Russia and Ukraine exchanged 314 prisoners of war on Thursday.\n\nThe last prisoner swap before Thursday's took "
            + "place on October 2, 2025, when each side freed 185 servicemen."
        #expect(DatedArticle.meetings(text, on: "5 February 2026") == ["exchange - 2026-02-05 held", "exchange - 2025-10-02 held"])
    }
}

/// "suggested that the two delegations hold another round before the end of the month": a round offered, still to come.
@Suite struct AnotherRoundOfferedInAClauseTests {
    @Test func anotherRoundSuggested() {
        let text = "Russian and Ukrainian negotiators on Monday held their second round of direct talks in Istanbul. Ukraine suggested "
            + "that the two delegations hold another round before the end of the month."
        #expect(DatedArticle.meetings(text, on: "2 June 2025") == ["talks Istanbul 2025-06-02 held", "talks - - proposed"])
    }
}
