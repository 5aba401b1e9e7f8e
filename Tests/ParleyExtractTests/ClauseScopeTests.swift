@testable import ParleyExtract
import Testing

/// Facts that stay within their own clause or phrase: a proposal after a semicolon, a participle's subject after
/// "with", a pronoun inside its sentence, an infinitive after "claims".
@Suite struct ClauseScopeTests {
    private func extract(_ text: String) -> Extraction { Extractor.extract(body: "Headline here\n\n" + text) }

    @Test func aSummitProposedAfterASemicolonTakesNothingFromTheRoundBeforeIt() {
        let e = extract("The third round of direct negotiations at Istanbul's Çırağan Palace lasted about 40 minutes; "
            + "Kyiv proposed a meeting between Presidents Volodymyr Zelenskyy and Vladimir Putin before the end of August.")
        let summit = e.meetings.first { $0.kind == .summit }
        #expect(summit?.place == nil && summit?.venue == nil)
        #expect(e.figures.map(\.meeting) == [e.meetings.first { $0.kind == .talks }?.id])
    }

    @Test func aParticiplesSubjectAfterWith() {
        RuleTestSupport.expectOneClaim(
            in: "The talks produced no movement on a ceasefire, with the heads of both delegations acknowledging that their positions remained far apart.",
            by: "heads of both delegations", .reported, "their positions remained far apart")
    }

    @Test func aPronounIsThePersonNamedEarlierInItsSentence() {
        let text = "Kremlin spokesman Dmitry Peskov spoke on Monday. The talks came after US President Donald Trump gave Moscow 50 days "
            + "to agree to a deal, a deadline he later said he could shorten."
        #expect(RuleTestSupport.claims(text).map(\.0) == ["Donald Trump"])
    }

    @Test func aSubjectAfterAnHonorificWithADotIsNoted() {
        let text = "Rustem Umerov said Kyiv proposed a summit. Vladimir Medinsky spoke too.\n\n"
            + "Mr. Medinsky was cool on the idea. A summit, he said, would make sense only to sign a final agreement."
        #expect(extract(text).claims.map(\.speaker) == ["Rustem Umerov", "Vladimir Medinsky"])
    }

    @Test func aDemandIsAClaimAndWhatIsClaimedToBeDoneIsNot() {
        let found = RuleTestSupport.claims("Moscow demands that Kyiv withdraw from four regions that Russia claims to have annexed.")
        #expect(found.map { "\($0.0): \($0.2)" } == ["Moscow: Kyiv withdraw from four regions that Russia claims to have annexed"])
    }
}
