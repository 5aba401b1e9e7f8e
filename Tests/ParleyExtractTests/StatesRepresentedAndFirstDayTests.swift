@testable import ParleyExtract
import Testing

/// A state told as represented by those listed is a side at the round reported, the one named "as head" its head; a list's
/// "and" after a name opens the next member, one inside a description's "of" phrase does not; "the first day of talks on 23
/// January" in a report on a round of several days dates that round by its first day.
@Suite struct StatesRepresentedAndFirstDayTests {
    private let lead = "The trilateral meeting of Ukraine, the United States and Russia in Abu Dhabi has ended. Rustem Umerov, Secretary "
        + "of the National Security and Defence Council of Ukraine, spoke.\n\n"

    private func teams(_ text: String) -> [String] {
        DatedArticle.extract(lead + text, on: "Saturday, 24 January 2026").delegations
            .map { "\($0.side) \($0.head ?? "-"): \($0.members.joined(separator: ", "))" }.sorted()
    }

    @Test func aStateRepresentedByAListHeadedByTheOneAsHead() {
        #expect(teams("Ukraine was represented by Umerov himself as head of the delegation, Head of the Office of the President Kyrylo "
            + "Budanov, First Deputy Head of the Office of the President Serhii Kyslytsia and Chief of the General Staff Lieutenant "
            + "General Andrii Hnatov.") == ["UA Rustem Umerov: Kyrylo Budanov, Serhii Kyslytsia, Andrii Hnatov"])
    }

    @Test func aDescriptionsOfPhraseKeepsItsAnd() {
        #expect(teams("The Russians were represented by officers of military intelligence and the army.")
            == ["RU -: officers of military intelligence and the army"])
        #expect(teams("The Russians were represented by the head of military intelligence and the chief of staff.")
            == ["RU -: head of military intelligence, chief of staff"])
    }

    @Test func theFirstDayOfTheRoundReportedDatesIt() {
        let e = DatedArticle.extract("The two-day trilateral meeting of Ukraine, the United States and Russia in Abu Dhabi has ended.\n\n"
            + "After the first day of talks on 23 January, Rustem Umerov said the meeting had been devoted to the parameters for "
            + "ending the war.", on: "Saturday, 24 January 2026")
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Abu Dhabi 2026-01-23"])
    }

    @Test func aFirstDayWellBeforeTheRoundIsAnotherRound() {
        let e = DatedArticle.extract("The trilateral meeting of Ukraine, the United States and Russia in Abu Dhabi ended on Saturday.\n\n"
            + "After the first day of talks on 2 January, Rustem Umerov said the meeting had been useful.", on: "Saturday, 24 January 2026")
        #expect(e.meetings.first { $0.place == "Abu Dhabi" }?.date == "2026-01-24")
    }
}
