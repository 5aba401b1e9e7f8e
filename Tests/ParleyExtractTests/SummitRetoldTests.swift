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

    @Test func talksAfterACallAreARound() {
        let text = "Russian President Vladimir Putin and US President Donald Trump spoke by phone on Monday, the Kremlin said.\n\n"
            + "It was the first direct talks between Russia and Ukraine since 2022."
        #expect(meetings(text).contains { $0.hasPrefix("talks") })
    }

    @Test func theAppositiveDatesOnlyTheHeldSummitOfItsCity() {
        let text = opening + "\n\nOn Thursday, Trump said he would meet Putin in Budapest.\n\n"
            + "The Anchorage meeting, held at Joint Base Elmendorf-Richardson on August 15, lasted three hours."
        let e = Extractor.extract(body: "Headline here\n\nAug 16, 2025\n\n" + text)
        #expect(e.meetings.first { $0.place == "Budapest" }?.monthDay == nil)
    }
}
