@testable import ParleyExtract
import Testing

/// "The call lasted more than two hours" with no call told before: the call the lead tells of, on its day and between
/// its two sides; "The call for a ceasefire" is none.
@Suite struct DefiniteCallTests {
    private func calls(_ text: String) -> [String] {
        Extractor.extract(body: "WASHINGTON, March 18, 2025 — " + text, actors: ActorDictionary()).meetings
            .filter { $0.kind == .call }
            .map { "\($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: ["lasted more than two hours", "ended shortly after noon", "came a week after the talks in Jeddah"])
    func aDefiniteCallToldAsHeldIsTheLeadsCall(_ course: String) {
        let text = "President Trump and Russian President Vladimir Putin agreed Tuesday to a 30-day halt on attacks against energy sites.\n\n"
            + "The call \(course), according to the White House."
        #expect(calls(text) == ["2025-03-18 RU+US held"])
    }

    @Test(arguments: ["The call for a ceasefire came from Kyiv.", "The call was echoed in Paris."])
    func otherCallsAreNone(_ sentence: String) {
        let text = "President Trump and Russian President Vladimir Putin agreed Tuesday to a 30-day halt on attacks against energy sites.\n\n"
            + sentence
        #expect(calls(text).isEmpty)
    }
}
