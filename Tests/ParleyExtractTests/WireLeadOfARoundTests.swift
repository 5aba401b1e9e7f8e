@testable import ParleyExtract
import Testing

/// A wire lead under a dateline in small letters ("Abu Dhabi (AFP) – Ukrainian and Russian military officials wrapped up
/// two days of US-brokered talks ... on Saturday"): the subject names the sides, the days counted back past a hyphened
/// modifier with a capital date the round by its first day, and a headline telling "three-way talks" at the round's place
/// makes it three-sided; "the next session" of a round reported is the round after it.
@Suite struct WireLeadOfARoundTests {
    private func round(headline: String) -> String? {
        let e = Extractor.extract(body: headline + "\n\nPublished on 24/01/2026 - 19:42\n\nAbu Dhabi (AFP) – Ukrainian and Russian military "
            + "officials wrapped up two days of US-brokered talks in Abu Dhabi on Saturday without announcing a breakthrough.\n\n"
            + "The American side included special envoy Steve Witkoff and Army Secretary Dan Driscoll.")
        return e.meetings.first.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test func theLeadsSubjectNamesTheSidesAndItsDaysCountBack() {
        #expect(round(headline: "Ukraine, Russia end talks in Abu Dhabi") == "Abu Dhabi 2026-01-23 [\"RU\", \"UA\"]")
    }

    @Test func aHeadlineOfThreeWayTalksThereAddsTheThirdSide() {
        #expect(round(headline: "Ukraine, Russia end first three-way talks with US in Abu Dhabi, eye new round")
            == "Abu Dhabi 2026-01-23 [\"RU\", \"UA\", \"US\"]")
    }

    @Test func aHeadlineOfThreeWayTalksElsewhereAddsNone() {
        #expect(round(headline: "Ukraine, Russia eye three-way talks with US in Geneva") == "Abu Dhabi 2026-01-23 [\"RU\", \"UA\"]")
    }

    @Test func theNextSessionOfARoundIsTheRoundAfterIt() {
        let meetings = DatedArticle.meetings("Russian and Ukrainian delegations met in Abu Dhabi on Friday. A US official said the next "
            + "session had been pencilled in for February 1, again in Abu Dhabi.", on: "Saturday, 24 January 2026")
        #expect(meetings == ["talks Abu Dhabi 2026-01-23 held", "talks Abu Dhabi 2026-02-01 planned"])
    }
}
