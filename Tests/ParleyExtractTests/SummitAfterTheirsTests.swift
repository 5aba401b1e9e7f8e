@testable import ParleyExtract
import Testing

/// "..., after their summit in Anchorage, Alaska, on August 15 ended": a summit told after "after" with an owner is
/// past, dated past the state set off after its city, even when the sentence names another place first.
@Suite struct SummitAfterTheirsTests {
    private func meetings(_ text: String, published: String = "Friday, 17 Oct 2025 8:12 AM MYT") -> [String] {
        Extractor.extract(body: "Headline here\n\n\(published)\n\nUS President Donald Trump spoke to Russian President Vladimir Putin.\n\n" + text)
            .meetings.filter { $0.kind == .summit }.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test func theirsWithTheStateSetOff() {
        let text = "A meeting in Budapest would be the second between Trump and Putin this year, after their summit in Anchorage, "
            + "Alaska, on August 15 ended without an agreement on a ceasefire."
        #expect(meetings(text).contains("Anchorage 2025-08-15 held"))
    }

    @Test func aFrontedPhraseStillEndsAtTheStateBeforeTheSubject() {
        let text = "Three days after his summit with Putin in Anchorage, Alaska, the American president received Zelensky in "
            + "Washington on Monday."
        #expect(meetings(text, published: "August 19, 2025").first == "Anchorage 2025-08-15 held")
    }
}
