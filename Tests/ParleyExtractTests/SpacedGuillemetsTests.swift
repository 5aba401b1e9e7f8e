@testable import ParleyExtract
import Testing

/// French typography sets a space inside guillemets: « ... » is a quotation all the same.
@Suite struct SpacedGuillemetsTests {
    @Test func aSpacedGuillemetQuoteIsAQuotation() {
        let text = "« We believe we have largely completed the security protocols », said Steve Witkoff, who added that the territorial "
            + "question would be the most sensitive one."
        let claims = DatedArticle.extract(text, on: "January 7, 2026").claims
        #expect(claims.map { "\($0.kind.rawValue) \($0.speaker)" } == ["quote Steve Witkoff", "reported Steve Witkoff"])
        #expect(claims.first?.text == "We believe we have largely completed the security protocols")
    }

    @Test func aLoneGuillemetBeforeASpaceOpensNothing() {
        let text = "Prices rose « and fell. Steve Witkoff said the talks were useful."
        #expect(DatedArticle.extract(text, on: "January 7, 2026").claims.map(\.kind.rawValue) == ["reported"])
    }
}
