@testable import ParleyExtract
import Testing

/// A relative clause of leading names the rounds its person headed after "at": "Kostyukov, who had headed Moscow's
/// delegation at two earlier rounds in Abu Dhabi on Jan. 23-24 and Feb. 4-5" heads those rounds, not the one the sentence
/// is about; a description set off by a dash before "who" still tells whom the clause is on.
@Suite struct HeadsInLeadClauseTests {
    private func heads(_ text: String) -> [String] { DatedArticle.heads(text, on: "18.02.2026") }

    @Test func eachClauseHeadsItsOwnRounds() {
        let text = "Two days of talks between Russian and Ukrainian negotiators in Geneva wrapped up Wednesday, with Moscow's chief "
            + "delegate Vladimir Medinsky calling the sessions difficult.\n\nMedinsky — a former culture minister and amateur "
            + "historian who led Russia's team at last year's talks in Istanbul — took over from military intelligence chief Igor "
            + "Kostyukov, who had headed Moscow's delegation at two earlier rounds in Abu Dhabi on Jan. 23-24 and Feb. 4-5."
        #expect(heads(text) == ["Abu Dhabi 2026-01-23 RU Igor Kostyukov", "Abu Dhabi 2026-02-04 RU Igor Kostyukov",
                                "Geneva 2026-02-17 RU Vladimir Medinsky", "Istanbul 2025 RU Vladimir Medinsky"])
    }

    private func owner(_ text: String) -> String? {
        let doc = Document(text)
        let people = PeopleIndex(doc)
        guard let k = doc.tokens.firstIndex(where: { $0.lower == "led" }),
              let p = RelativeClause.owner(holding: k, doc.sentences[doc.tokens[k].sentence], doc.tokens, people) else { return nil }
        return people.people[p].name
    }

    @Test func aDescriptionSetOffByADash() {
        #expect(owner("Vladimir Medinsky — a former culture minister and amateur historian who led Russia's team — took over.")
            == "Vladimir Medinsky")
    }

    /// Guard: a hyphen inside a description ("history-minded") opens none.
    @Test func aHyphenOpensNoDescription() {
        #expect(owner("Russia sent not Vladimir Medinsky, the history-minded Kremlin aide who led its team in Istanbul, but Igor Kostyukov.")
            == "Vladimir Medinsky")
    }
}
