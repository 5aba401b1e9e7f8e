@testable import ParleyExtract
import Testing

/// Guards from a review of this round's rules: each input read worse (or crashed) with the rules as first written.
@Suite struct ReviewGuardsRoundThirtyOneTests {
    private static func meetings(_ text: String, on day: String) -> [String] { DatedArticle.meetings(text, on: day) }

    @Test func aRoundWhoseTriggerIsItsOwnDayDoesNotCrash() {
        let text = "It was in Istanbul, on May 16, 2022 and June 2, 2022, that the Russian delegation and the Ukrainian delegation came "
            + "closest to a deal."
        #expect(!Self.meetings(text, on: "7 January 2026").isEmpty)
    }

    @Test func overAWeekLaterStillCountsDays() {
        let text = "Russia and Ukraine exchanged prisoners on May 16, and a second exchange took place over a week later."
        #expect(Self.meetings(text, on: "1 August 2025").contains("exchange - 2025-05-23 held"))
    }

    @Test(arguments: ["The summit at the White House, cancelled by Trump, drew criticism.",
                      "The summit at the White House, mooted by Trump, came to nothing."])
    func aSummitCancelledOrComeToNothingWasNotHeld(text: String) {
        #expect(!Self.meetings(text, on: "7 January 2026").contains { $0.hasPrefix("summit") && $0.hasSuffix("held") })
    }

    @Test(arguments: ["Witkoff updated reporters by phone on Sunday.", "Officials were briefed by phone on the proposal on Sunday."])
    func aBriefingOfNoOneNamedIsNoCall(text: String) {
        #expect(!Self.meetings(text, on: "1 December 2025").contains { $0.hasPrefix("call") })
    }

    @Test func aTransferNotCompletedIsNotHeld() {
        let text = "Russia agreed to hand over the bodies of 6,000 fallen soldiers, a transfer it has not completed."
        #expect(!Self.meetings(text, on: "1 July 2025").contains { $0.hasPrefix("exchange") && $0.hasSuffix("held") })
    }

    @Test func theDaysOfOtherMeetingsAheadDoNotRedateTheTalks() {
        let text = "Talks in Geneva ended on Wednesday, and officials said the two days of meetings next week in Abu Dhabi would be decisive."
        #expect(Self.meetings(text, on: "19 February 2026").contains("talks Geneva 2026-02-18 held"))
    }

    @Test(arguments: ["Talks in Istanbul in 2022 collapsed within weeks. The second round, held on Feb. 4, ended early.",
                      "Erdogan offered to host talks in Istanbul. The second round, held on Feb. 4, ended early."])
    func aRoundIsNotPlacedByOtherTalks(text: String) {
        #expect(!Self.meetings(text, on: "6 February 2026").contains("talks Istanbul 2026-02-04 held"))
    }

    @Test(arguments: ["Officials met in the capital of the US state of Florida on Friday.",
                      "Officials met in the capital of Russia's Tatarstan region on Friday."])
    func theCapitalOfAPartOfAStateIsNotTheStates(text: String) {
        #expect(!Self.meetings(text, on: "7 January 2026").contains { $0.contains("Washington") || $0.contains("Moscow") })
    }

    @Test func theBrokerOfADroppedFormatIsNoSide() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Friday. The Turkish-brokered talks came as US-brokered "
            + "trilateral format talks stalled."
        let talks = DatedArticle.extract(text, on: "17 May 2025").meetings.first { $0.kind == .talks }
        #expect(talks?.parties.sorted() == ["RU", "UA"])
    }

    @Test func meetingHimAgainWithANewSubjectIsNoMeetingOfTheFirstSides() {
        let text = "US President Donald Trump met Ukrainian President Volodymyr Zelensky at the White House on Monday, and Russian "
            + "President Vladimir Putin is expected to meet him again on Friday in Alaska."
        #expect(!Self.meetings(text, on: "19 August 2025").contains("summit - 2025-08-22 planned"))
    }

    @Test func aCallBeforeAMeetingNamedElsewhereIsNotOnTheLastMeetingsDay() {
        let text = "Russian and Ukrainian delegations met in Istanbul on May 16. US President Donald Trump spoke to Russian President "
            + "Vladimir Putin by phone before the meeting in Alaska."
        #expect(!Self.meetings(text, on: "1 August 2025").contains("call - 2025-05-16 held"))
    }

    @Test func aDatelineSetAsAListItemIsStillTheDateline() {
        let text = "- KYIV, Jan. 7, 2026 (Reuters) - Russian and Ukrainian delegations met in Abu Dhabi on Tuesday, officials said."
        #expect(Extractor.extract(body: "Headline here\n\n" + text).meetings.map { $0.date } == ["2026-01-06"])
    }

    @Test func theTwoLeadersOfTheCallBeforeWhenNoMeetingThatDay() {
        let text = "Ukrainian President Volodymyr Zelensky met US President Donald Trump at the White House on August 18. US President "
            + "Donald Trump spoke with Russian President Vladimir Putin by phone on Tuesday, and the two leaders then held a video "
            + "call with European leaders."
        let calls = DatedArticle.extract(text, on: "22 August 2025").meetings.filter { $0.kind == .call }
        #expect(calls.last?.parties.sorted() == ["RU", "US"])
    }

    @Test func seenAgainTheDayAfterTheFirstMeeting() {
        let text = "US Army Secretary Dan Driscoll met members of a Russian delegation in Abu Dhabi on Monday night and was scheduled "
            + "to see them again on Tuesday."
        #expect(Self.meetings(text, on: "26 November 2025").contains("talks Abu Dhabi 2025-11-25 held")
            || Self.meetings(text, on: "26 November 2025").contains("talks Abu Dhabi 2025-11-25 planned"))
    }
}
