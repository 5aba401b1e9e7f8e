@testable import ParleyExtract
import Testing

/// "Zelenskiy, speaking in Vilnius on Monday at a summit of leaders ..., said the memorandum would be studied": the summit
/// spoken at was held, on the day right before "at a".
@Suite struct SpokenAtASummitTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJune 3, 2025\n\nUkrainian President Volodymyr Zelenskiy spoke. " + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test func theSummitSpokenAt() {
        let text = "Zelenskiy, speaking in Vilnius on Monday at a summit of leaders from NATO's eastern flank, said Moscow's "
            + "memorandum would be studied."
        #expect(meetings(text) == ["summit Vilnius 2025-06-02 held"])
    }

    @Test func aSummitAheadStaysPlanned() {
        let text = "Zelenskiy, speaking in Vilnius at a summit of leaders on June 20, will call for sanctions."
        let out = meetings(text)
        #expect(out.count == 1 && out.allSatisfy { $0.hasPrefix("summit Vilnius 2025-06-20") && !$0.hasSuffix("held") })
    }
}
