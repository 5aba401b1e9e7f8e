@testable import ParleyExtract
import Testing

/// Speech around asides: a participle between subject and verb, a quotation inside a relative
/// clause, ", adding that", "the aide" for the person who holds the role, and a quotation that ends
/// a clause of another verb inside reported speech.
@Suite struct SpeechAsideTests {
    private let cast = "Russian President Vladimir Putin, Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov met.\n\n"

    private func claims(_ sentence: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJuly 3, 2025\n\n" + cast + sentence).claims.map { "\($0.speaker) \($0.kind): \($0.text)" }
    }

    @Test(arguments: [
        ("Putin, speaking first, said the understanding reached in Alaska would “pave the way to peace,” and left.",
         ["Vladimir Putin reported: the understanding reached in Alaska would “pave the way to peace,” and left"]),
        ("Lavrov, who arrived wearing a sweatshirt with the initials “CCCP,” had said before the talks that Moscow would lay out its position.",
         ["Sergei Lavrov reported: Moscow would lay out its position"]),
        ("The topic was not touched upon during the conversation, the aide said, adding that the leaders had agreed to \"stay in touch.\"",
         ["Yuri Ushakov reported: The topic was not touched upon during the conversation",
          "Yuri Ushakov reported: the leaders had agreed to \"stay in touch.\""]),
        ("Ushakov wrote on his Telegram channel that the call had once again shown that \"dialogue between Russia and the US is working.\"",
         ["Yuri Ushakov reported: the call had once again shown that \"dialogue between Russia and the US is working.\""]),
        ("Lavrov said afterward the session had been \"productive\".", ["Sergei Lavrov reported: the session had been \"productive\""]),
        ("Ushakov countered that the session had been useful.", ["Yuri Ushakov reported: the session had been useful"]),
    ])
    func speechAroundAnAside(_ sentence: String, _ expected: [String]) {
        #expect(claims(sentence) == expected)
    }
}
