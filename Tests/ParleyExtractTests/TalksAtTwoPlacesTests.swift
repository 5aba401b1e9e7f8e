@testable import ParleyExtract
import Testing

/// Talks told at two places ("the failed talks in Belarus and Istanbul") were two meetings with the same delegations; a
/// round "of the Abu Dhabi talks" is placed there; a month set before the clause dates an exchange talks produced; those
/// who "sat in as observers" met no one.
@Suite struct TalksAtTwoPlacesTests {
    private let lead = "Two days of talks between Russian and Ukrainian negotiators in Geneva wrapped up Wednesday, with Moscow's "
        + "chief delegate Vladimir Medinsky calling the sessions difficult.\n\n"

    private func extract(_ text: String) -> Extraction { DatedArticle.extract(lead + text, on: "18.02.2026") }

    @Test func talksAtTwoPlacesAreTwoMeetingsWithTheSameDelegations() {
        let text = "Back in 2022, when Medinsky headed Moscow's team at the failed talks in Belarus and Istanbul, he squared off "
            + "against Davyd Arakhamia, who led Ukraine's side."
        let e = extract(text)
        #expect(DatedArticle.meetings(lead + text, on: "18.02.2026")
            == ["talks Geneva 2026-02-17 held", "talks Belarus 2022 held", "talks Istanbul 2022 held"])
        let ids = Dictionary(uniqueKeysWithValues: e.meetings.map { ($0.id, $0.place ?? "-") })
        #expect(e.delegations.filter { ids[$0.meeting] != "Geneva" }.map { "\(ids[$0.meeting]!) \($0.side) \($0.head ?? "-")" }.sorted()
            == ["Belarus RU Vladimir Medinsky", "Belarus UA Davyd Arakhamia", "Istanbul RU Vladimir Medinsky", "Istanbul UA Davyd Arakhamia"])
    }

    /// Guard: a place followed by the subject of a new clause is one place ("talks in Geneva and Kyiv said ...").
    @Test func aPlaceOpeningTheNextClauseIsNoSecondPlace() {
        #expect(DatedArticle.meetings(lead + "He attended talks in Geneva and Kyiv said it was pleased.", on: "18.02.2026")
            == ["talks Geneva 2026-02-17 held"])
    }

    @Test func aRoundOfTheTalksACityNames() {
        let text = "The first round of the Abu Dhabi talks, on January 23 and 24, was also led on the Russian side by Kostyukov."
        #expect(DatedArticle.meetings(lead + text, on: "18.02.2026") == ["talks Geneva 2026-02-17 held", "talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func aMonthBeforeTheClauseDatesTheExchange() {
        let text = "Earlier this month, the Abu Dhabi talks produced a swap of 314 prisoners of war."
        #expect(extract(text).meetings.first { $0.kind == .exchange }?.date == "2026-02")
    }

    @Test func observersSittingInMeetNoOne() {
        let text = "National security advisers from Britain, France, Germany and Italy sat in as observers, according to officials in Washington."
        #expect(DatedArticle.meetings(lead + text, on: "18.02.2026") == ["talks Geneva 2026-02-17 held"])
    }
}
