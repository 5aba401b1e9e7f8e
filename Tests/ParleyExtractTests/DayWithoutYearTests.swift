@testable import ParleyExtract
import Testing

/// A day told without a year is in the article's year, unless that puts it more than five months after the article:
/// then it is in the year before ("the last direct round, in Istanbul on July 23", told in January).
@Suite struct DayWithoutYearTests {
    private func meetings(_ text: String, published: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n\(published)\n\n" + text).meetings.map { "\($0.date ?? "-") \($0.status)" }
    }

    @Test(arguments: [
        ("January 24, 2026", "Russian and Ukrainian delegations met in Istanbul on July 23.", "2025-07-23 held"),
        ("January 24, 2026", "Russian and Ukrainian delegations met in Istanbul on 23 July.", "2025-07-23 held"),
        ("August 24, 2025", "Russian and Ukrainian delegations met in Istanbul on July 23.", "2025-07-23 held"),
        ("May 20, 2025", "The next round of talks will be held in Istanbul on June 2.", "2025-06-02 planned"),
    ])
    func aDayWithoutYear(_ published: String, _ text: String, _ expected: String) {
        #expect(meetings(text, published: published) == [expected])
    }
}
