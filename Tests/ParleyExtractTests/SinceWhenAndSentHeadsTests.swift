@testable import ParleyExtract
import Testing

/// A day told after "since" is never the talks' own, and a "when" clause after it tells an earlier meeting of its own;
/// delegations "led ... again on June 2nd" hold a round that day, headed by "the same two men"; one sent "at the head of a
/// delegation", or sent alone by a leader, heads their state's side.
@Suite struct SinceWhenAndSentHeadsTests {
    private func meetings(_ text: String) -> [String] { DatedArticle.meetings(text, on: "09.08.2025") }

    private func delegations(_ text: String) -> [String] {
        let e = DatedArticle.extract(text, on: "09.08.2025")
        let label = Dictionary(uniqueKeysWithValues: e.meetings.map { ($0.id, $0.date ?? "-") })
        return e.delegations.map { "\(label[$0.meeting]!) \($0.side) \($0.head ?? "-")" }
    }

    @Test func aWhenClauseAfterSinceTellsAnEarlierMeeting() {
        let text = "The doors opened on May 16th on the first direct talks between Russia and Ukraine since the end of March 2022, "
            + "when the two sides last met in Istanbul."
        #expect(meetings(text) == ["talks - 2025-05-16 held", "talks Istanbul 2022-03 held"])
    }

    @Test func delegationsLedAgainOnADay() {
        let text = "The third round of talks between Russia and Ukraine was held in Istanbul on July 23. Vladimir Medinsky led the "
            + "Russian delegation and Rustem Umerov the Ukrainian one.\n\nThe same two men led their delegations again on June "
            + "2nd, this time at the Çırağan Palace."
        #expect(meetings(text) == ["talks Istanbul 2025-07-23 held", "talks Istanbul 2025-06-02 held"])
        #expect(delegations(text).filter { $0.hasPrefix("2025-06-02") } == ["2025-06-02 RU Vladimir Medinsky", "2025-06-02 UA Rustem Umerov"])
    }

    @Test func sentAtTheHeadOfADelegationPastALongDescription() {
        let text = "Russian and Ukrainian delegations met in Istanbul on May 16. Vladimir Putin did not come. He sent Vladimir "
            + "Medinsky, a presidential aide and former culture minister with a taste for lecturing on history, at the head of a "
            + "delegation that included a deputy foreign minister."
        #expect(delegations(text).contains("2025-05-16 RU Vladimir Medinsky"))
    }

    @Test func aLeaderSendsOneMinister() {
        let text = "Russian and Ukrainian delegations met in Istanbul on May 16. Volodymyr Zelensky, who had offered to meet Mr "
            + "Putin in person, sent his defence minister, Rustem Umerov, instead."
        #expect(delegations(text).contains("2025-05-16 UA Rustem Umerov"))
    }

    /// Guard: a round told in a "when" clause of the sentence's own time ("Back in 2022, when Medinsky headed Moscow's
    /// team at the failed talks in Belarus") takes that sentence's delegations.
    @Test func aWhenClauseOfTheSentencesOwnTime() {
        let text = "Two days of talks between Russian and Ukrainian negotiators in Geneva wrapped up Wednesday, with Moscow's chief "
            + "delegate Vladimir Medinsky calling them difficult.\n\nBack in 2022, when Medinsky headed Moscow's team at the failed "
            + "talks in Belarus, he squared off against Davyd Arakhamia, who led Ukraine's side."
        #expect(DatedArticle.extract(text, on: "18.02.2026").delegations.contains { $0.head == "Vladimir Medinsky" && $0.meeting != "m1" })
    }
}
