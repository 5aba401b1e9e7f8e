@testable import ParleyExtract
import Testing

/// Speakers told through others: a body relaying a person, "the President of Russia", and the person
/// a "who" clause hangs on.
@Suite struct NestedSpeakerTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: text).claims.map { "\($0.speaker): \($0.text)" }
    }

    private let lead = "Vladimir Putin had a telephone conversation with President Recep Tayyip Erdoğan on Tuesday.\n\n"

    @Test func aBodyRelayingAPersonLeavesThePersonAsSpeaker() {
        let text = lead + "In the call with Putin, Erdoğan said Türkiye would continue its efforts for a \"just and lasting peace,\" the directorate said."
        #expect(claims(text) == ["Recep Tayyip Erdoğan: Türkiye would continue its efforts for a \"just and lasting peace,\""])
    }

    @Test func thePresidentOfAStateIsItsPresident() {
        let text = lead + "Reaffirming his commitment, the President of Russia stated that Russia was ready to work with its partners."
        #expect(claims(text) == ["Vladimir Putin: Russia was ready to work with its partners"])
    }

    @Test func aWhoClauseHangsOnThePersonBeforeIt() {
        let text = lead + "It was a clear win for Mr. Putin, who has long argued that a temporary cease-fire would only allow Ukraine to rearm."
        #expect(claims(text) == ["Vladimir Putin: a temporary cease-fire would only allow Ukraine to rearm"])
        #expect(claims(lead + "Putin, who suggested the meeting, opted not to attend in person.").isEmpty)
    }
}

/// A description that is one person's role, and a condition that goes on with the statement.
@Suite struct RoleSpeakerTests {
    @Test func theHeadOfADelegationIsTheOneWhoHeadsIt() {
        let text = """
            Russian presidential aide Vladimir Medinsky, who heads the Russian delegation, spoke after the talks in Istanbul on Monday.

            The head of the Russian delegation also said that Moscow had proposed a ceasefire of two to three days.
            """
        let claims = Extractor.extract(body: text).claims
        #expect(claims.map(\.speaker) == ["Vladimir Medinsky"])
    }

    @Test func butOnlyIfGoesOnWithTheStatement() {
        let text = "President Volodymyr Zelensky said Ukraine would support a pause in strikes, but only if Russia observed it."
        #expect(Extractor.extract(body: text).claims.map(\.text) == ["Ukraine would support a pause in strikes, but only if Russia observed it"])
    }
}
