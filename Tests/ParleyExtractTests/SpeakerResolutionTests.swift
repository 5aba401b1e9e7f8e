@testable import ParleyExtract
import Testing

/// Who speaks: "he" after "spoke with Putin" is the subject, not the one spoken with; ", adding:" goes on with the speaker
/// of the verb before it; "Source: Defence Minister Rustem Umerov" is the person; "told reporters at the US mission it
/// had been"; "complained"; "Gulf states have emerged" is no claim.
@Suite struct SpeakerResolutionTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJune 2, 2025\n\n" + text).claims.map { "\($0.speaker) | \($0.text)" }
    }

    @Test func aPronounIsTheSubjectNotTheOneSpokenWith() {
        let text = "On 19 May, US President Donald Trump spoke by phone with Russian President Vladimir Putin for more than two hours, "
            + "after which he wrote that Russia and Ukraine would start negotiations."
        #expect(claims(text) == ["Donald Trump | Russia and Ukraine would start negotiations"])
    }

    @Test func addingAfterAQuotedFragmentGoesOnWithTheSpeaker() {
        let text = "Russian Foreign Minister Sergei Lavrov said on Friday that President Vladimir Putin was ready to meet "
            + "President Volodymyr Zelensky “when the agenda for a summit is ready,” adding: “This agenda is not ready at all.”"
        #expect(claims(text).contains("Sergei Lavrov | This agenda is not ready at all."))
        #expect(!claims(text).contains { $0.hasPrefix("Volodymyr Zelensky") })
    }

    @Test func aSourceLabelWithATitle() {
        let text = """
            Ukraine and Russia have agreed to exchange all seriously wounded prisoners.

            Source: Defence Minister Rustem Umerov, head of the Ukrainian delegation, at a briefing in Istanbul

            Quote: "We have agreed on an all-for-all exchange."

            Details: Umerov said the meeting had lasted just over one hour.
            """
        let found = claims(text)
        #expect(found.contains("Rustem Umerov | Ukraine and Russia have agreed to exchange all seriously wounded prisoners"))
        #expect(found.contains("Rustem Umerov | We have agreed on an all-for-all exchange."))
    }

    @Test(arguments: [
        ("US Secretary of State Marco Rubio told reporters at the US mission in Geneva it had been a productive meeting.",
         "Marco Rubio | it had been a productive meeting"),
        ("US President Donald Trump complained on social media that Ukraine's leadership had shown no gratitude.",
         "Donald Trump | Ukraine's leadership had shown no gratitude"),
    ])
    func whatWasSaid(_ text: String, _ expected: String) {
        #expect(claims(text) == [expected])
    }

    @Test(arguments: ["Gulf states have emerged as key venues for diplomacy over the war.",
                      "The two states have emerged as key venues for diplomacy over the war."])
    func statesAsANoun(_ text: String) {
        #expect(claims(text).isEmpty)
    }
}

/// `said the two sides were “closer than ever,” while Mr. Zelensky said ...`: two speakers' clauses; "rejected Russian
/// demands that ..." is a noun, no demand made.
@Suite struct WhileAndDemandsNounTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJanuary 7, 2026\n\n" + text).claims.map { "\($0.speaker) | \($0.text)" }
    }

    @Test func aSecondSpeakerAfterAQuoteAndWhile() {
        let text = "Mr. Trump said the two sides were “closer than ever,” while Ukrainian President Volodymyr Zelensky said the "
            + "framework was 90 per cent agreed."
        let found = claims(text)
        #expect(found.contains("Volodymyr Zelensky | the framework was 90 per cent agreed"))
        #expect(!found.contains { $0.contains("while") })
    }

    @Test(arguments: [
        ("He has, however, rejected Russian demands that Ukrainian troops withdraw from the Donetsk region.", [String]()),
        ("Moscow demands that Kyiv withdraw from four regions.", ["Moscow | Kyiv withdraw from four regions"]),
    ])
    func demandsAsVerbOrNoun(_ text: String, _ expected: [String]) {
        #expect(claims(text) == expected)
    }
}
