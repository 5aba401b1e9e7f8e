@testable import ParleyExtract
import Testing

/// "Trump's conversation of more than two hours with Putin", "Monday's conversation between Meloni, Trump and ...": a
/// conversation owned by a person or a day, with someone named on the other end, is a call; one with other sides than
/// the call before is another call; a conversation face to face or at a place is none.
@Suite struct OwnedConversationTests {
    private func calls(_ text: String) -> [String] {
        Extractor.extract(body: "ROME, May 20, 2025 — " + text, actors: ActorDictionary()).meetings
            .filter { $0.kind == .call }
            .map { "\($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        ("US President Donald Trump's conversation of more than two hours with Russian President Vladimir Putin ended without a truce.",
         ["- RU+US held"]),
        ("Monday's conversation between Italian Prime Minister Giorgia Meloni and US President Donald Trump covered the Vatican offer.",
         ["2025-05-19 IT+US held"]),
        ("Ukrainian President Volodymyr Zelensky said his conversation with the American president had been substantive.",
         ["- US held"]),
    ])
    func anOwnedConversationWithSomeoneIsACall(_ text: String, _ expected: [String]) {
        #expect(calls(text) == expected)
    }

    @Test func aConversationWithOtherSidesIsAnotherCall() {
        let text = "Italian Prime Minister Giorgia Meloni spoke with Pope Leo XIV by phone on Tuesday.\n\n"
            + "The call followed Monday's conversation between Meloni and US President Donald Trump."
        #expect(calls(text).count == 2)
    }

    @Test(arguments: [
        "Russian negotiator Vladimir Medinsky's one-on-one conversation with Ukrainian Defence Minister Rustem Umerov lasted an hour.",
        "Trump's conversation with Russian President Vladimir Putin in Anchorage lasted three hours.",
        "The conversation with Russian President Vladimir Putin was long.",
    ])
    func aConversationInPersonOrUnownedIsNoCall(_ text: String) {
        #expect(calls(text).isEmpty)
    }
}
