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

/// Sentence ends after one-letter names, "but that" clauses, role heads before "of", adverbs before pronouns.
@Suite struct SpeakerReachTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: text).claims.map { "\($0.kind) \($0.speaker): \($0.text)" }
    }

    @Test func aOneLetterNameAfterALowerCaseWordEndsTheSentence() {
        let text = """
            “Ukraine is ready,” President Volodymyr Zelensky wrote on X. He said that if Russia rejected a ceasefire, \
            “tough sanctions” must follow.
            """
        #expect(claims(text).last == "reported Volodymyr Zelensky: if Russia rejected a ceasefire, “tough sanctions” must follow")
    }

    @Test func butThatGoesOnWithTheSameVerb() {
        let text = "Kremlin spokesman Dmitry Peskov said there was no date for a third round, but that Moscow expected results."
        #expect(claims(text) == ["reported Dmitry Peskov: there was no date for a third round, but that Moscow expected results"])
    }

    @Test func theMinisterIsTheMinisterOfDefense() {
        let text = """
            This was stated by Minister of Defense of Ukraine Rustem Umerov at a briefing in Kyiv.

            The minister said that the Russian memorandum offered two options.
            """
        #expect(claims(text).last == "reported Rustem Umerov: the Russian memorandum offered two options")
    }

    @Test func anAdverbBeforeThePronoun() {
        let text = "President Vladimir Putin rejected the call. Instead he proposed direct talks in Istanbul."
        #expect(claims(text) == ["reported Vladimir Putin: direct talks in Istanbul"])
    }
}
