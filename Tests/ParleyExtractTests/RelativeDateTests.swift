@testable import ParleyExtract
import Testing

/// Months and years counted from the article's date, "last" and "next" weekdays, and a month that
/// names a round the article also dates to the day.
@Suite struct RelativeDateTests {
    private func dates(_ sentence: String, published: String) -> [String] {
        let doc = Document("Headline\n\n\(sentence)")
        let s = doc.sentences.last!
        return DateRules.find(doc, in: s, articleDate: DateValue.parseISO(published), anchor: nil).compactMap { $0.value.iso }
    }

    @Test(arguments: [
        ("Rubio met Lavrov in Riyadh last month.", "2025-03-11", "2025-02"),
        ("Driscoll met a Russian delegation in Abu Dhabi late last month.", "2025-12-03", "2025-11"),
        ("The talks in Istanbul earlier this month ended early.", "2025-06-16", "2025-06"),
        ("They last met in January, last month.", "2025-01-20", "2024-12"),
        ("The summit last year changed little.", "2025-06-16", "2024"),
        ("The call last Monday lasted two hours.", "2025-05-26", "2025-05-19"),
        ("The call on Monday lasted two hours.", "2025-05-26", "2025-05-26"),
        ("They will meet next Monday.", "2025-05-26", "2025-06-02"),
        ("The call last Wednesday lasted two hours.", "2025-06-16", "2025-06-11"),
        ("Trump announced it after a phone call with Putin on Thursday, October 16.", "2025-10-23", "2025-10-16"),
        ("A meeting expected this week was shelved after the two men spoke by phone on Monday.", "2025-10-23", "2025-10-20"),
        ("The second round of talks will be held in Istanbul on Monday.", "2025-06-01", "2025-06-02"),
    ])
    func countedFromThePublishedDay(_ sentence: String, _ published: String, _ expected: String) {
        #expect(dates(sentence, published: published).last == expected)
    }

    @Test func aMonthFoldsIntoTheDayOfTheSameRound() {
        let text = """
            Russia completes return of bodies

            June 16, 2025

            Russia said it had returned more than 6,000 bodies agreed at peace talks in Istanbul earlier this month.

            The second round of talks was held at Ciragan Palace in Istanbul on June 2.
            """
        let e = Extractor.extract(body: text)
        #expect(e.meetings.filter { $0.kind == .talks }.map { "\($0.id) \($0.date ?? "-")" } == ["m2 2025-06-02"])
    }
}

/// The day someone told journalists something is not the day of the round they spoke of.
@Suite struct StatementDayTests {
    @Test func aDayOfTellingJournalistsIsNotTheRounds() {
        let text = """
            Moscow awaits dates

            July 3, 2025

            Kremlin spokesman Dmitry Peskov told journalists on Tuesday that Moscow was waiting for Kyiv to propose dates \
            for a third round of direct talks in Istanbul.
            """
        #expect(Extractor.extract(body: text).meetings.allSatisfy { $0.date == nil })
    }
}
