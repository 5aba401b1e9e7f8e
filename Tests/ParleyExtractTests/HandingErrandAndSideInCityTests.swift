@testable import ParleyExtract
import Testing

/// "Driscoll flew to Kyiv on Thursday to present the plan to Zelensky": the errand's talks; "followed a long Sunday at the
/// U.S. mission in Geneva, where American and Ukrainian negotiators reworked ...": the day of the clause before;
/// "Rubio led the U.S. side in Geneva": the side at the round in that city.
@Suite struct HandingErrandAndSideInCityTests {
    private let people = "US Army Secretary Dan Driscoll spoke. Ukrainian President Volodymyr Zelensky spoke. "

    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\nNovember 25, 2025\n\n" + people + text)
    }

    private func meetings(_ text: String) -> [String] {
        extract(text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    @Test(arguments: [
        ("Driscoll flew to Kyiv on Thursday to present the plan to Zelensky.", "talks Kyiv 2025-11-20 held [\"UA\", \"US\"]"),
        ("Driscoll's role has grown. He led a Pentagon delegation, including Gen. Randy George, to Kyiv last Thursday to present "
            + "the plan to Zelensky.", "talks Kyiv 2025-11-20 held [\"UA\", \"US\"]"),
        ("Driscoll will fly to Kyiv on Thursday to present the plan to Zelensky.", "talks Kyiv 2025-11-27 planned [\"UA\", \"US\"]"),
        ("Driscoll presented the plan to Zelensky in Kyiv on Thursday.", "talks Kyiv 2025-11-20 held [\"UA\", \"US\"]"),
    ])
    func aDocumentHandedOnAnErrand(text: String, expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test func wantingToPresentIsNoMeeting() {
        #expect(meetings("Driscoll wants to present the plan to Zelensky.") == [])
    }

    private let geneva = "The meeting in Abu Dhabi followed a long Sunday at the U.S. mission in Geneva, where American and "
        + "Ukrainian negotiators reworked the original 28-point proposal. "

    @Test func theWhereClauseTakesTheDayOfTheClauseBefore() {
        #expect(meetings(geneva).first == "talks Geneva 2025-11-23 held [\"UA\", \"US\"]")
    }

    @Test func aMeetingNamedBeforeTheWhereIsNotToldTwice() {
        let text = "The swap was the result of the May 16 meeting in Istanbul, where Russian and Ukrainian delegations sat across "
            + "the same table."
        #expect(meetings(text).filter { $0.hasPrefix("talks Istanbul") }.count == 1)
    }

    @Test func theSideLedInACityIsAtThatRound() {
        let text = geneva + "Secretary of State Marco Rubio led the U.S. side in Geneva, joined by Driscoll."
        let out = extract(text)
        let geneva = out.meetings.first { $0.place == "Geneva" }?.id
        #expect(out.delegations.contains { $0.meeting == geneva && $0.side == "US" && $0.head == "Marco Rubio" })
    }
}
