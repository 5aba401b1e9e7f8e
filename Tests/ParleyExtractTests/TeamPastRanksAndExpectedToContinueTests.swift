@testable import ParleyExtract
import Testing

/// "On Thursday, a Ukrainian team led by Rustem Umerov and including the Chief of the General Staff, General Andriy Hnatov, met
/// Steve Witkoff and Jared Kushner in Miami": the team is the subject past a ranked name set off by commas, and the ranked name
/// is the member the description told; "The talks were expected to continue on Friday" is a further session of those talks.
@Suite struct TeamPastRanksAndExpectedToContinueTests {
    private static let met = "On Thursday, a Ukrainian team led by Rustem Umerov and including the Chief of the General Staff, General "
        + "Andriy Hnatov, met Steve Witkoff and Jared Kushner in Miami."
    private static let day = "December 05, 2025 10:42 pm IST"

    @Test func aTeamPastARankedNameMet() {
        let found = DatedArticle.extract(Self.met, on: Self.day)
        #expect(found.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: ","))" }
            == ["Miami 2025-12-04 UA,US"])
        #expect(found.delegations.first { $0.side == "UA" }?.members == ["Andriy Hnatov"])
    }

    @Test func talksExpectedToContinue() {
        #expect(DatedArticle.meetings(Self.met + " The talks were expected to continue on Friday.", on: Self.day)
            == ["talks Miami 2025-12-04 held", "talks Miami 2025-12-05 planned"])
    }

    @Test func strikesExpectedToContinueAreNoSession() {
        #expect(DatedArticle.meetings(Self.met + " Strikes were expected to continue on Friday.", on: Self.day)
            == ["talks Miami 2025-12-04 held"])
    }
}
