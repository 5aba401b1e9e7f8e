@testable import ParleyExtract
import Testing

/// "called the conversation useful, constructive and substantive": a thing named and the words judging it, with no
/// quotation, are what was said (not "called the president on Monday", a call); "A spokesman for Mr. Driscoll said": the one
/// serving the person speaks, past the honorific's dot.
@Suite struct CalledItAndServantSpeakerTests {
    private func claims(_ text: String) -> [String] { DatedArticle.claims(text, on: "Dec. 2, 2025") }

    @Test func aThingCalledByWordsJudgingIt() {
        #expect(claims("Kremlin aide Yuri Ushakov called the conversation useful, constructive and substantive, and said the two "
            + "sides had agreed not to disclose the details.")
            == ["Yuri Ushakov | the conversation useful, constructive and substantive",
                "Yuri Ushakov | the two sides had agreed not to disclose the details"])
        #expect(claims("Kremlin aide Yuri Ushakov called the talks very productive.") == ["Yuri Ushakov | the talks very productive"])
    }

    @Test(arguments: ["Kremlin aide Yuri Ushakov called the president on Monday.", "Kremlin aide Yuri Ushakov called the meeting off.",
                      "Kremlin aide Yuri Ushakov called the delegation back to Moscow."])
    func aCallOrAnOrderSaysNothing(_ text: String) {
        #expect(claims(text).isEmpty)
    }

    @Test func aServantOfAPersonWithAnHonorific() {
        #expect(claims("Army Secretary Dan Driscoll flew to Abu Dhabi. A spokesman for Mr. Driscoll said the talks were going well.")
            == ["spokesman for Mr. Driscoll | the talks were going well"])
    }
}
