@testable import ParleyExtract
import Testing

/// Which states a round is between: states joined before the noun ("the first high-level US-Russia talks"), those
/// after "between" in a later mention over every state of the clause, and officials who "met" in a sentence that
/// names a call.
@Suite struct SidesNamedTests {
    @Test(arguments: [
        ("After hours of talks in Saudi Arabia, Kyiv said it was ready. Ukraine said it is ready to accept a ceasefire with Russia, "
            + "following talks between American and Ukrainian officials in Jeddah on Tuesday. "
            + "The Jeddah meeting followed the first high-level US-Russia talks, held in Riyadh on February 18.",
         ["Jeddah 2025-03-11 [\"UA\", \"US\"]", "Riyadh 2025-02-18 [\"RU\", \"US\"]"]),
        ("Putin agreed to a pause after a phone call with Trump on Tuesday. "
            + "The call came a week after US and Ukrainian officials met in the Saudi city of Jeddah on March 11.",
         ["Jeddah 2025-03-11 [\"UA\", \"US\"]"]),
    ])
    func theSides(_ text: String, _ expected: [String]) {
        let e = Extractor.extract(body: "Headline here\n\nPublished March 12, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.filter { $0.kind == .talks }.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties)" } == expected)
    }
}
