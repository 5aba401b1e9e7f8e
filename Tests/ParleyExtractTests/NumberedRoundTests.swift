@testable import ParleyExtract
import Testing

/// Articles that recount several rounds: each numbered round is its own meeting, and a span of
/// days is one date, not two rounds.
@Suite struct NumberedRoundTests {
    private func talks(_ text: String) -> [Meeting] { Extractor.extract(body: text).meetings.filter { $0.kind == .talks } }

    @Test func eachNumberedRoundIsItsOwnMeeting() {
        let text = """
            DOHA, 29 Jul 2025 - Three rounds of direct talks have produced prisoner swaps.

            Russian and Ukrainian negotiators met in Istanbul last Wednesday for their third round of direct talks since May.

            On May 16, after Putin proposed reviving direct negotiations, the two delegations met at Istanbul's Dolmabahce Palace, \
            their first face-to-face talks in more than three years.

            On June 2, the second round, held at the Ciragan Palace, produced an agreement.
            """
        let found = talks(text).map { "\($0.round ?? 0) \($0.date ?? "-") \($0.venue ?? "-")" }
        #expect(found.sorted() == ["1 2025-05-16 Dolmabahce Palace", "2 2025-06-02 Ciragan Palace", "3 2025-07-23 -"])
    }

    /// (A window of days still ahead gives the round no day, as the labelled sets leave it; see RoundWindowTests.)
    @Test func aWindowOfDaysAheadIsNoDate() {
        let text = "KYIV, June 2, 2025 - Ukraine proposed holding a third round of talks between June 20 and June 30."
        #expect(talks(text).map { $0.date } == [nil])
    }

    @Test func aRoundAndTheExchangeItProducedAreNotTwoRounds() {
        let text = """
            KYIV, June 2, 2025 - The delegations met in Istanbul on Monday.

            The round followed the first meeting between the delegations in Istanbul on May 16, which produced \
            a 1,000-for-1,000 prisoner swap completed on May 25.
            """
        #expect(!talks(text).contains { $0.date == "2025-05-25" })
    }
}

/// "their third round of direct peace talks this year" is dated by the lead's day, not by "this year"; "The delegations
/// met at Istanbul's Ciragan Palace" places it; "The two earlier rounds, held in the same city on May 16 and June 2" are
/// in its city.
@Suite struct SameCityRoundsTests {
    @Test func theRounds() {
        let text = "ISTANBUL (AP) — Russia and Ukraine agreed Wednesday to exchange another 1,200 prisoners of war from each side, but "
            + "their third round of direct peace talks this year lasted just 40 minutes.\n\n"
            + "The delegations met at Istanbul's Ciragan Palace, their first face-to-face session in seven weeks. The two earlier "
            + "rounds, held in the same city on May 16 and June 2, also yielded humanitarian deals."
        let e = Extractor.extract(body: "Headline here\n\nUpdated 6:42 PM GMT+3, July 23, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.filter { $0.kind == .talks }.map { "\($0.place ?? "-") \($0.date ?? "-")" }
            == ["Istanbul 2025-07-23", "Istanbul 2025-05-16", "Istanbul 2025-06-02"])
    }
}
