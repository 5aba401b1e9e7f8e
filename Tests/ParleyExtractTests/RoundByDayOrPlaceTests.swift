@testable import ParleyExtract
import Testing

/// "the May 16 round in Istanbul", "a round in Geneva on Nov. 23": a round named by its day or place is a round of talks;
/// "the June round" is the one round of June already told; "a joint call" is a call.
@Suite struct RoundByDayOrPlaceTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "ISTANBUL, Dec. 3, 2025 — " + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test(arguments: [
        ("Ukrainian President Volodymyr Zelensky said the May 16 round in Istanbul had brought no ceasefire.",
         "talks Istanbul 2025-05-16 held"),
        ("The Florida session builds on a round in Geneva on Nov. 23, where officials trimmed the plan to 19 points.",
         "talks Geneva 2025-11-23 held"),
        ("The round in Istanbul on July 23 lasted forty minutes.", "talks Istanbul 2025-07-23 held"),
        ("Negotiators have not met since the Istanbul round.", "talks Istanbul - held"),
        ("The plan was drafted after an earlier US-Ukraine round in Geneva.", "talks Geneva - held"),
        ("The last direct Russian-Ukrainian round was held in Istanbul on July 23.", "talks Istanbul 2025-07-23 held"),
        ("The round was held in Istanbul on July 23.", "talks Istanbul 2025-07-23 held"),
    ])
    func aRoundWithItsDayOrPlaceIsTalks(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test(arguments: [
        "Russia launched a round of strikes on Kyiv on Monday.",
        "Shelling went on round the clock in Kharkiv on Monday.",
        "The ministers walked round the Dolmabahce Palace gardens.",
    ])
    func aRoundWithoutDayPlaceOrTalksIsNoMeeting(_ text: String) {
        #expect(meetings(text).allSatisfy { !$0.hasPrefix("talks") })
    }

    @Test func aDayToldOfTheSwapARoundLedToIsNotTheRounds() {
        let text = "The first Istanbul round led to a 1,000-a-side prisoner swap, completed in three stages over a weekend late last month."
        #expect(meetings(text).filter { $0.hasPrefix("talks") } == ["talks Istanbul - held"])
    }

    @Test func theRoundOfAMonthIsTheOneRoundDatedInIt() {
        let text = "The talks in Istanbul on June 2 ended quickly. The memorandums were handed over at the June round, "
            + "Dmitry Peskov said."
        #expect(meetings(text) == ["talks Istanbul 2025-06-02 held"])
    }

    @Test(arguments: [
        "President Donald Trump held a joint call with Ukrainian President Volodymyr Zelensky on Monday.",
        "President Donald Trump held a separate call with Ukrainian President Volodymyr Zelensky on Monday.",
        "President Donald Trump had another call with Ukrainian President Volodymyr Zelensky on Monday.",
    ])
    func aJointSeparateOrAnotherCallIsACall(_ text: String) {
        #expect(meetings(text) == ["call - 2025-12-01 held"])
    }

    @Test func aRoundOfTalksIsPlacedByTheCityAfterTheTalks() {
        let text = "Vucic, who stood next to Vladimir Putin at the parade in Moscow on May 9 and held talks with him there, used the trip.\n\n"
            + "As leaders met in Odesa, the deals struck at the second round of Russian-Ukrainian talks in Istanbul on June 2 were carried out."
        #expect(meetings(text).contains("talks Istanbul 2025-06-02 held"))
    }
}
