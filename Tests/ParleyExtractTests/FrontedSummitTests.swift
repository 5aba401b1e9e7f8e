@testable import ParleyExtract
import Testing

/// "Three days after his summit with Vladimir Putin in Alaska, the American president received Volodymyr Zelensky
/// in Washington on Monday": two meetings; the summit in the fronted phrase keeps its own place and is dated that
/// many days before the day of the clause after it; a leader received by a leader is a summit of their states.
@Suite struct FrontedSummitTests {
    @Test(arguments: [
        ("Three days after his summit with Vladimir Putin in Alaska, the American president received Volodymyr Zelensky in Washington on Monday.",
         ["summit Washington 2025-08-18 [\"US\", \"UA\"]", "summit Alaska 2025-08-15 [\"RU\"]"]),
        ("Vladimir Putin received Steve Witkoff, the US envoy, in the Kremlin on Monday.", ["talks Moscow 2025-08-18 [\"RU\", \"US\"]"]),
    ])
    func twoMeetings(_ text: String, _ expected: [String]) {
        let e = Extractor.extract(body: "Headline here\n\nPublished August 19, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties)" } == expected)
    }
}
