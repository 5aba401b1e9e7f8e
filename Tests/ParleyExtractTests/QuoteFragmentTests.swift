@testable import ParleyExtract
import Testing

/// Quoted pieces inside reported speech belong to it; a quotation split by its attribution and a
/// quote right after "said," stand alone.
@Suite struct QuoteFragmentTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: text).claims.map { "\($0.kind) \($0.speaker): \($0.text)" }
    }

    @Test(arguments: [
        ("Fidan said Turkey hoped to host a meeting of Putin, Zelenskiy, \"and possibly\" U.S. President Donald Trump.",
         "reported Hakan Fidan: Turkey hoped to host a meeting of Putin, Zelenskiy, \"and possibly\" U.S. President Donald Trump"),
        ("Russian delegation head Grigory Karasin said the talks had been \"intense, but useful.\"",
         "reported Grigory Karasin: the talks had been \"intense, but useful.\""),
    ])
    func aQuotedPieceIsPartOfTheReportedClause(_ sentence: String, _ expected: String) {
        #expect(claims("Foreign Minister Hakan Fidan spoke in Ankara on Friday.\n\n\(sentence)") == [expected])
    }

    @Test func aQuoteAfterSaidAndCommaStandsAlone() {
        #expect(claims("Peskov said, “we are ready to talk.”") == ["quote Dmitry Peskov: we are ready to talk."])
    }

    @Test func aQuotationSplitByItsAttributionIsTwoQuotes() {
        let text = "“We see that Russia rejects calls for a cease-fire,” Mr. Zelensky said on Saturday, “and has not yet decided.”"
        #expect(claims(text) == [
            "quote Volodymyr Zelensky: We see that Russia rejects calls for a cease-fire",
            "quote Volodymyr Zelensky: and has not yet decided.",
        ])
    }
}
