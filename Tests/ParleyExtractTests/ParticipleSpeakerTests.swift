@testable import ParleyExtract
import Testing

/// ", adding that ..." goes on with the speaker of the claim it follows, not the name nearest it; a clause
/// with a subject of its own keeps it; "without announcing" says nothing.
@Suite struct ParticipleSpeakerTests {
    private func claims(_ text: String) -> [String] {
        RuleTestSupport.claims(text).map { "\($0.0): \($0.2)" }
    }

    @Test func addingGoesOnWithTheLastSpeaker() {
        let text = "Kremlin aide Yuri Ushakov told reporters that it was too early to set a date for a meeting between "
            + "Vladimir Putin and Donald Trump, adding that it was unlikely to happen next week."
        #expect(claims(text).last == "Yuri Ushakov: it was unlikely to happen next week")
    }

    @Test func aClauseWithItsOwnSubjectKeepsIt() {
        let text = "Volodymyr Zelensky has expressed his readiness for a meeting with Putin, but the Kremlin has dismissed "
            + "the proposal, citing a decree signed by Zelensky."
        #expect(claims(text).last == "Kremlin: a decree signed by Zelensky")
    }

    @Test func withoutAnnouncingSaysNothing() {
        let text = "On Friday, August 15, Donald Trump and Vladimir Putin spent three hours together without announcing any agreement."
        #expect(claims(text).isEmpty)
    }
}

/// "According to a joint statement released late on Sunday, ...": the source without the words on when it appeared.
@Suite struct PublishedSourceTests {
    @Test(arguments: [
        ("According to a joint statement released late on Sunday, the two sides drafted a new framework.", "joint statement"),
        ("The two sides drafted a new framework, according to a readout published on the Kremlin website.", "readout"),
    ])
    func theSourceEndsBeforeItsParticiple(_ text: String, _ speaker: String) {
        #expect(RuleTestSupport.claims(text).first?.0 == speaker)
    }
}

/// "Hours before sitting down with the Americans, Putin lashed out ..., accusing them of ...": a span of time counted
/// from an event opens the sentence; the speaker is the subject after it.
@Suite struct TimeSpanOpeningTests {
    @Test(arguments: [
        "Hours before sitting down with the Americans, Vladimir Putin lashed out at European governments, accusing them of sabotage.",
        "Two days after the summit, Vladimir Putin lashed out at European governments, accusing them of sabotage.",
    ])
    func theSubjectAfterTheSpanSpeaks(_ text: String) {
        #expect(RuleTestSupport.claims(text).first?.0 == "Vladimir Putin")
    }
}

/// "Hakan Fidan, who told both sides that ...": the person a relative clause hangs on speaks, "that" after the object.
@Suite struct RelativeSpeakerObjectTests {
    @Test func thatAfterTheObject() {
        let text = "The talks were opened by the Turkish foreign minister, Hakan Fidan, who told both sides that there are two paths in front of us."
        #expect(RuleTestSupport.claims(text).map { "\($0.0): \($0.2)" } == ["Hakan Fidan: there are two paths in front of us"])
    }
}

/// "According to," with no source before its comma names no speaker (and reads no words past the comma).
@Suite struct EmptySourceTests {
    @Test(arguments: ["According to, the talks went well.", "The talks went well, according to."])
    func anEmptySourceSaysNothing(_ text: String) {
        #expect(RuleTestSupport.claims(text).isEmpty)
    }
}
