@testable import ParleyExtract
import Testing

/// "an emergency meeting of European leaders", "the Coalition of the Willing meeting": a meeting of a group of leaders is
/// a leaders' meeting, placed by the city after the group; a verb of hosting or joining it tells it held or still to come;
/// "this evening", "tonight" and "later the same day" date it; a host's meeting with no place is in the dateline's city.
@Suite struct LeadersGatheringTests {
    private func meetings(_ text: String, dateline: String = "WARSAW, Feb. 17, 2025 — ") -> [String] {
        Extractor.extract(body: dateline + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test(arguments: [
        ("Macron hosted an emergency meeting of European leaders in Paris on Monday.", "summit Paris 2025-02-17 held"),
        ("Tusk attended the Coalition of the Willing meeting in London on Monday.", "summit London 2025-02-17 held"),
        ("A meeting of the coalition of the willing in London is planned for Tuesday.", "summit London 2025-02-18 planned"),
        ("Tusk flew on to Paris, where Macron is this evening hosting an emergency meeting of European leaders.",
         "summit Paris 2025-02-17 held"),
        ("Macron's gathering of European leaders in Paris ended without a plan.", "summit Paris - held"),
    ])
    func aMeetingOfLeadersIsALeadersMeeting(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test(arguments: ["The intelligence gathering of the allies was discussed.", "A meeting of the two teams is planned."])
    func otherGatheringsAreNoLeadersMeeting(_ text: String) {
        #expect(!meetings(text).contains { $0.hasPrefix("summit") })
    }

    @Test func laterTheSameDayIsTheDayJustTold() {
        let text = "Zelensky spoke in Kyiv on February 14. He said there were prospects.\n\n"
            + "Later the same day, Zelensky joined a video meeting of the so-called coalition of the willing."
        #expect(meetings(text).contains("summit - 2025-02-14 held"))
    }

    @Test func aHostsMeetingWithNoPlaceIsInTheDatelinesCity() {
        let text = "German Chancellor Friedrich Merz, who also hosted a meeting of European leaders with Ukrainian President "
            + "Volodymyr Zelensky on Monday evening, was effusive."
        #expect(meetings(text, dateline: "BERLIN, Feb. 18, 2025 — ") == ["summit Berlin 2025-02-17 held"])
        #expect(meetings(text, dateline: "WARSAW, Feb. 18, 2025 — ") == ["summit - 2025-02-17 held"])
    }
}
