@testable import ParleyExtract
import Testing

/// "described those talks as “very productive”": a demonstrative a verb of describing frames with "as" is what was said
/// ("acknowledged this request" still is not); "told Russian media there had been ...": the media are the listeners.
@Suite struct DescribedThoseAndMediaTests {
    private func claims(_ text: String) -> [String] { DatedArticle.claims(text, on: "Dec. 3, 2025") }

    @Test func thoseTalksDescribedAs() {
        #expect(claims("Secretary of State Marco Rubio described those talks as “very productive”.")
            == ["Marco Rubio | those talks as “very productive”"])
        #expect(claims("Secretary of State Marco Rubio acknowledged this request.").isEmpty)
    }

    @Test func mediaToldOfADemonym() {
        #expect(claims("Kremlin envoy Kirill Dmitriev told Russian media there had been good movement.")
            == ["Kirill Dmitriev | there had been good movement"])
    }
}
