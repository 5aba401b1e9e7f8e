@testable import ParleyExtract
import Testing

/// Who a verb of meeting took, past words that are not those met: a count before "of" ("two of President Trump's closest
/// advisers"), how long they met ("met for about five hours in the Kremlin ... with"), a leader who only owns those met;
/// a team that is the subject of a meeting still ahead sits at that meeting; "with Merz hosting ..." lists no member.
@Suite struct MeetingObjectsAndTeamsAheadTests {
    private let day = "Dec. 3, 2025"

    private func meetings(_ text: String) -> [String] {
        DatedArticle.extract(text, on: day).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test(arguments: [
        "Russian President Vladimir Putin met two of President Donald Trump's closest advisers in the Kremlin on Tuesday.",
        "Russian President Vladimir Putin met for about five hours in the Kremlin on Tuesday night with Steve Witkoff, the US envoy.",
        "Russian President Vladimir Putin met for about five hours in the Kremlin on Tuesday night with two of President Donald Trump's "
            + "closest advisers.",
    ])
    func thoseMetArePastCountsAndTimeSpent(_ text: String) {
        #expect(meetings(text) == ["talks Moscow 2025-12-02 [\"RU\", \"US\"]"])
    }

    @Test func aTeamThatIsToMeetSitsAtThatMeeting() {
        let e = DatedArticle.extract("Russian President Vladimir Putin met US envoy Steve Witkoff in the Kremlin on Tuesday. A Ukrainian "
            + "team led by Rustem Umerov and including Gen. Andriy Hnatov, the chief of the general staff, is expected to meet "
            + "Mr. Witkoff in Miami later this week.", on: day)
        let miami = e.meetings.first { $0.place == "Miami" }
        #expect(miami?.status == .planned)
        let teams = e.delegations.filter { $0.meeting == miami?.id }.map { "\($0.side) \($0.head ?? "-"): \($0.members.joined(separator: ", "))" }
        #expect(teams == ["UA Rustem Umerov: Andriy Hnatov"])
    }

    @Test func aClauseOfWhatAnotherDidListsNoMember() {
        let e = DatedArticle.extract("In mid-December, Steve Witkoff and Jared Kushner met in Berlin with a Ukrainian team led by Rustem "
            + "Umerov, the secretary of Ukraine's National Security and Defence Council, with Friedrich Merz hosting a meeting of "
            + "European leaders alongside the talks.", on: "Jan. 7, 2026")
        let team = e.delegations.first { $0.side == "UA" }
        #expect(team?.head == "Rustem Umerov")
        #expect(team?.members == [])
    }
}
