@testable import ParleyExtract
import Testing

/// A call told by "after he spoke with", dated by the statement the lead makes after it, and a
/// meeting "between them" of the leaders named before.
@Suite struct SpokeAfterTests {
    private let cast = "US President Donald Trump and Russian President Vladimir Putin are rivals.\n\n"

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMay 19, 2025\n\n" + cast + text).meetings
            .map { "\($0.kind) \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        ("President Donald Trump said Monday that Russia and Ukraine would start negotiations after he spoke with "
            + "Russian President Vladimir Putin for more than two hours.", "call 2025-05-19 RU+US held"),
        ("Trump said on Sunday that talks would begin soon after he talked with Putin.", "call 2025-05-18 RU+US held"),
    ])
    func aCallToldAfterTheStatement(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence).filter { $0.hasPrefix("call") } == [expected])
    }

    @Test func aStatementWeeksBeforeDatesNoCall() {
        #expect(meetings("Trump said on April 2 that talks would begin after he spoke with Putin.").filter { $0.hasPrefix("call") }
            == ["call - RU+US held"])
    }

    @Test func aMeetingBetweenThem() {
        let text = "Yuri Ushakov said Monday that Trump and Putin had also discussed a possible meeting between them."
        #expect(meetings(text) == ["summit - RU+US proposed"])
        #expect(meetings("Officials said a meeting between them was possible.").isEmpty)
    }
}
