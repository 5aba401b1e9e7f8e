@testable import ParleyExtract
import Testing

/// Figures told again: the same length of two different meetings is two figures, a plan's points told at two meetings one;
/// a window cut "then" to fewer days keeps the topic of the one before; talks two heads of state wrapped up are their summit.
@Suite struct LengthsOfTwoMeetingsTests {
    private let day = "Aug. 16, 2025"

    private func figures(_ text: String) -> [String] {
        DatedArticle.extract(text, on: day).figures.map { "\($0.topic) \($0.value) \($0.unit ?? "-") \($0.meeting ?? "-")" }
    }

    @Test func theSameLengthOfTwoMeetingsIsTwoFigures() {
        #expect(figures("U.S. President Donald Trump and Russian President Vladimir Putin wrapped up nearly three hours of talks at a "
            + "military base in Alaska on Friday. The summit came a week after US envoy Steve Witkoff held about three hours of "
            + "talks with Putin at the Kremlin on August 6.")
            == ["leaders_meeting 3.0 hours m1", "negotiations 3.0 hours m2"])
    }

    @Test func aPlansPointsAtTwoMeetingsAreOneFigure() {
        #expect(figures("US and Ukrainian officials met in Geneva on Sunday to discuss the 28-point plan. Russian President Vladimir "
            + "Putin met US envoy Steve Witkoff at the Kremlin on Tuesday to discuss the 28-point plan.").count == 1)
    }

    @Test func aWindowCutThenKeepsItsTopic() {
        #expect(figures("Trump first gave Russia 50 days in July, then cut that window to 10 or 12 days.")
            == ["sanctions 50.0 days -", "sanctions 10.0 days -"])
    }

    @Test func talksTwoLeadersWrappedUpAreTheirSummit() {
        let e = DatedArticle.extract("U.S. President Donald Trump and Russian President Vladimir Putin wrapped up nearly three hours of "
            + "talks at a military base in Alaska on Friday without an agreement.", on: day)
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
            == ["summit Alaska 2025-08-15 [\"RU\", \"US\"]"])
    }
}
