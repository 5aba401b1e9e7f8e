@testable import ParleyExtract
import Testing

/// "Earlier that day" is the day just told, in any paragraph, and not a day told in a relative clause on a place.
@Suite struct ThatDayTests {
    @Test func earlierThatDayIsTheDayOfTheRoundJustTold() {
        let text = """
            Headline of the article here

            July 25, 2025

            Russian and Ukrainian delegations met in Istanbul for a third round of talks. The third round was held on Wednesday \
            evening in the Çırağan Palace, where the delegations had also met for the second round on June 2.

            Before the plenary, Turkish Foreign Minister Hakan Fidan met the two heads of delegation.

            Earlier that day, Turkish President Recep Tayyip Erdoğan received Ukrainian Defence Minister Rustem Umerov and the \
            Ukrainian delegation at the Presidential Complex in Ankara.
            """
        let ankara = Extractor.extract(body: text).meetings.first { $0.place == "Ankara" }
        #expect(ankara?.date == "2025-07-23")
    }
}
