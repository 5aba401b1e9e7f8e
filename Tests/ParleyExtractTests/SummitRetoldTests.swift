@testable import ParleyExtract
import Testing

/// A leaders' meeting told again: judged in the past it was held ("described his summit with Trump ... as 'useful'");
/// "The meeting, held at <venue> on <day>" dates it; "It was the first face-to-face encounter between the two presidents
/// since 2019" says what it was and tells no other meeting.
@Suite struct SummitRetoldTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAug 16, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    private let opening = "Russian President Vladimir Putin described his summit with US President Donald Trump in Anchorage, Alaska, as \"timely and quite useful\", but the two leaders left without an agreement."

    @Test(arguments: ["described", "hailed", "called"])
    func judgedSummitWasHeld(verb: String) {
        let text = opening.replacingOccurrences(of: "described", with: verb)
        #expect(meetings(text) == ["summit Anchorage - held"])
    }

    @Test func aFutureSummitStaysToCome() {
        #expect(meetings("Putin said his summit with Trump in Budapest would take place within two weeks.") == ["summit Budapest - planned"])
    }

    @Test func theAppositiveDatesIt() {
        let text = opening + "\n\nThe meeting, held at Joint Base Elmendorf-Richardson on August 15, lasted nearly three hours."
        #expect(meetings(text) == ["summit Anchorage 2025-08-15 held"])
    }

    @Test(arguments: [
        "It was the first face-to-face encounter between the two presidents since 2019.",
        "It was the first meeting between the two presidents since 2019.",
        "This was the latest summit between the two leaders.",
    ])
    func aPredicateTellsNoOther(text: String) {
        #expect(meetings(opening + "\n\n" + text) == ["summit Anchorage - held"])
    }
}
