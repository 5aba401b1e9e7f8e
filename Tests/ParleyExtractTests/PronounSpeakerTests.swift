@testable import ParleyExtract
import Testing

/// Whose words: "he" opening a clause is the one named before, not a person after its verb; a trailing "he said" goes on
/// with the last speaker, not with the people its words name; a clause with its own verb of saying between commas is no
/// aside; "but cautioned that" is a claim of its own and "but declined to say" ends the words.
@Suite struct PronounSpeakerTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n" + text + "\n", actors: ActorDictionary()).claims.map { "\($0.speaker) | \($0.text)" }
    }

    @Test func heOpeningTheClauseIsTheOneNamedBefore() {
        let text = "President Volodymyr Zelenskiy did not travel to Istanbul. On Thursday he held talks in Ankara with Turkish "
            + "president Recep Tayyip Erdoğan, and afterwards described the Russian team as “a decorative delegation”."
        #expect(claims(text) == ["Volodymyr Zelenskiy | the Russian team as “a decorative delegation”"])
    }

    @Test func aTrailingHeSaidGoesOnWithTheLastSpeaker() {
        let text = "Rustem Umerov told a news conference that Kyiv had proposed a summit. United States President Donald Trump "
            + "and Turkish President Recep Tayyip Erdogan could also take part, he said."
        #expect(claims(text).allSatisfy { $0.hasPrefix("Rustem Umerov | ") })
    }

    @Test func aClauseWithItsOwnVerbOfSayingIsNoAside() {
        let text = "\"No compromise has yet been found\" on the territorial question, Yuri Ushakov told reporters in Moscow, "
            + "adding that some American proposals looked acceptable."
        #expect(claims(text).contains("Yuri Ushakov | some American proposals looked acceptable"))
    }

    @Test(arguments: [
        ("Analysts in Kyiv said the exchange was a welcome gesture but cautioned that it was no sign of a breakthrough.",
         ["Analysts in Kyiv | the exchange was a welcome gesture", "Analysts in Kyiv | it was no sign of a breakthrough"]),
        ("Marco Rubio said the remaining differences were \"not insurmountable\" but declined to say whether Washington would wait.",
         ["Marco Rubio | the remaining differences were \"not insurmountable\""]),
    ])
    func whereTheWordsEnd(_ text: String, _ expected: [String]) {
        #expect(claims(text) == expected)
    }
}
