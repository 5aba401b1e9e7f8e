@testable import ParleyExtract
import Testing

/// "The Russian delegation was headed, as in January, by the chief of the Main Directorate of the General Staff, Admiral Igor
/// Kostyukov": the head past an aside before "by" and past the rank after his office's comma; the round of the month the aside
/// names has him as head too.
@Suite struct HeadPastAsideAndRankTests {
    private static let rounds = "The second round of trilateral talks ended in Abu Dhabi on Thursday. The first round took place "
        + "in Abu Dhabi on 23-24 January."

    private func heads(_ text: String) -> [String] {
        let found = DatedArticle.extract(Self.rounds + "\n\n" + text, on: "5 February 2026")
        return found.delegations.map { d in "\(found.meetings.first { $0.id == d.meeting }?.date ?? "-") \(d.side) \(d.head ?? "-")" }.sorted()
    }

    @Test func aHeadPastAnAsideAndARank() {
        #expect(heads("The Russian delegation was headed, as in January, by the chief of the Main Directorate of the General Staff, "
            + "Admiral Igor Kostyukov.") == ["2026-01-23 RU Igor Kostyukov", "2026-02-05 RU Igor Kostyukov"])
    }

    @Test func anAsideWithNoMonthHeadsOnlyTheRoundTold() {
        #expect(heads("The Russian delegation was headed, once again, by Admiral Igor Kostyukov.") == ["2026-02-05 RU Igor Kostyukov"])
    }
}
