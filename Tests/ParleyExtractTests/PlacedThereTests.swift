@testable import ParleyExtract
import Testing

/// A meeting placed by "there" is at the place the sentence before told; "there is" places nothing.
@Suite struct PlacedThereTests {
    @Test func aMeetingThereIsAtThePlaceOfTheSentenceBefore() {
        let text = "Dan Driscoll flew to Abu Dhabi, where he met a Russian delegation on Nov. 24. Ukrainian military intelligence chief "
            + "Kyrylo Budanov was also expected to meet Driscoll there, the Financial Times reported."
        #expect(DatedArticle.meetings(text, on: "November 30, 2025") == ["talks Abu Dhabi 2025-11-24 held", "talks Abu Dhabi - planned"])
    }

    @Test func thereOpeningAClauseOfBeingPlacesNothing() {
        let text = "Volodymyr Zelensky spoke in Berlin on Monday. He said a summit could take place if there is political will."
        #expect(!DatedArticle.meetings(text, on: "November 30, 2025").contains { $0.hasPrefix("summit Berlin") })
    }
}
