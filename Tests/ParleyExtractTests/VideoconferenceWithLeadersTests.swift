@testable import ParleyExtract
import Testing

/// "Trump joined a videoconference with Zelenskyy, German Chancellor Friedrich Merz, French President Emmanuel Macron and
/// other European leaders": leaders listed after "with" make a leaders' meeting; "their 2018 summit in Helsinki" is dated
/// by the year naming it.
@Suite struct VideoconferenceWithLeadersTests {
    /// The article's own day is Saturday, August 16, 2025.
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\n"
                          + "US President Donald Trump, Ukrainian President Volodymyr Zelenskyy and Russian President Vladimir Putin spoke.\n\n"
                          + text)
            .meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test func leadersListedAfterWith() {
        let text = "On Wednesday, Trump joined a videoconference with Zelenskyy, German Chancellor Friedrich Merz, French President "
            + "Emmanuel Macron and other European leaders."
        #expect(meetings(text) == ["summit - 2025-08-13 held"])
    }

    @Test func aVideoconferenceWithOfficialsIsNoSummit() {
        #expect(meetings("On Wednesday, Trump joined a videoconference with reporters.") == [])
    }

    @Test func theYearNamingTheirSummit() {
        let text = "It was the first time Trump and Putin had met in person since their 2018 summit in Helsinki."
        #expect(meetings(text) == ["summit Helsinki 2018 held"])
    }
}
