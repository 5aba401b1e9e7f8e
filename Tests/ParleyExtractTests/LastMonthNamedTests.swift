@testable import ParleyExtract
import Testing

/// "last August": the latest such month before the article's own month.
@Suite struct LastMonthNamedTests {
    private func dates(_ text: String, published: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n\(published)\n\n" + text).meetings.map { $0.date ?? "-" }
    }

    @Test(arguments: [
        ("January 24, 2026", "2025-08"),
        ("October 3, 2025", "2025-08"),
        ("August 20, 2025", "2024-08"),
    ])
    func theLatestSuchMonthBefore(published: String, expected: String) {
        let text = "Ushakov said the formula was agreed when Russian President Vladimir Putin and US President Donald Trump met "
            + "in Anchorage last August."
        #expect(dates(text, published: published) == [expected])
    }
}
