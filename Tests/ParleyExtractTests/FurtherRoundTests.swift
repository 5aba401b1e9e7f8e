@testable import ParleyExtract
import Testing

/// "then held a further round with Rubio in Hallandale Beach, Florida, on Sunday": one more round at a place of its own is
/// another round, held; "no plans ... for Putin to meet Trump" denies the meeting; a verb of meeting keeps the place in
/// its own phrase when the sentence's first names another meeting after it ("the outcome of the Moscow talks").
@Suite struct FurtherRoundTests {
    /// The article's own day is Wednesday, December 3, 2025; the main round is the Kremlin meeting of the day before.
    private func meetings(_ text: String) -> [String] {
        let opening = "Russian President Vladimir Putin met US special envoy Steve Witkoff at the Kremlin in Moscow on Tuesday for "
            + "five hours of talks.\n\n"
        return Extractor.extract(body: "Headline here\n\nDecember 3, 2025\n\n" + opening + text)
            .meetings.dropFirst().map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test(arguments: [
        "A Ukrainian team headed by Rustem Umerov then held a further round with Witkoff in Hallandale Beach, Florida, on Sunday.",
        "Ukrainian negotiators led by Rustem Umerov held another round with Witkoff in Hallandale Beach on Sunday.",
    ])
    func aFurtherRoundElsewhere(text: String) {
        #expect(meetings(text) == ["talks Hallandale Beach 2025-11-30 held"])
    }

    @Test func aFurtherRoundAtTheMainRoundsPlaceIsNoOther() {
        #expect(meetings("The two sides held a further round in Moscow on Sunday.") == [])
    }

    @Test func plansDenied() {
        #expect(meetings("Yuri Ushakov said there were no plans at this stage for Putin to meet Donald Trump.") == [])
    }

    @Test func theVerbsOwnPlaceBeforeAMeetingNamedByACity() {
        let text = "Rustem Umerov is due to meet Witkoff in Miami on Thursday to hear the outcome of the Moscow talks."
        #expect(meetings(text).contains("talks Miami 2025-12-04 planned"))
    }
}
