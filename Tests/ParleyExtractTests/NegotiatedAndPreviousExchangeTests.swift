@testable import ParleyExtract
import Testing

/// "Russia and Ukraine last negotiated directly in Istanbul in March 2022": negotiating with no object is a round;
/// "The previous exchange between Russia and Ukraine took place on May 6" is an exchange of its own.
@Suite struct NegotiatedAndPreviousExchangeTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "KYIV, June 3, 2025 — " + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        ("Russia and Ukraine last negotiated directly in Istanbul in March 2022.", "talks Istanbul 2022-03 RU+UA held"),
        ("Russian and Ukrainian officials negotiated for two hours in Istanbul on Friday.", "talks Istanbul 2025-05-30 RU+UA held"),
    ])
    func negotiatingWithNoObjectIsARound(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test(arguments: [
        "Steve Witkoff negotiated the release of Marc Fogel in Moscow in February.",
        "The envoys negotiated a framework in Geneva on Sunday.",
    ])
    func negotiatingSomethingIsNoMeeting(_ text: String) {
        #expect(meetings(text).isEmpty)
    }

    @Test func anEarlierExchangeBetweenTheSidesIsAnotherExchange() {
        let text = "A 1,000-for-1,000 prisoner exchange was completed on May 25. The previous exchange between Russia and "
            + "Ukraine took place on May 6."
        #expect(meetings(text) == ["exchange - 2025-05-25 RU+UA held", "exchange - 2025-05-06 RU+UA held"])
    }
}
