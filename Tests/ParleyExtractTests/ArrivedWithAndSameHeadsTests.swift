@testable import ParleyExtract
import Testing

/// One who "arrived with" people at a round heads their state's side, the people its members, even in a list parted by
/// semicolons; "the same two delegation heads" of a round the paragraph tells are the main round's.
@Suite struct ArrivedWithAndSameHeadsTests {
    private func delegations(_ text: String, on day: String) -> [String] {
        let e = DatedArticle.extract(text, on: day)
        let label = Dictionary(uniqueKeysWithValues: e.meetings.map { ($0.id, $0.date ?? "-") })
        return e.delegations.map { "\(label[$0.meeting]!) \($0.side) \($0.head ?? "-") [\($0.members.joined(separator: ", "))]" }
    }

    @Test func arrivedWithASemicolonList() {
        let text = "The talks started on May 16 at the Dolmabahçe Palace in Istanbul. Vladimir Medinsky arrived with a deputy foreign "
            + "minister, Mikhail Galuzin; a deputy defense minister, Alexander Fomin; and the head of Russian military intelligence, "
            + "Igor Kostyukov."
        #expect(delegations(text, on: "25.07.2025") == ["2025-05-16 RU Vladimir Medinsky [Mikhail Galuzin, Alexander Fomin, Igor Kostyukov]"])
    }

    /// Guard: a semicolon that opens another clause ends the list.
    @Test func aSemicolonBeforeAnotherClauseEndsTheList() {
        let doc = Document("Medinsky arrived with a deputy minister, Mikhail Galuzin; the Ukrainian side included Rustem Umerov.")
        let people = PeopleIndex(doc)
        let with = doc.tokens.firstIndex { $0.lower == "with" }!
        #expect(IncludedList.members(doc, people, after: with, in: doc.sentences[0], aside: true) == ["Mikhail Galuzin"])
    }

    @Test func theSameTwoDelegationHeads() {
        let text = "The third round of talks between Russia and Ukraine was held in Istanbul on Wednesday. Vladimir Medinsky led the "
            + "Russian delegation and Rustem Umerov led the Ukrainian delegation.\n\nThe second round, on June 2, lasted about an hour. "
            + "But the same two delegation heads agreed on an exchange of wounded soldiers."
        #expect(delegations(text, on: "25.07.2025").filter { $0.hasPrefix("2025-06-02") }
            == ["2025-06-02 RU Vladimir Medinsky []", "2025-06-02 UA Rustem Umerov []"])
    }
}
