@testable import ParleyExtract
import Testing

/// A round told as still to come is not the first round told as held; "to welcome the talks" takes up the round to come;
/// "The same afternoon" is the day just told; a venue after "since" is the earlier meeting's; talks told as held in
/// another city than the round before are another round.
@Suite struct RoundToComeAndSameDayTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "ROME, May 20, 2025 — " + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test func aHeldFirstRoundIsNotTheRoundToCome() {
        let text = "Zelensky said on Monday that the next round could take place in Türkiye, the Vatican or Switzerland.\n\n"
            + "The first direct talks between Russian and Ukrainian delegations in more than three years were held in Istanbul last Friday."
        let found = meetings(text)
        #expect(found.contains("talks Istanbul - 2025-05-16 held"))
        #expect(found.filter { $0.hasSuffix("planned") }.count == 1)
    }

    @Test func talksAnInfinitiveOfHostingTakesAreTheRoundToCome() {
        let text = "Premier Giorgia Meloni said the Vatican was ready to welcome the next round of Russia-Ukraine negotiations.\n\n"
            + "She had been asked to sound out the Holy See's willingness to welcome the talks."
        let found = meetings(text)
        #expect(found.count == 1)
        #expect(found.allSatisfy { !$0.hasSuffix("held") })
    }

    @Test(arguments: [
        ("The same afternoon, Zelensky met US Vice President JD Vance and Secretary of State Marco Rubio in Rome.",
         "talks Rome - 2025-05-18 held"),
        ("The same afternoon, Zelensky met US Vice President JD Vance, his first meeting with Vance since the clash in the "
            + "Oval Office in February.", "talks Rome - 2025-05-18 held"),
        ("The same afternoon in Rome, Zelensky held talks with JD Vance, his first face-to-face meeting with Vance since the "
            + "clash in the Oval Office in February.", "talks Rome - 2025-05-18 held"),
    ])
    func theSameAfternoonIsTheDayJustTold(_ sentence: String, _ expected: String) {
        let text = "Ukrainian President Volodymyr Zelensky arrived in Rome on Sunday for the inauguration Mass.\n\n" + sentence
        #expect(meetings(text) == [expected])
    }

    @Test(arguments: [
        "The first direct talks between Russian and Ukrainian delegations in more than three years were held in Istanbul last Friday.",
        "The talks between Russian and Ukrainian delegations took place in Istanbul on May 16.",
    ])
    func talksHeldInAnotherCityAreAnotherRound(_ sentence: String) {
        let text = "On Sunday, Zelensky held talks with JD Vance in Rome.\n\n" + sentence
        #expect(meetings(text) == ["talks Rome - 2025-05-18 held", "talks Istanbul - 2025-05-16 held"])
    }
}
