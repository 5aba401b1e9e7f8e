@testable import ParleyExtract
import Testing

/// "Ukrainian and Russian delegations meeting in Istanbul on June 2 agreed to ...": "meeting" after a group and before a
/// place or day is the participle of a clause on the group, so the group's talks are told.
@Suite struct ParticipleOfMeetingTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJune 2, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    @Test(arguments: [
        "Ukrainian and Russian delegations meeting in Istanbul on June 2 agreed to a new exchange of prisoners.",
        "Delegations from Ukraine and Russia meeting in Istanbul on Monday agreed to a new exchange of prisoners.",
    ])
    func theGroupsTalks(text: String) {
        #expect(meetings(text).contains("talks Istanbul 2025-06-02 held [\"RU\", \"UA\"]"))
    }

    @Test(arguments: [
        "Ukrainian and Russian delegations meeting rooms in Istanbul on June 2 were ready.",
        "Ukrainian and Russian delegations discussed a meeting of their leaders in Istanbul on June 2.",
    ])
    func aNounMeetingIsNoParticiple(text: String) {
        #expect(!meetings(text).contains { $0.hasPrefix("talks") })
    }
}
