@testable import ParleyExtract
import Testing

/// "Ukraine's team was led by Umerov, who also headed it at the first round on May 16": a round told in a relative
/// clause on a person is that person's, not the round the main clause seats the team at; and "at the head of a
/// delegation" after an apposition names the person before it.
@Suite struct HeadToldInRelativeClauseTests {
    private func delegations(_ text: String) -> [String] {
        let out = Extractor.extract(body: "Headline here\n\nJune 2, 2025\n\n" + text)
        return out.delegations.map { d in
            let m = out.meetings.first { $0.id == d.meeting }
            return "\(m?.date ?? "-") \(d.side) \(d.head ?? "-") \(d.members)"
        }.sorted()
    }

    /// (Its negotiators give each side a delegation with no head.)
    private let opening = "ISTANBUL — Russian and Ukrainian negotiators met in Istanbul on Monday for the second round of direct talks. "

    @Test func roundInTheHeadsClauseIsHis() {
        let text = opening + "Ukraine's team was led by Defense Minister Rustem Umerov, who also headed it at the first round on May 16, "
            + "and included First Deputy Foreign Minister Serhiy Kyslytsya."
        #expect(delegations(text) == [
            "2025-05-16 UA Rustem Umerov []",
            "2025-06-02 RU - []",
            "2025-06-02 UA Rustem Umerov [\"Serhiy Kyslytsya\"]",
        ])
    }

    @Test func headOfADelegationPastTheApposition() {
        let text = opening + "Moscow sent Vladimir Medinsky, a Kremlin aide and former culture minister, at the head of a delegation "
            + "that included Deputy Foreign Minister Mikhail Galuzin."
        #expect(delegations(text) == ["2025-06-02 RU Vladimir Medinsky [\"Mikhail Galuzin\"]", "2025-06-02 UA - []"])
    }
}
