@testable import ParleyExtract
import Testing

/// Earlier meetings a report on a later round recounts: delegations that first met on a day before the round's, talks the
/// round "came hours after", and days told together with a dash.
@Suite struct EarlierRoundsOfTheSeriesTests {
    private let report = "The second round of talks between Russia, Ukraine and the US ended in Abu Dhabi on Wednesday.\n\n"

    @Test func delegationsThatFirstMetOnAnEarlierDay() {
        let text = report + "The Abu Dhabi format was launched on January 23-24, when the three delegations first met in the Emirati capital."
        #expect(DatedArticle.meetings(text, on: "February 5, 2026") == ["talks Abu Dhabi 2026-02-04 held", "talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func delegationsThatMetOnTheRoundsDayAreThatRound() {
        let text = report + "The delegations met at the Qasr Al Watan palace on Wednesday."
        #expect(DatedArticle.meetings(text, on: "February 5, 2026") == ["talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func delegationsThatMetOnADayDateTheUndatedRoundReported() {
        let text = "Russia and Ukraine agreed a swap after a third round of direct talks in Istanbul.\n\nThe delegations met on Wednesday "
            + "evening at the city's Ciragan Palace.\n\nThe first Istanbul round, on May 16, ended after less than two hours."
        #expect(DatedArticle.meetings(text, on: "24 Jul 2025").filter { $0.hasPrefix("talks") }
            == ["talks Istanbul 2025-07-23 held", "talks Istanbul 2025-05-16 held"])
    }

    @Test func talksTheMeetingCameHoursAfter() {
        let text = report + "That meeting came hours after Steve Witkoff and Jared Kushner held talks with Vladimir Putin in the Kremlin "
            + "late on January 22."
        #expect(DatedArticle.meetings(text, on: "February 5, 2026") == ["talks Abu Dhabi 2026-02-04 held", "talks Moscow 2026-01-22 held"])
    }

    @Test func daysToldTogetherWithADashAreOneMention() {
        let x = DatedArticle.extract(report + "The first round took place on January 23-24.", on: "February 5, 2026")
        #expect(x.meetings.map(\.date) == ["2026-02-04", "2026-01-23"])
    }
}
