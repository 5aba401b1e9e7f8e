@testable import ParleyExtract
import Testing

/// The opening of a report on a round: a year told in a clause of "since", talks of another year told later, and the days
/// the round took.
@Suite struct FirstTalksOfTheYearTests {
    static let lead = "ABU DHABI, Jan 24 – The first talks to bring American, Russian and Ukrainian officials to the same table since "
        + "Moscow launched its full-scale invasion in February 2022 ended in the Emirati capital on Jan 24 without a breakthrough."

    @Test func aYearInAClauseOfSinceDatesNotTheTalks() {
        #expect(DatedArticle.meetings(Self.lead, on: "Jan 25, 2026") == ["talks Abu Dhabi 2026-01-24 held"])
    }

    @Test func talksOfLastYearPlaceNotTheRoundOfThisYear() {
        let text = Self.lead + "\n\nPrisoners were freed under deals struck at talks in Istanbul last year."
        #expect(DatedArticle.meetings(text, on: "Jan 25, 2026").first == "talks Abu Dhabi 2026-01-24 held")
    }

    @Test(arguments: ["discussions", "talks"])
    func theDaysTheRoundTookDateItByTheFirst(_ noun: String) {
        let text = Self.lead + "\n\nThe two days of closed-door \(noun) on Jan 23 and 24 dealt mainly with military questions."
        #expect(DatedArticle.meetings(text, on: "Jan 25, 2026") == ["talks Abu Dhabi 2026-01-23 held"])
    }
}
