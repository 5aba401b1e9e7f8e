@testable import ParleyExtract
import Testing

/// A timeline of entries headed by their day ("- Aug. 15: Trump and Putin met in Anchorage, Alaska.") dates what each
/// entry tells; a list item's day is no dateline.
@Suite struct TimelineEntryTests {
    private static let lead = "President Donald Trump spoke. President Vladimir Putin spoke. Steve Witkoff and Jared Kushner travelled.\n\n"
        + "How we got here\n\n"

    @Test(arguments: ["- ", "• ", ""])
    func entriesAreDatedByTheirHead(mark: String) {
        let text = Self.lead + mark + "Aug. 15: Trump and Putin met in Anchorage, Alaska. No deal.\n\n"
            + mark + "Dec. 2: Witkoff and Kushner spent about five hours with Putin in Moscow."
        #expect(DatedArticle.meetings(text, on: "18 February 2026") == ["summit Anchorage 2025-08-15 held", "talks Moscow 2025-12-02 held"])
    }

    @Test func anEventOfTheEntryWithNoDayOfItsOwnTakesTheHeadsDay() {
        let text = Self.lead + "- Jan. 23: Talks opened in Abu Dhabi.\n"
            + "- Feb. 5, 2026: at the end of the second round, Russia and Ukraine swapped 157 prisoners each."
        #expect(DatedArticle.meetings(text, on: "18 February 2026").contains("exchange - 2026-02-05 held"))
    }

    @Test func aLoneDayAndColonOpeningTheLeadIsStillTheDateline() {
        let text = "Feb. 18: Russian and Ukrainian delegations met in Geneva on Tuesday."
        #expect(DatedArticle.meetings(text, on: "18 February 2026") == ["talks Geneva 2026-02-17 held"])
    }
}

/// "in Anchorage, Alaska on Aug. 15": the state set off after the city with no comma closing it keeps the day the verb's.
@Suite struct DayAfterACitysStateTests {
    private static let lead = "President Donald Trump spoke. President Vladimir Putin spoke.\n\n"

    @Test(arguments: [
        ("Trump and Putin met in Anchorage, Alaska on Aug. 15, 2025.", "summit Anchorage 2025-08-15 held"),
        ("Trump and Putin met in Geneva, Switzerland on Aug. 15, 2025.", "summit Geneva 2025-08-15 held"),
        ("Trump and Putin met in Anchorage, Alaska last August.", "summit Anchorage 2025-08 held"),
        ("Trump and Putin met in Anchorage, Alaska, on Aug. 15, 2025.", "summit Anchorage 2025-08-15 held"),
    ])
    func theDayAfterTheState(sentence: String, expected: String) {
        #expect(DatedArticle.meetings(Self.lead + sentence, on: "18 February 2026") == [expected])
    }

    @Test func aSinceDayTakenUpByWhenDatesTheMeetingInTheClause() {
        let text = "Presidents Volodymyr Zelensky and Vladimir Putin spoke. The two presidents have not met since December 2019, "
            + "when they sat down in Paris."
        #expect(DatedArticle.meetings(text, on: "18 February 2026") == ["summit Paris 2019-12 held"])
    }
}

/// "met in Istanbul on May 16, June 2 and July 23": a round on each day of a list of days weeks apart; "May 16 and 17" are
/// the days of one round.
@Suite struct RoundsOnListedDaysTests {
    @Test(arguments: [
        ("Russian and Ukrainian delegations met in Istanbul on May 16 and June 2.",
         ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held"]),
        ("Russian and Ukrainian delegations met in Istanbul on May 16, June 2 and July 23.",
         ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held", "talks Istanbul 2025-07-23 held"]),
        ("Talks were held in Istanbul on May 16 and 17.", ["talks Istanbul 2025-05-16 held"]),
    ])
    func aRoundADay(sentence: String, expected: [String]) {
        #expect(DatedArticle.meetings(sentence, on: "18 February 2026") == expected)
    }

    @Test func aTimelineEntryOfSeveralDaysGivesEachItsRoundAndDelegations() {
        let text = "Vladimir Medinsky and Rustem Umerov spoke.\n\nTimeline\n\n- May 16, June 2, and July 23, 2025: Russian and Ukrainian "
            + "delegations, led by Medinsky and Umerov respectively, met in Istanbul.\n- Aug. 15: Nothing else."
        let heads = DatedArticle.heads(text, on: "18 February 2026")
        #expect(heads.filter { $0.hasSuffix("Vladimir Medinsky") }.count == 3)
        #expect(heads.contains("Istanbul 2025-06-02 UA Rustem Umerov"))
    }
}

/// "ended in Geneva on Wednesday without a breakthrough, with Moscow's negotiator describing the two days of meetings as
/// difficult": the round began the day before.
@Suite struct TheDaysOfARoundTakenUpTests {
    @Test func theDaysTakenUpLaterInTheSentence() {
        let text = "Peace talks between Russia and Ukraine ended in Geneva on Wednesday without a breakthrough, with Moscow's chief "
            + "negotiator describing the two days of US-brokered meetings as \"difficult, but businesslike.\""
        #expect(DatedArticle.meetings(text, on: "18 February 2026") == ["talks Geneva 2026-02-17 held"])
    }
}

/// "Trump briefed Zelensky and a group of European leaders by phone": a briefing by phone is a call.
@Suite struct BriefingByPhoneTests {
    @Test(arguments: [
        "Early on Saturday, Trump briefed Zelensky and a group of European leaders by phone from Air Force One.",
        "On Saturday, Trump updated Zelensky by telephone.",
    ])
    func aBriefingByPhoneIsACall(sentence: String) {
        let text = "President Donald Trump returned on Friday. President Volodymyr Zelensky waited.\n\n" + sentence
        #expect(DatedArticle.meetings(text, on: "16 August 2025").contains("call - 2025-08-16 held"))
    }
}

/// "followed a meeting between Zelensky and Trump at Trump's Mar-a-Lago estate in Florida on 28 December": a day past in the
/// noun's own clause tells the meeting held.
@Suite struct MeetingDatedInItsOwnClauseTests {
    @Test func aPastDayInTheClauseTellsItHeld() {
        let text = "President Donald Trump and President Volodymyr Zelensky spoke.\n\nThe Paris summit followed a meeting between "
            + "Zelensky and Trump at Trump's Mar-a-Lago estate in Florida on 28 December."
        let found = DatedArticle.extract(text, on: "7 January 2026").meetings
        #expect(found.contains { $0.date == "2025-12-28" && $0.status == .held })
        #expect(!found.contains { $0.status == .proposed })
    }
}

/// "Before Zelensky arrived, Trump spoke with Putin by phone": a call on the day of the meeting the one who came arrived
/// for, without them among its sides.
@Suite struct CallBeforeAFrontedArrivalTests {
    @Test func theCallTakesTheDayOfTheMeetingAndNotTheOneWhoCame() {
        let text = "President Donald Trump, President Vladimir Putin and President Volodymyr Zelensky.\n\nZelensky met Trump at "
            + "Mar-a-Lago in Florida on 28 December. Before Zelensky arrived, Trump spoke with Putin by phone."
        let call = DatedArticle.extract(text, on: "7 January 2026").meetings.first { $0.kind == .call }
        #expect(call?.date == "2025-12-28")
        #expect(call?.parties.sorted() == ["RU", "US"])
    }
}
