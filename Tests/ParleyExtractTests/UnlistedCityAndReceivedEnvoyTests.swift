@testable import ParleyExtract
import Testing

/// "met Stubb in Turku": a capitalised word in no lexicon right after the one met is a city; envoys who "flew to Moscow and
/// were received by" a leader had talks, a leader who "flew to Ankara and was received" a leaders' meeting there.
@Suite struct UnlistedCityAndReceivedEnvoyTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 15, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
    }

    @Test(arguments: [
        ("Ukrainian President Volodymyr Zelensky met Finnish President Alexander Stubb in Turku on December 5.", "summit Turku - 2025-12-05"),
        ("Ukrainian President Volodymyr Zelensky met Finnish President Alexander Stubb in January.", "summit - - 2025-01"),
    ])
    func aCityTheGazetteerDoesNotList(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test func talksInParliamentArePlacedNowhere() {
        #expect(!meetings("Talks in Parliament stalled on Monday.").contains { $0.contains("Parliament") })
    }

    @Test(arguments: [
        ("On 2 December, Steve Witkoff and Jared Kushner flew to Moscow and were received by Russian President Vladimir Putin "
            + "in the Kremlin.", "talks Moscow Kremlin 2025-12-02"),
        ("Ukrainian President Volodymyr Zelensky flew to Ankara and was received by Turkish President Recep Tayyip Erdogan on "
            + "December 11.", "summit Ankara - 2025-12-11"),
    ])
    func receivedAfterAJourney(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }
}
