@testable import ParleyExtract
import Testing

/// "held a meeting in Paris with U.S. Special Envoy Steve Witkoff": the people met after a place or day set between
/// "meeting" and "with".
@Suite struct MeetingInAPlaceWithTests {
    private let people = "US Special Envoy Steve Witkoff spoke. Ukrainian presidential chief of staff Andriy Yermak spoke. "

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n04.09.2025 22:37\n\n" + people + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test(arguments: [
        "Yermak held a meeting in Paris with Witkoff on Thursday.",
        "On Thursday, Yermak held a meeting in Paris with Witkoff.",
        "Yermak held a meeting on Thursday in Paris with Witkoff.",
    ])
    func thePeopleMetPastThePlace(text: String) {
        #expect(meetings(text) == ["talks Paris 2025-09-04 [\"UA\", \"US\"]"])
    }

    @Test func aClauseBetweenEndsTheSearch() {
        #expect(meetings("Yermak held a meeting in Paris, and later spoke with Witkoff by video.").allSatisfy { $0.hasPrefix("call") || !$0.contains("US") })
    }

    @Test(arguments: ["Yermak asked for a meeting.", "Yermak asked for a meeting"])
    func aMeetingEndingTheTextReadsNothingPastIt(text: String) {
        #expect(meetings(text) == [])
    }
}
