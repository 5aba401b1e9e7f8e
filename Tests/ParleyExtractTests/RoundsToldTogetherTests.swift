import ParleyExtract
import Testing

/// "the Ukrainian and Russian delegations have met three times in Istanbul this year – on May 16, June 2 and July 23.
/// At the third meeting, the heads of the delegations, A and B, agreed ...": a numbered round per day, and the heads
/// the apposition names for the round it tells (in an article on the talks there).
@Suite struct RoundsToldTogetherTests {
    static let text = "Headline here\n\nPublished August 24, 2025\n\nRussian presidential aide Vladimir Medinsky and Ukrainian "
        + "Defence Minister Rustem Umerov spoke.\n\nThe swap was agreed at the talks in Istanbul.\n\nThe Ukrainian and Russian delegations have met three times in Istanbul this "
        + "year – on May 16, June 2 and July 23. At the third meeting, the heads of the delegations, Rustem Umerov and "
        + "Medinsky, agreed on a new exchange."

    @Test func aRoundOnEachDay() {
        let meetings = Extractor.extract(body: RoundsToldTogetherTests.text).meetings.filter { $0.kind == .talks && $0.date != nil }
        #expect(meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.round.map(String.init) ?? "-")" }
            == ["Istanbul 2025-05-16 1", "Istanbul 2025-06-02 2", "Istanbul 2025-07-23 3"])
    }

    @Test func theHeadsOfTheThirdRound() {
        let extraction = Extractor.extract(body: RoundsToldTogetherTests.text)
        let third = extraction.meetings.first { $0.date == "2025-07-23" }?.id
        #expect(extraction.delegations.filter { $0.meeting == third }.map { "\($0.side) \($0.head ?? "-")" }.sorted()
            == ["RU Vladimir Medinsky", "UA Rustem Umerov"])
    }
}
