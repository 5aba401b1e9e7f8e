@testable import ParleyExtract
import Testing

/// "and within days the White House announced that ...": the time opening the clause is no part of the source;
/// "Kremlin officials signaled there is no date yet": "there" and its verb open the reported clause as "that" would.
@Suite struct TimeBeforeSourceAndThereClauseTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\n" + text).claims.map { "\($0.speaker) | \($0.text)" }
    }

    @Test(arguments: [
        ("Witkoff spent three hours with Putin on August 6, and within days the White House announced that the leaders would meet.",
         "White House | the leaders would meet"),
        ("Witkoff spent three hours with Putin on August 6, and days later the White House announced that the leaders would meet.",
         "White House | the leaders would meet"),
    ])
    func timeOpeningTheClauseIsNoSource(_ text: String, _ expected: String) {
        #expect(claims(text) == [expected])
    }

    @Test func thereOpensTheReportedClause() {
        #expect(claims("Kremlin officials, for their part, signaled there is no date yet for the next round.")
            == ["Kremlin officials | there is no date yet for the next round"])
    }

    @Test func signaledWithNoClauseIsNoClaim() {
        #expect(claims("Kremlin officials signaled their displeasure.").isEmpty)
    }
}
