@testable import ParleyExtract
import Testing

/// Leaders named by office alone, the talks a leaders' meeting was held for, and "his summit" owned by the
/// subject a participle goes back to.
@Suite struct LeadersByOfficeTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+"))"
        }
    }

    private let head = "Summit ends\n\nAugust 16, 2025\n\n"

    @Test(arguments: [
        ("The US president met the Russian leader on Friday in Anchorage.", "summit Anchorage 2025-08-15 US+RU"),
        ("Donald Trump met Vladimir Putin on Friday in Anchorage, for talks that lasted just under three hours.",
         "summit Anchorage 2025-08-15 US+RU"),
        // (Officials are no leaders: their talks stay talks.)
        ("US officials met Russian officials on Friday in Geneva for talks that lasted three hours.", "talks Geneva 2025-08-15 RU+US"),
    ])
    func aLeadersMeetingByVerb(_ sentence: String, _ expected: String) {
        #expect(meetings(head + sentence) == [expected])
    }

    @Test func hisSummitAfterAParticipleIsTheSubjects() {
        let text = head + "Donald Trump has dropped his demand for a ceasefire, saying after his summit with Vladimir Putin in Alaska "
            + "that a peace deal was better."
        #expect(meetings(text).first?.hasSuffix("US+RU") == true)
    }
}
