@testable import ParleyExtract
import Testing

/// "according to a statement from the European Command" is the Command's; "the statement said" after it too; reported words
/// end before ", and there is ..." (the reporter's own clause).
@Suite struct StatementSourcesTests {
    @Test func aStatementFromABodyAndTheStatementSaid() {
        let text = "Washington and Moscow agreed to re-establish military dialogue, according to a statement from the European "
            + "Command.\n\n\"This channel of communication was suspended in the fall of 2021,\" the statement said."
        #expect(DatedArticle.claims(text, on: "06.02.2026") == [
            "European Command | Washington and Moscow agreed to re-establish military dialogue",
            "European Command | This channel of communication was suspended in the fall of 2021",
        ])
    }

    @Test func theWordsEndBeforeTheReportersOwnClause() {
        let text = "Volodymyr Zelensky said that Ukrainians will not give their land to the occupier, and there is alarm in European "
            + "capitals that the two men will try to settle Ukraine's borders."
        #expect(DatedArticle.claims(text, on: "09.08.2025") == ["Volodymyr Zelensky | Ukrainians will not give their land to the occupier"])
    }
}
