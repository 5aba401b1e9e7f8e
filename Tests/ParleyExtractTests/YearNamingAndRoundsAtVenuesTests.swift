@testable import ParleyExtract
import Testing

/// "the 2022 Istanbul negotiations": a year naming the meeting dates it; "The first two rounds ... were held in Istanbul,
/// at Dolmabahce Palace on May 16 and at Ciragan Palace on June 2": a round on each day, at the venue before it.
@Suite struct YearNamingAndRoundsAtVenuesTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJuly 23, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
    }

    @Test(arguments: [
        "Türkiye has been a mediator since the war began, hosting the 2022 Istanbul negotiations.",
        "The 2022 talks in Istanbul collapsed.",
    ])
    func aYearNamingTheMeeting(text: String) {
        #expect(meetings(text) == ["talks Istanbul - 2022"])
    }

    @Test func aYearNamingSomethingElseDatesNoMeeting() {
        #expect(meetings("The 2022 invasion changed the talks in Istanbul.").allSatisfy { !$0.hasSuffix("2022") })
    }

    @Test func aRoundOnEachDayAtItsVenue() {
        let text = "The first two rounds of direct talks in three years were held in Istanbul, at Dolmabahce Palace on May 16 "
            + "and at Ciragan Palace on June 2."
        #expect(meetings(text) == ["talks Istanbul Dolmabahce Palace 2025-05-16", "talks Istanbul Ciragan Palace 2025-06-02"])
    }
}
