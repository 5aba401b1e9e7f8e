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

    @Test func aSpanOfDaysIsOneDate() {
        let text = "KYIV, June 2, 2025 - Ukraine proposed holding a third round of talks between June 20 and June 30."
        #expect(talks(text).map { $0.date } == ["2025-06"])
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
