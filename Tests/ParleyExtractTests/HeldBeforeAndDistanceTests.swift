@testable import ParleyExtract
import Testing

/// While the article's round is still to come, a round a relative clause tells as held is an earlier one of its own;
/// and "The call came a day after X met Y" dates that meeting from the call.
@Suite struct HeldBeforeAndDistanceTests {
    private let lead = "Headline here\n\nPublished May 19, 2025\n\n"
        + "US President Donald Trump spoke by phone with Russian President Vladimir Putin on Monday. He said Russia and Ukraine "
        + "would immediately start negotiations. "

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: lead + text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test(arguments: [
        ("Putin thanked Trump for supporting direct talks between Russia and Ukraine, which took place in Istanbul last Friday.",
         "talks Istanbul 2025-05-16 held"),
        ("Putin recalled the direct talks, which were held in Istanbul on May 16.", "talks Istanbul 2025-05-16 held"),
    ])
    func anEarlierRoundToldAsHeld(_ text: String, _ expected: String) {
        #expect(meetings(text).contains(expected))
        #expect(meetings(text).contains { $0.hasPrefix("talks - -") })
    }

    @Test(arguments: [
        ("The call came a day after US Vice President JD Vance met Ukrainian President Volodymyr Zelenskyy in Rome.", "talks Rome 2025-05-18 held"),
        ("The call came a week after US Vice President JD Vance met Ukrainian President Volodymyr Zelenskyy in Rome.", "talks Rome 2025-05-12 held"),
    ])
    func aMeetingDatedFromTheCall(_ text: String, _ expected: String) {
        #expect(meetings(text).contains(expected))
    }
}
