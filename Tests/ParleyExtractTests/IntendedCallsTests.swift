@testable import ParleyExtract
import Testing

/// "Late on Friday, a White House official said Trump intended to speak by phone with Putin on Monday and then with
/// Zelensky": two calls still to come, on the Monday after the statement's Friday.
@Suite struct IntendedCallsTests {
    @Test func twoCallsToCome() {
        let text = "Headline here\n\n16/05/2025\n\nLate on Friday, a White House official said US President Donald Trump intended to "
            + "speak by phone with Russian President Vladimir Putin on Monday and then with Ukrainian President Volodymyr Zelensky."
        let e = Extractor.extract(body: text)
        #expect(e.meetings.map { "\($0.kind) \($0.date ?? "-") \($0.status) \($0.parties)" }
            == ["call 2025-05-19 planned [\"US\", \"RU\"]", "call 2025-05-19 planned [\"US\", \"UA\"]"])
    }
}
