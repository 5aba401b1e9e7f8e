@testable import ParleyExtract
import Testing

/// "Any deal, he wrote on Telegram, would be reached ...": the words on both sides of an attribution set off by commas
/// are one claim, the span running over the whole; what a participle adds after it is the same speaker's.
@Suite struct InsertedAttributionTests {
    @Test(arguments: [
        ("Konstantin Kosachev, a senior Russian senator, was dismissive. Any deal, he wrote on Telegram, would be reached "
            + "\"on our terms\", adding that Russia had no reason to hurry.",
         ["Konstantin Kosachev | Any deal would be reached \"on our terms\"", "Konstantin Kosachev | Russia had no reason to hurry"]),
        ("The talks, Kremlin spokesman Dmitry Peskov said, were useful.", ["Dmitry Peskov | The talks were useful"]),
        ("In Moscow, officials said the talks were useful.", ["officials | the talks were useful"]),
    ])
    func theClaims(_ text: String, _ expected: [String]) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.map { "\($0.speaker) | \($0.text)" } == expected)
    }

    @Test func theSpanHoldsTheWhole() {
        let body = "Headline here\n\nThe talks, Kremlin spokesman Dmitry Peskov said, were useful."
        let e = Extractor.extract(body: body, actors: ActorDictionary())
        let s = Array(body.unicodeScalars)
        #expect(e.claims.first.map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) }
            == "The talks, Kremlin spokesman Dmitry Peskov said, were useful")
    }
}
