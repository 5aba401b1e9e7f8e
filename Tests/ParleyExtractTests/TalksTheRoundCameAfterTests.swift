@testable import ParleyExtract
import Testing

/// Talks a reported round "opened hours after" are a meeting of their own, placed by their venue's city, dated by an
/// apposition on them ("a meeting that stretched past midnight on Thursday"), with the time held before the noun ("held
/// nearly four hours of talks"); "that encounter" takes up a meeting told before and is none of its own.
@Suite struct TalksTheRoundCameAfterTests {
    private let lead = "Russian and Ukrainian delegations met in Abu Dhabi on Friday. "

    private func meetings(_ text: String) -> [String] {
        DatedArticle.extract(text, on: "Saturday, 24 January 2026").meetings
            .map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test func talksTheRoundOpenedAfterAtAVenue() {
        #expect(meetings(lead + "The talks opened hours after Steve Witkoff and Jared Kushner held nearly four hours of talks with "
            + "President Vladimir Putin at the Kremlin, a meeting that stretched past midnight on Thursday.")
            == ["talks Abu Dhabi - 2026-01-23 [\"RU\", \"UA\"]", "talks Moscow Kremlin 2026-01-22 [\"RU\", \"US\"]"])
    }

    @Test func talksAMeetingCameAfterAtAVenue() {
        #expect(meetings(lead + "That meeting came hours after US envoy Steve Witkoff held talks with Russian President Vladimir Putin "
            + "at the Kremlin.") == ["talks Abu Dhabi - 2026-01-23 [\"RU\", \"UA\"]", "talks Moscow Kremlin - [\"RU\", \"US\"]"])
    }

    @Test func thatEncounterIsTheMeetingToldBefore() {
        #expect(meetings("US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday. Kremlin aide Yuri Ushakov "
            + "described that encounter as “extremely frank” and said a lasting settlement depended on “the formula agreed in "
            + "Anchorage”.") == ["talks Moscow - 2026-01-22 [\"RU\", \"US\"]"])
    }
}
