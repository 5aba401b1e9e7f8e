@testable import ParleyExtract
import Testing

/// "The largest prisoner exchange of the war was carried out over three days starting May 23", "It produced the largest prisoner
/// exchange of the war: 1,000 for 1,000, carried out in stages over three days starting May 23": done and dated past what it
/// is the largest of and past a count set off by a colon.
@Suite struct LargestExchangeCarriedOutTests {
    @Test(arguments: ["The largest prisoner exchange of the war was carried out over three days starting May 23.",
                      "It produced the largest prisoner exchange of the war: 1,000 for 1,000, carried out in stages over three days "
                        + "starting May 23, when 390 people on each side went home."])
    func theLargestExchangeCarriedOut(_ text: String) {
        #expect(DatedArticle.meetings(text, on: "June 3, 2025") == ["exchange - 2025-05-23 held"])
    }

    @Test func anExchangeOfOthersStillToCome() {
        #expect(DatedArticle.meetings("Kyiv wants the largest prisoner exchange of the war: all for all.", on: "June 3, 2025")
            .allSatisfy { !$0.hasSuffix("held") })
    }
}
