@testable import ParleyExtract
import Testing

/// "yesterday" is the day before the article's; a day the sentence tells wins over its dateline's.
@Suite struct YesterdayTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nFriday, 17 Oct 2025 8:12 AM MYT\n\n" + text).meetings
            .map { "\($0.kind) \($0.date ?? "-") \($0.status)" }
    }

    @Test(arguments: [
        "WASHINGTON, Oct 17 — US President Donald Trump said yesterday he would meet Russian President Vladimir Putin in "
            + "Budapest, after a phone call that the Kremlin said lasted about two and a half hours.",
        "US President Donald Trump said yesterday he would meet Russian President Vladimir Putin in Budapest, after a phone "
            + "call that the Kremlin said lasted about two and a half hours.",
    ])
    func theCallBeforeTheStatementOfYesterday(text: String) {
        #expect(meetings(text).first == "call 2025-10-16 held")
    }

    @Test func metYesterday() {
        #expect(meetings("Russian and Ukrainian delegations met in Istanbul yesterday.") == ["talks 2025-10-16 held"])
    }
}
