@testable import ParleyExtract
import Testing

/// "would meet in Paris on Jan. 6", told on December 30: the next such day; "the so-called Coalition of the Willing":
/// "called" is no statement or call; "U.S. and Ukrainian officials discussed it in Geneva on Nov. 23": their talks.
@Suite struct DayAheadAndSoCalledTests {
    private func meetings(_ text: String, published: String = "December 30, 2025") -> [String] {
        Extractor.extract(body: "Headline here\n\n\(published)\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    @Test(arguments: [
        ("Leaders of the coalition of the willing will meet in Paris on 6 January.", "summit Paris 2026-01-06 planned []"),
        ("Leaders of the coalition of the willing will meet in Paris on Jan. 6.", "summit Paris 2026-01-06 planned []"),
        ("Leaders of the coalition of the willing gathered in Paris on January 6.", "summit Paris 2025-01-06 held [\"FR\"]"),
    ])
    func aDayStillToComeIsTheNextSuchDay(text: String, expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test func aDayToComeFarAheadKeepsTheArticlesYear() {
        #expect(meetings("Leaders of the coalition of the willing will meet in Paris on June 6.", published: "January 2, 2026")
            == ["summit Paris 2026-06-06 planned []"])
    }

    @Test(arguments: [
        "Zelensky has said that leaders of the so-called Coalition of the Willing would meet in Paris on Jan. 6.",
        "Leaders of the so-called Coalition of the Willing would meet in Paris on Jan. 6.",
    ])
    func soCalledIsNoVerb(text: String) {
        #expect(meetings("Ukrainian President Volodymyr Zelensky spoke. " + text) == ["summit Paris 2026-01-06 planned []"])
    }

    @Test func soCalledIsNoStatement() {
        let text = "The so-called peace formula was drawn up in Kyiv."
        #expect(Extractor.extract(body: "Headline here\n\nDecember 30, 2025\n\n" + text).claims.isEmpty)
    }

    @Test func twoStatesOfficialsInACityOnADay() {
        let text = "In November, a U.S.-drafted plan was made public. U.S. and Ukrainian officials discussed it in Geneva on "
            + "Nov. 23, and the document was later trimmed to 20 points."
        #expect(meetings(text) == ["talks Geneva 2025-11-23 held [\"UA\", \"US\"]"])
    }

    @Test(arguments: [
        "U.S. and Ukrainian officials discussed it on Nov. 23.",
        "U.S. and Ukrainian officials discussed it in Geneva.",
        "U.S. and Ukrainian officials, who discussed it in Geneva on Nov. 23, left.",
    ])
    func noCityOrDayOrSubjectTellsNoTalks(text: String) {
        #expect(meetings(text) == [])
    }
}
