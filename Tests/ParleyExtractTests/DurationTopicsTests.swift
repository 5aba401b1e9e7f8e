@testable import ParleyExtract
import Testing

/// How long a round lasted is the negotiations' even when the round is named far back ("wrapped up ... after about 40
/// minutes"); "after a pause of more than three years" is the talks' hiatus; "pauses in the fighting, lasting 24 to 48
/// hours" is a ceasefire's range, the war noun being inside the pauses' own phrase.
@Suite struct DurationTopicsTests {
    private func figures(_ text: String) -> [String] {
        Extractor.extract(body: "ISTANBUL, July 25, 2025 — " + text, actors: ActorDictionary()).figures
            .map { "\($0.topic) \($0.value)\($0.valueMax.map { "-\($0)" } ?? "") \($0.unit ?? "-")" }
    }

    @Test(arguments: [
        ("The latest, third round of direct negotiations between Russia and Ukraine wrapped up Wednesday evening at Istanbul's "
            + "Çırağan Palace after about 40 minutes, with both sides agreeing to another large prisoner exchange.",
         "negotiations 40.0 minutes"),
        ("The first round, held in Istanbul on May 16 after a pause of more than three years, produced a large prisoner exchange.",
         "negotiations 3.0 years"),
        ("He said Russia had once again proposed brief pauses in the fighting, lasting 24 to 48 hours, so that medics could work.",
         "ceasefire 24.0-48.0 hours"),
        // (What lasted is the meeting told before the verb, not a summit named after the figure.)
        ("Russia and Ukraine held a third round of direct peace talks in Istanbul, but the meeting lasted only about 40 minutes "
            + "and brought no progress toward a summit between their leaders.",
         "negotiations 40.0 minutes"),
    ])
    func aDurationsTopic(_ text: String, _ expected: String) {
        #expect(figures(text).contains(expected))
    }
}
