@testable import ParleyExtract
import Testing

/// "Later on Tuesday, Trump wrote on his platform that he had instructed Witkoff to meet Putin in Moscow": a day opening
/// the sentence before a subject and its verb of saying is the statement's, not the meeting's.
@Suite struct FrontedStatementDayTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nTue 25 Nov 2025 18.40 GMT\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-")" }
    }

    @Test(arguments: [
        "Later on Tuesday, Trump wrote on his Truth Social platform that he had instructed special envoy Steve Witkoff to meet Russian President Vladimir Putin in Moscow.",
        "On Tuesday, President Trump said he had instructed special envoy Steve Witkoff to meet Russian President Vladimir Putin in Moscow.",
    ])
    func theDayIsTheStatements(text: String) {
        #expect(meetings(text) == ["talks Moscow -"])
    }

    @Test func aDayOpeningAMeetingStillDatesIt() {
        #expect(meetings("On Monday, US special envoy Steve Witkoff met Russian President Vladimir Putin in Moscow.") == ["talks Moscow 2025-11-24"])
    }
}
