@testable import ParleyExtract
import Testing

/// "The first two trilateral rounds were held in Abu Dhabi on 23–24 January and 4–5 February": each span of days dated by its
/// first day, and the rounds, told as three-way with no sides of their own, between the three sides of the round reported.
@Suite struct TrilateralRoundsAndDaySpansTests {
    private static let lead = "Negotiators from Russia, Ukraine and the United States met in Geneva on Tuesday."

    @Test func trilateralRoundsOnSpansOfDays() {
        let found = DatedArticle.extract(Self.lead + "\n\nThe first two trilateral rounds were held in Abu Dhabi on 23–24 January and "
            + "4–5 February.", on: "19 February 2026")
        #expect(found.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: ","))" }
            == ["Geneva 2026-02-17 RU,UA,US", "Abu Dhabi 2026-01-23 RU,UA,US", "Abu Dhabi 2026-02-04 RU,UA,US"])
    }

    @Test func twoDaysApartAreNoSpan() {
        #expect(DatedArticle.meetings("The first two rounds were held in Istanbul on 16 May and 2 June.", on: "19 February 2026")
            .filter { $0.hasPrefix("talks") } == ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held"])
    }
}
