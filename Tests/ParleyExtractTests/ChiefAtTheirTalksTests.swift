@testable import ParleyExtract
import Testing

/// A side's chief negotiator named in the sentence that tells the talks heads that side's delegation told with no head.
@Suite struct ChiefAtTheirTalksTests {
    private func delegations(_ text: String) -> [String] {
        Extractor.extract(body: "Headline\n\nDecember 3, 2025\n\n" + text + "\n").delegations.map { "\($0.side) \($0.head ?? "-")" }
    }

    @Test func theChiefNegotiatorNamedAtTheTalksHeadsHisSide() {
        let text = """
            US special envoy Steve Witkoff met a Ukrainian delegation in Geneva on 23 November.

            On Sunday, Witkoff and Marco Rubio hosted Ukraine’s new chief negotiator, Rustem Umerov, and his team in Hallandale Beach.
            """
        #expect(delegations(text).contains("UA Rustem Umerov"))
    }

    /// (A member with no such role stays a member.)
    @Test func aMemberWithAnotherRoleHeadsNothing() {
        let text = """
            US special envoy Steve Witkoff met a Ukrainian delegation in Geneva on 23 November.

            On Sunday, Witkoff and Marco Rubio hosted Ukraine’s security council secretary, Rustem Umerov, and his team in Hallandale Beach.
            """
        #expect(!delegations(text).contains("UA Rustem Umerov"))
    }
}
