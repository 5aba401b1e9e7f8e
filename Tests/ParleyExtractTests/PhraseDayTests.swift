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

/// A held round the article never dates took place on the day its opening paragraphs tell their news.
@Suite struct OpeningDayTests {
    @Test(arguments: [
        ("Russia and Ukraine sat face to face again on Friday and agreed on a prisoner swap. The talks at Dolmabahçe Palace lasted two hours.",
         "2025-05-16"),
        ("The talks at Dolmabahçe Palace lasted two hours. Kyiv and Moscow said nothing more.", "-"),
    ])
    func anUndatedRoundTakesTheOpeningDay(_ text: String, _ day: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished May 17, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.filter { $0.kind == .talks }.map { $0.date ?? "-" } == [day])
    }
}

/// "the August summit": a month alone naming the meeting after it dates it, in the latest such month.
@Suite struct MonthBeforeMeetingTests {
    @Test(arguments: [
        ("Peskov referred to the August summit between Donald Trump and Vladimir Putin in Anchorage.", "2025-08"),
        ("Peskov referred to last December's talks between Russian and Ukrainian officials in Istanbul.", "2024-12"),
    ])
    func theMonthDatesTheMeeting(_ text: String, _ month: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished November 24, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.first?.date == month)
    }
}

/// A day told before "after" and a clause of its own is the day of what followed the talks; before "after" and a
/// length of talks, it is theirs.
@Suite struct DayBeforeAfterClauseTests {
    @Test(arguments: [
        ("Vladimir Putin came under pressure on Wednesday to accept a ceasefire, after Kyiv agreed to the proposal at talks in Saudi Arabia.", "-"),
        ("Russia and the US agreed on Wednesday to appoint teams, after four and a half hours of talks in the Saudi capital Riyadh.", "2025-03-12"),
    ])
    func theDay(_ text: String, _ day: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished March 12, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.filter { $0.kind == .talks }.map { $0.date ?? "-" } == [day])
    }
}
