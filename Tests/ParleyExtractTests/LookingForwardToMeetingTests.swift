@testable import ParleyExtract
import Testing

/// "looked forward to meeting Putin soon": "meeting" after "forward to" is the verb, a meeting still to come.
@Suite struct LookingForwardToMeetingTests {
    @Test(arguments: [
        "President Trump said he looked forward to meeting Russian President Vladimir Putin soon, but only when the deal is final.",
        "President Trump said he was looking forward to meeting Russian President Vladimir Putin.",
    ])
    func aMeetingToCome(text: String) {
        let e = Extractor.extract(body: "Headline here\n\nNovember 25, 2025\n\n" + text)
        #expect(e.meetings.map { "\($0.kind) \($0.date ?? "-") \($0.parties.sorted())" } == ["summit - [\"RU\", \"US\"]"])
        #expect(e.meetings.allSatisfy { $0.status != .held })
    }
}
