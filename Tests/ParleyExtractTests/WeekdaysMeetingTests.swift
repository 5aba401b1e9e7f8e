@testable import ParleyExtract
import Testing

/// "Sunday's meeting was the second high-level sit-down between the two sides": a weekday owning a talks noun names the held
/// round reported and dates it when nothing did; not a round still to come ("Thursday's talks" in a Monday paper).
@Suite struct WeekdaysMeetingTests {
    private static let lead = "Secretary of State Marco Rubio hosted the Ukrainian team at the Shell Bay club in Hallandale Beach."

    @Test func aWeekdaysMeetingDatesTheRoundReported() {
        #expect(DatedArticle.meetings(Self.lead + "\n\nSunday's meeting was the second high-level sit-down between the two sides.",
                                      on: "November 30, 2025") == ["talks Hallandale Beach 2025-11-30 held"])
    }

    @Test func aDayAheadDatesNoHeldRound() {
        #expect(DatedArticle.meetings(Self.lead + "\n\nThursday's talks in Moscow will test the plan.", on: "Monday, December 1, 2025")
            .allSatisfy { !$0.hasPrefix("talks Hallandale Beach 2025-12") })
    }
}
