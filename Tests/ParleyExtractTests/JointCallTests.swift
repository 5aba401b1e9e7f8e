@testable import ParleyExtract
import Testing

/// "Afterward he held a joint call with Zelenskyy, Macron and Merz": another call, after the one told, with more sides;
/// "he" is the one who made the call before; its day is that call's.
@Suite struct JointCallTests {
    private func calls(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMay 19, 2025 9:48 PM\n\n" + text).meetings.filter { $0.kind == .call }
            .map { "\($0.date ?? "-") \($0.parties.joined(separator: ","))" }
    }

    @Test func aJointCallAfterTheCall() {
        let text = "U.S. President Donald Trump said Monday that Russia and Ukraine will start negotiations, following a telephone "
            + "conversation with Russian President Vladimir Putin.\n\nAfterward he held a joint call with Ukrainian President "
            + "Volodymyr Zelenskyy, French President Emmanuel Macron and German Chancellor Friedrich Merz."
        #expect(calls(text) == ["2025-05-19 US,RU", "2025-05-19 US,UA,FR,DE"])
    }

    @Test func theCallToldAgainIsOne() {
        let text = "U.S. President Donald Trump said Monday that Russia and Ukraine will start negotiations, following a telephone "
            + "conversation with Russian President Vladimir Putin.\n\nThe call lasted more than two hours."
        #expect(calls(text) == ["2025-05-19 US,RU"])
    }
}
