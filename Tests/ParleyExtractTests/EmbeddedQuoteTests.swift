@testable import ParleyExtract
import Testing

/// Quoted phrases at the end of reported speech, a second speaker joined by "and", sources described by a
/// participle, and "the minister" taking up the minister named last.
@Suite struct EmbeddedQuoteTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: text).claims.map { "\($0.kind) \($0.speaker): \($0.text)" }
    }

    @Test func aQuotedPhraseEndsTheContentBeforeATrailingAttribution() {
        #expect(claims("The conversation was \"frank and very useful,\" Kremlin foreign policy aide Yuriy Ushakov told reporters.")
            == ["reported Yuri Ushakov: The conversation was \"frank and very useful"])
    }

    @Test func aConditionEndingInAQuoteIsReported() {
        let text = """
            President Volodymyr Zelenskyy said Ukraine was ready for a "full and unconditional ceasefire" and warned that if \
            Russia was not prepared to stop the killing, "stronger sanctions are needed."
            """
        #expect(claims(text).last == "reported Volodymyr Zelensky: if Russia was not prepared to stop the killing, \"stronger sanctions are needed.\"")
    }

    @Test func aSecondSpeakerJoinedByAndHasTheirOwnClaim() {
        let text = """
            Chancellor Friedrich Merz said on X that Europe would "increase pressure on Moscow through sanctions," and President \
            Alexander Stubb wrote that "the time for games is over."
            """
        #expect(claims(text) == [
            "reported Friedrich Merz: Europe would \"increase pressure on Moscow through sanctions,\"",
            "quote Alexander Stubb: the time for games is over.",
        ])
    }

    @Test func aSourceDescribedByAParticipleStaysWhole() {
        let text = "A Ukrainian official involved in the exchange, speaking on condition of anonymity, told Euronews that both sides had kept their word."
        #expect(claims(text) == ["reported Ukrainian official involved in the exchange: both sides had kept their word"])
    }

    @Test func theMinisterIsTheOneNamedLast() {
        let text = """
            Defence Minister Rustem Umerov spoke in Kyiv. Foreign Minister Andrii Sybiha spoke in Brussels.

            The minister said Ukraine would not accept the ultimatum.
            """
        #expect(claims(text) == ["reported Andrii Sybiha: Ukraine would not accept the ultimatum"])
    }
}
