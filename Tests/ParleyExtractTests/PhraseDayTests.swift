@testable import ParleyExtract
import Testing

/// A later mention of the article's round takes the day in its own phrase, not another date of the sentence,
/// and a figure told beside that mention belongs to the round.
@Suite struct PhraseDayTests {
    private let text = "Headline here\n\nPublished March 12, 2025\n\n"
        + "Ukraine agreed to a ceasefire plan at talks in Saudi Arabia. After more than eight hours of negotiations at a hotel "
        + "in Jeddah on Tuesday, Washington said it would resume aid, frozen since an Oval Office meeting on 28 February."

    @Test func theRoundTakesTheDayOfItsOwnPhrase() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        let talks = e.meetings.filter { $0.kind == .talks }
        #expect(talks.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Jeddah 2025-03-11"])
    }

    @Test func aLengthBesideALaterMentionIsTheRounds() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        let talks = e.meetings.first { $0.kind == .talks }?.id
        #expect(e.figures.first { $0.unit == "hours" }?.meeting == talks)
    }
}
