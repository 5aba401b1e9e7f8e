@testable import ParleyExtract
import Testing

/// "Trump and Putin held talks ... in Alaska", then "The summit took place Friday afternoon ... in Anchorage, with the two
/// leaders meeting for nearly three hours": one summit, dated and placed; a wire stamp "2025/08/16 10:47 KST" at the foot
/// of the story dates the article.
@Suite struct LeadersHeldTalksTests {
    private let story = """
        Trump, Putin end Alaska summit without Ukraine deal

        SEOUL, Aug. 16 (Yonhap) -- U.S. President Donald Trump and Russian President Vladimir Putin held talks on the war in \
        Ukraine at a military base in Alaska, but emerged without a ceasefire.

        The summit took place Friday afternoon local time, at Joint Base Elmendorf-Richardson in Anchorage, with the two leaders \
        meeting for nearly three hours.

        (END)

        2025/08/16 10:47 KST
        """

    @Test func oneSummitDatedAndPlacedByTheSentenceThatTakesItUp() {
        let found = Extractor.extract(body: story)
        #expect(found.source.published == "2025-08-16")
        #expect(found.meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" } == ["summit Anchorage 2025-08-15 held"])
    }
}
