@testable import ParleyExtract
import Testing

/// A leaders' meeting told "here" under a dateline, its venue in a later sentence, "the talks" that
/// speak of it again, and a call's day kept to its own clause.
@Suite struct SummitAnaphoraTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    private let head = "Trump and Putin end Alaska summit\n\nAugust 16, 2025\n\n"

    @Test func hereIsTheDatelinesCity() {
        let text = head + "ANCHORAGE — President Donald Trump and Russian President Vladimir Putin ended their summit here Friday without a deal."
        #expect(meetings(text) == ["summit Anchorage - 2025-08-15 held"])
        // Without a dateline "here" places nothing.
        let bare = head + "President Donald Trump and Russian President Vladimir Putin ended their summit here Friday without a deal."
        #expect(meetings(bare) == ["summit - - 2025-08-15 held"])
    }

    @Test func theTalksAfterASummitAreThatSummit() {
        let text = head + """
            ANCHORAGE — President Donald Trump and Russian President Vladimir Putin ended their summit here Friday, \
            with both men describing the talks as productive.
            """
        #expect(meetings(text) == ["summit Anchorage - 2025-08-15 held"])
    }

    @Test func aKnownVenueInTheSummitsCity() {
        let text = head + """
            ANCHORAGE — President Donald Trump and Russian President Vladimir Putin ended their summit here Friday.

            The two leaders met for nearly three hours at Joint Base Elmendorf-Richardson, in a three-on-three format.
            """
        #expect(meetings(text) == ["summit Anchorage Joint Base Elmendorf-Richardson 2025-08-15 held"])
    }

    @Test func aCallsDayStaysInItsClause() {
        let text = head + """
            Trump said he had spoken by phone with Ukrainian President Volodymyr Zelensky on the flight back, and that \
            Zelensky would come to Washington on Monday.
            """
        #expect(meetings(text).first == "call - - - held")
    }
}

/// Quoted words set no status for a meeting the narration tells.
@Suite struct QuotedStatusTests {
    @Test func aConditionInAQuotationLeavesTheSummitHeld() {
        let text = "T\n\nMay 17, 2025\n\n\"If the Russian delegation is not ready even for a ceasefire, there must be strong sanctions,\" "
            + "Zelenskiy said on Friday in the Albanian capital Tirana, where he joined European leaders at a summit."
        #expect(Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.status)" } == ["summit Tirana held"])
    }
}
