@testable import ParleyExtract
import Testing

/// "Three days after his summit with Vladimir Putin in Alaska, the American president received Volodymyr Zelensky
/// in Washington on Monday": two meetings; the summit in the fronted phrase keeps its own place and is dated that
/// many days before the day of the clause after it; a leader received by a leader is a summit of their states.
@Suite struct FrontedSummitTests {
    @Test(arguments: [
        ("Three days after his summit with Vladimir Putin in Alaska, the American president received Volodymyr Zelensky in Washington on Monday.",
         ["summit Washington 2025-08-18 [\"US\", \"UA\"]", "summit Alaska 2025-08-15 [\"US\", \"RU\"]"]),
        ("Vladimir Putin received Steve Witkoff, the US envoy, in the Kremlin on Monday.", ["talks Moscow 2025-08-18 [\"RU\", \"US\"]"]),
    ])
    func twoMeetings(_ text: String, _ expected: [String]) {
        let e = Extractor.extract(body: "Headline here\n\nPublished August 19, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties)" } == expected)
    }
}

/// "In August, days after a meeting with the U.S. envoy in Moscow, Putin flew to Anchorage for a summit with Trump":
/// a month opening the sentence dates both; the envoy meeting is talks of its own, apart from the round reported, with
/// no delegation for the leader who only flew on; the summit is where he flew.
@Suite struct MeetingDaysAfterTests {
    @Test func bothMeetings() {
        let text = "Russian President Vladimir Putin held talks with U.S. special envoy Steve Witkoff in Moscow on Tuesday.\n\n"
            + "In August, days after a meeting with the U.S. envoy in Moscow, Putin flew to Anchorage for a summit with Trump."
        let e = Extractor.extract(body: "Headline here\n\nPublished December 3, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-")" } == [
            "talks Moscow 2025-12-02", "talks Moscow 2025-08", "summit Anchorage 2025-08",
        ])
        #expect(e.delegations.allSatisfy { $0.meeting == "m1" })
    }
}
