@testable import ParleyExtract
import Testing

/// "joined dozens of European and allied leaders in Paris on Tuesday": a leaders' meeting there; "spent more than five
/// hours at the Federal Chancellery in Berlin with a Ukrainian team", "spent Monday in Paris with Macron": those met
/// come after the time and place; a held summit told with no day at the place of a dated one is that one.
@Suite struct JoinedAndSpentWithTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline\n\nVILNIUS, January 7, 2026\n\n" + text + "\n").meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.joined(separator: "+"))"
        }
    }

    @Test(arguments: [
        ("Lithuanian President Gitanas Nausėda joined dozens of European and allied leaders in Paris on Tuesday.",
         "summit Paris 2026-01-06 held LT+FR"),
        ("British Prime Minister Keir Starmer joined fellow European leaders in Berlin on Monday.", "summit Berlin 2026-01-05 held GB+DE"),
        ("Polish President Karol Nawrocki will join other leaders in Rome on Friday.", "summit Rome 2026-01-09 planned PL+IT"),
    ])
    func aLeaderJoiningLeadersInACity(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    /// (Leaders joined nowhere named, or a group that is no leaders, make no meeting.)
    @Test(arguments: [
        "Lithuanian President Gitanas Nausėda joined other leaders in calling for a ceasefire.",
        "Lithuanian President Gitanas Nausėda joined dozens of protesters in Paris on Tuesday.",
    ])
    func noLeadersMetInACity(_ sentence: String) {
        #expect(meetings(sentence).isEmpty)
    }

    @Test(arguments: [
        ("On Sunday, December 14, Witkoff and Jared Kushner spent more than five hours at the Federal Chancellery in Berlin with a Ukrainian team led by Rustem Umerov.",
         "talks Berlin 2025-12-14 held UA+US"),
        ("Ukrainian President Volodymyr Zelensky, who spent Monday in Paris with French President Emmanuel Macron, said Kyiv was waiting.",
         "summit Paris 2026-01-05 held UA+FR"),
    ])
    func timeSpentWithThoseMet(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    @Test func anUndatedHeldSummitAtTheSamePlaceIsTheDatedOne() {
        let text = """
            Lithuanian President Gitanas Nausėda joined dozens of European and allied leaders in Paris on Tuesday.

            The meeting at the Élysée Palace, hosted by French President Emmanuel Macron, was the first gathering of the coalition attended by envoys of US President Donald Trump.
            """
        #expect(meetings(text).filter { $0.hasPrefix("summit Paris") } == ["summit Paris 2026-01-06 held LT+FR"])
    }
}
