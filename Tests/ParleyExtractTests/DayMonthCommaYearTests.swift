@testable import ParleyExtract
import Testing

/// "24 Nov, 2025 06:05 PM": a comma between the month and the year of a day-first date.
@Suite struct DayMonthCommaYearTests {
    @Test(arguments: [
        ("Talks end\n\nBy Reuters, AP\n24 Nov, 2025 06:05 PM\n4 mins to read\n\nThe delegations met.", "2025-11-24"),
        ("Talks end\n\n2 June, 2025\n\nThe delegations met.", "2025-06-02"),
    ])
    func thePageDate(_ body: String, _ date: String?) {
        #expect(Extractor.extract(body: body).source.published == date)
    }

    @Test func aCountAfterTheCommaIsNoYear() {
        let e = Extractor.extract(body: "Talks end\n\nJune 3, 2025\n\nThe swap was carried out on 16 May, 2000 people said.")
        #expect(e.meetings.first?.date == "2025-05-16")
    }
}
