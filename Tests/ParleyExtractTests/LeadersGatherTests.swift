@testable import ParleyExtract
import Testing

/// "the leaders of the coalition will gather in Paris on January 6": "gather" and "convene" are verbs of meeting like
/// "gathered" and "convened"; "the Paris meeting, which will be hosted by Macron" is then that gathering.
@Suite struct LeadersGatherTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n02.01.2026 13:27\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test(arguments: [
        "The leaders of the Coalition of the Willing will gather in Paris on January 6, Zelensky said.",
        "The leaders of the Coalition of the Willing will convene in Paris on January 6, Zelensky said.",
    ])
    func leadersGatheringAhead(text: String) {
        #expect(meetings(text) == ["summit Paris 2026-01-06 planned"])
    }

    @Test func theCitysMeetingTakesItUp() {
        let text = "The leaders of the Coalition of the Willing will gather in Paris on January 6, Zelensky said. "
            + "According to the president, the Paris meeting, which will be hosted by French President Emmanuel Macron, should finalise the documents."
        #expect(meetings(text) == ["summit Paris 2026-01-06 planned"])
    }

    @Test func gatheringEvidenceIsNoMeeting() {
        #expect(meetings("Investigators will gather evidence in Kharkiv on Monday.").isEmpty)
    }
}
