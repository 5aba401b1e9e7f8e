@testable import ParleyExtract
import Testing

/// Speakers set apart from their verb by an aside, and speakers named by their role alone.
@Suite struct SpeakerShapeTests {
    @Test func aSpeakerAfterTheQuoteMayCarryAnAsideBeforeTheVerb() {
        let found = RuleTestSupport.claims("""
            “We have a humanitarian track,” Defence Minister Rustem Umerov, who led Kyiv’s delegation, told reporters afterwards. \
            “But what is needed is a ceasefire.”
            """)
        #expect(found.map(\.0) == ["Rustem Umerov", "Rustem Umerov"])
        #expect(found.map(\.2) == ["We have a humanitarian track", "But what is needed is a ceasefire."])
    }

    @Test func aClauseAfterAFrontedVerbOfSayingIsNoSpeaker() {
        RuleTestSupport.expectOneClaim(
            in: "Ukrainian Defence Minister Rustem Umerov, who headed Kyiv's delegation, said the prisoner exchange would take place in the coming days.",
            by: "Rustem Umerov", .reported, "the prisoner exchange would take place in the coming days")
    }

    @Test(arguments: [
        ("Ukrainian President Volodymyr Zelensky was in Vilnius. Later the Ukrainian president said Moscow wanted a pause.", "Volodymyr Zelensky"),
        ("Turkish Foreign Minister Hakan Fidan opened the talks. The Turkish foreign minister said both sides were ready.", "Hakan Fidan"),
    ])
    func aRoleWithTheNamesOnlyOnePersonIsThatPerson(_ text: String, _ speaker: String) {
        #expect(RuleTestSupport.claims(text).map(\.0) == [speaker])
    }
}
