@testable import ParleyExtract
import Testing

/// Rounds told as a series: "three rounds of direct talks in Istanbul this year. After the first, on 16 May at the Dolmabahçe
/// Palace, ..." takes up the first by its ordinal past a preposition; "At the third and shortest round, on 23 July" is the third
/// round, held where the series was; a head "who led the Russian delegation in Istanbul" heads each round held there that year;
/// "ANCHORAGE, Alaska — ... summit ... on Friday", then "The Alaska meeting", is that summit.
@Suite struct RoundsOfASeriesTests {
    private static let series = """
        Exchanges have become the only result of three rounds of direct talks in Istanbul this year. After the first, on 16 May at \
        the Dolmabahçe Palace, the sides carried out a swap between 23 and 25 May. The second round, on 2 June at Çırağan Palace, \
        produced an agreement.

        At the third and shortest round, on 23 July, the sides sat at the table for about 40 minutes.
        """

    @Test func roundsTakenUpByOrdinalAndPlacedBySeries() {
        let talks = DatedArticle.meetings(Self.series, on: "25 August 2025").filter { $0.hasPrefix("talks") }
        #expect(talks == ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held", "talks Istanbul 2025-07-23 held"])
    }

    @Test func aRoundWithNoSeriesTakesNoPlace() {
        #expect(DatedArticle.meetings("At the third and shortest round, on 23 July, the sides sat at the table for about 40 minutes.",
                                      on: "25 August 2025") == ["talks - 2025-07-23 held"])
    }

    @Test func aHeadOfTheDelegationInACityHeadsEachRoundThere() {
        let text = Self.series + "\n\nVladimir Medinsky, the presidential aide who led the Russian delegation in Istanbul, wrote that "
            + "the Ukrainians had declined to take them back. Rustem Umerov, Ukraine's defence minister, led Kyiv's delegation."
        let found = DatedArticle.extract(text, on: "25 August 2025")
        let heads = found.delegations.filter { $0.side == "RU" }.map { d in found.meetings.first { $0.id == d.meeting }?.date ?? "-" }
        #expect(Set(heads) == ["2025-05-16", "2025-06-02", "2025-07-23"])
    }

    @Test func aRegionNamesTheSummitTheDatelinePlaces() {
        let text = """
            ANCHORAGE, Alaska — President Donald Trump left his summit with Russian President Vladimir Putin on Friday without an \
            agreement.

            The Alaska meeting was the first standalone summit between an American and a Russian president since Trump and Putin \
            met in Helsinki in 2018. Within days the Alaska summit was set.
            """
        #expect(DatedArticle.meetings(text, on: "August 16, 2025") == ["summit Anchorage 2025-08-15 held", "summit Helsinki 2018 held"])
    }
}
