@testable import ParleyExtract
import Testing

/// "delegations from the United States, Ukraine and Russia": every state listed after the plural noun is a side, and of the
/// main round a sentence tells; a head told in a clause with its verb left out ("..., the Russian side by military
/// intelligence chief Igor Kostyukov") heads that side, and the clause is no description of the name before it; a head
/// told past what the delegation was made of.
@Suite struct DelegationsListedFromTests {
    private func extract(_ text: String) -> Extraction { DatedArticle.extract(text, on: "06.02.2026") }

    private func delegations(_ text: String) -> [String] {
        extract(text).delegations.map { "\($0.side) \($0.head ?? "-")" }.sorted()
    }

    @Test func everyStateListedAfterFromIsASide() {
        let text = "Delegations from the United States, Ukraine and Russia met in Abu Dhabi on February 4."
        #expect(delegations(text) == ["RU -", "UA -", "US -"])
        #expect(extract(text).meetings.map(\.parties) == [["RU", "UA", "US"]])
    }

    @Test func theMainRoundTakesTheStatesListed() {
        let text = "KYIV/MOSCOW: Russia and Ukraine on Thursday exchanged 157 prisoners of war each, hours after the second round "
            + "of US-brokered trilateral talks concluded in Abu Dhabi.\n\nUS special envoy Steve Witkoff announced the deal in a "
            + "post on X after the two-day meeting, held on February 4 and 5 with delegations from the United States, Ukraine "
            + "and Russia."
        #expect(extract(text).meetings.first { $0.kind == .talks }?.parties == ["RU", "UA", "US"])
    }

    @Test func aHeadInAClauseWithItsVerbLeftOut() {
        let text = "Russian and Ukrainian officials met in Abu Dhabi on February 4. The Ukrainian delegation was headed by Rustem "
            + "Umerov, the Russian side by military intelligence chief Igor Kostyukov."
        #expect(delegations(text) == ["RU Igor Kostyukov", "UA Rustem Umerov"])
        #expect(extract(text).people.first { $0.name == "Rustem Umerov" }?.country == "UA")
    }

    @Test func aHeadPastWhatTheDelegationWasMadeOf() {
        let text = "Russian and Ukrainian officials met in Abu Dhabi on February 4. The Russian delegation, made up of Defense "
            + "Ministry officials, was led by Adm. Igor Kostyukov."
        #expect(delegations(text).contains("RU Igor Kostyukov"))
    }

    /// Guard: one state after "from" is the single-state rule's, and a singular noun lists no sides.
    @Test func aSingularNounListsNoSides() {
        #expect(DelegationsFrom.states(Document("A delegation from Russia and Ukraine arrived."), after: 1,
                                       in: Document("A delegation from Russia and Ukraine arrived.").sentences[0]) == [])
    }
}
