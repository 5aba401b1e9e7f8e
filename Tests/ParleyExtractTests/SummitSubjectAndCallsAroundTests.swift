@testable import ParleyExtract
import Testing

/// "The summit at the Élysée Palace, hosted by French President Emmanuel Macron, brought together representatives of 35
/// countries": a summit the subject of a past verb, past its venue and a participle set off, was held.
@Suite struct SummitSubjectPastItsVenueTests {
    @Test func heldPastTheVenueAndTheParticiple() {
        let text = "The summit at the Élysée Palace, hosted by French President Emmanuel Macron, brought together representatives "
            + "of some 35 countries."
        #expect(DatedArticle.meetings(text, on: "7 January 2026") == ["summit Paris - held"])
    }

    @Test func aSummitExpectedIsNotHeld() {
        let text = "The summit at the Élysée Palace, hosted by French President Emmanuel Macron, was expected to bring together "
            + "representatives of some 35 countries."
        #expect(!DatedArticle.meetings(text, on: "7 January 2026").contains("summit Paris - held"))
    }
}

/// "In Berlin in mid-December, Zelenskyy spent more than five hours with Witkoff": a city and a part of a month fronted.
@Suite struct FrontedCityAndMonthTests {
    @Test func theFrontedCityPlacesTheTimeSpent() {
        let text = "Volodymyr Zelenskyy and Steve Witkoff.\n\nIn Berlin in mid-December, Zelenskyy spent more than five hours with "
            + "Witkoff and Kushner."
        #expect(DatedArticle.meetings(text, on: "7 January 2026") == ["talks Berlin 2025-12 held"])
    }
}

/// "Trump spoke to Putin by phone before the meeting, and the two leaders then held a video call with European leaders":
/// the call before the meeting just told is on its day; the video call with European leaders is another, of the two leaders.
@Suite struct CallsAroundAMeetingJustToldTests {
    @Test func bothCallsOnTheMeetingsDay() {
        let text = "President Donald Trump and President Volodymyr Zelenskyy.\n\nOn 28 December, Zelenskyy met Trump at Mar-a-Lago. "
            + "Trump spoke to Russian President Vladimir Putin by phone before the meeting, and the two leaders then held a video "
            + "call with European leaders."
        let calls = DatedArticle.extract(text, on: "7 January 2026").meetings.filter { $0.kind == .call }
        #expect(calls.map { "\($0.date ?? "-") \($0.parties.sorted())" } == ["2025-12-28 [\"RU\", \"US\"]", "2025-12-28 [\"UA\", \"US\"]"])
    }
}

/// "In Davos the same day, Zelensky met Trump": a day opening the sentence after a city fronted before it.
@Suite struct FrontedCityBeforeTheDayTests {
    @Test func theSameDayAfterTheCity() {
        let text = "President Donald Trump, Steve Witkoff, and President Volodymyr Zelensky.\n\nLate Thursday, Witkoff spent nearly four "
            + "hours with Russian President Vladimir Putin in the Kremlin. In Davos the same day, Zelensky met Trump on the sidelines "
            + "of the World Economic Forum."
        #expect(DatedArticle.meetings(text, on: "24 January 2026").contains("summit Davos 2026-01-22 held"))
    }
}
