@testable import ParleyExtract
import Testing

/// Leaders' meetings told in other shapes: "ended their first in-person encounter" (owned past a hyphenated modifier),
/// "held a “long and substantive” call with Trump" (quoted words before the noun), "in a videoconference on Wednesday
/// European leaders had pressed him" and "Merz, who hosted the call from Berlin" (one leaders' meeting, placed), and "The
/// Alaska meeting" after "Anchorage, Alaska" (the summit there, not new talks).
@Suite struct LeadersVideoAndRegionTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    @Test func encounterOwnedPastAHyphenatedModifier() {
        let text = "President Donald Trump and Russian President Vladimir Putin ended their first in-person encounter in more than six years on Friday."
        #expect(meetings(text) == ["summit - 2025-08-15 held [\"RU\", \"US\"]"])
    }

    @Test func callWithQuotedWordsBeforeIt() {
        let text = "President Donald Trump flew home. Ukrainian President Volodymyr Zelenskyy said that he had held a “long and substantive” call with Trump."
        #expect(meetings(text) == ["call - - held [\"UA\", \"US\"]"])
    }

    @Test func videoconferenceOfLeadersHostedFromACity() {
        let text = "In a videoconference on Wednesday European leaders had pressed Trump to insist on a ceasefire. German Chancellor "
            + "Friedrich Merz, who hosted the call from Berlin with Zelenskyy at his side, said afterward that interests had to be protected."
        #expect(meetings(text).map { $0.prefix(31) } == ["summit Berlin 2025-08-13 held ["])
    }

    @Test func videoconferenceWithNoLeadersIsNoSummit() {
        #expect(meetings("In a videoconference on Wednesday officials discussed the timetable.").isEmpty)
    }

    @Test func regionNamedMeetingTakesUpTheSummitThere() {
        let text = "ANCHORAGE, Alaska — US President Donald Trump and Russian President Vladimir Putin met at a military base in "
            + "Anchorage, Alaska, on Friday. The Alaska meeting came together fast."
        #expect(meetings(text) == ["summit Anchorage 2025-08-15 held [\"RU\", \"US\"]"])
    }
}
