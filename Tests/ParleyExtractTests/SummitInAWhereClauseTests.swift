@testable import ParleyExtract
import Testing

/// "Speaking in the Lithuanian capital Vilnius, where he attended a summit of the Bucharest Nine group of NATO's eastern
/// flank states on Monday, Zelensky said ...": a summit told in a "where" clause was held in the city the clause hangs on,
/// on the day right after the phrase naming who met; "flank states" is a noun; the delegations' previous encounter is a
/// round, not a leaders' meeting.
@Suite struct SummitInAWhereClauseTests {
    /// The article's own day is Tuesday, June 3, 2025.
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJune 3, 2025\n\nUkrainian President Volodymyr Zelensky spoke.\n\n" + text)
            .meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-")" }
    }

    @Test func theWhereClausesCityAndTheDayAfterTheGroup() {
        let text = "Speaking in the Lithuanian capital Vilnius, where he attended a summit of the Bucharest Nine group of NATO's "
            + "eastern flank states on Monday, Zelensky said Russia wanted “the meetings in Istanbul to remain empty.”"
        #expect(meetings(text) == ["summit Vilnius 2025-06-02"])
    }

    @Test func flankStatesIsNoVerb() {
        let doc = Document("A summit of NATO's eastern flank states on Monday.")
        #expect(doc.tokens.first { $0.lower == "states" }.map { !$0.is(.sayingVerb) } == true)
    }

    @Test func theDelegationsPreviousEncounter() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Monday for a second round of talks.\n\n"
            + "The delegations met at the Ciragan Palace, seven weeks after their previous encounter in the Turkish city."
        #expect(meetings(text).allSatisfy { !$0.hasPrefix("summit") })
    }
}
