@testable import ParleyExtract
import Testing

/// "Medinsky, ... who led the Russian side, said the swap would be bigger than the exchange agreed at the first round on
/// May 16": the side he led is the article's round, not the one told in what he said.
@Suite struct LeaderToldBeforeSpeechTests {
    @Test func theSideLedIsTheArticlesRound() {
        let text = "Headline here\n\nJune 3, 2025\n\n"
            + "Russian and Ukrainian delegations met in Istanbul on Monday for a second round of direct talks.\n\n"
            + "Vladimir Medinsky, the aide to President Vladimir Putin who led the Russian side, said the swap would involve at least "
            + "1,000 prisoners on each side, which would make it bigger than the exchange agreed at the first round on May 16."
        let e = Extractor.extract(body: text)
        let heads = e.delegations.compactMap { d in d.head.map { "\(e.meetings.first { $0.id == d.meeting }?.date ?? "-") \(d.side) \($0)" } }
        #expect(heads == ["2025-06-02 RU Vladimir Medinsky"])
    }
}
