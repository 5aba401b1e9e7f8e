@testable import ParleyExtract
import Testing

/// "Monday's call came three days after Russian and Ukrainian delegations met in Istanbul": the round is dated by the
/// days counted back from the call.
@Suite struct CountedBackToMeetingTests {
    @Test func threeDaysBeforeTheCall() {
        let text = "U.S. President Donald Trump said Monday that Russia and Ukraine will start negotiations, following a telephone "
            + "conversation with Russian President Vladimir Putin that ran for more than two hours.\n\nMonday's call came three days "
            + "after Russian and Ukrainian delegations met in Istanbul for their first face-to-face negotiations since the early "
            + "weeks of the war."
        let e = Extractor.extract(body: "Headline here\n\nMay 19, 2025 9:48 PM\n\n" + text)
        #expect(e.meetings.first { $0.place == "Istanbul" }.map { "\($0.kind) \($0.date ?? "-") \($0.status)" } == "talks 2025-05-16 held")
    }
}
