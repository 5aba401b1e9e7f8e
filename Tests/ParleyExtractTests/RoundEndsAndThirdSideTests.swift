@testable import ParleyExtract
import Testing

/// Rounds dated by the day they ended, deadlines, a process rather than a round, three sides, rounds taken up by their
/// region, and which round a delegation sat at.
@Suite struct RoundEndsAndThirdSideTests {
    private func delegations(_ text: String, on day: String) -> [String] {
        let x = DatedArticle.extract(text, on: day)
        return x.delegations.map { d in "\(x.meetings.first { $0.id == d.meeting }?.place ?? "-") \(d.side) \(d.head ?? "-")" }
    }

    @Test func twoDaysOfTalksWrappedUpTodayBeganYesterday() {
        let text = "Russian, Ukrainian and US negotiators have wrapped up two days of talks in Geneva behind closed doors. The "
            + "second day of the talks lasted only about two hours on Wednesday, Vladimir Medinsky said."
        #expect(DatedArticle.meetings(text, on: "February 18, 2026") == ["talks Geneva 2026-02-17 held"])
    }

    @Test func aRoundEndedOnADayAndToldTwoDayElsewhere() {
        let text = "The third round of trilateral talks between Russia, Ukraine and the US ended in Geneva on Wednesday without a "
            + "breakthrough. The two-day meeting at the InterContinental hotel in the Swiss city was held behind closed doors."
        #expect(DatedArticle.meetings(text, on: "February 18, 2026") == ["talks Geneva 2026-02-17 held"])
    }

    @Test func aTwoDayRoundNotToldEndedKeepsItsDay() {
        let text = "The third round of trilateral talks between Russia, Ukraine and the US opened in Geneva on Tuesday. The two-day "
            + "meeting at the InterContinental hotel in the Swiss city was held behind closed doors."
        #expect(DatedArticle.meetings(text, on: "February 18, 2026") == ["talks Geneva 2026-02-17 held"])
    }

    @Test func talksDatedByTheirFirstDayStaySo() {
        let text = "US and Ukrainian negotiators wrapped up two days of talks in Berlin on a plan to end the war. The first round "
            + "at the Federal Chancellery on Sunday lasted around five hours."
        #expect(DatedArticle.meetings(text, on: "December 16, 2025").first == "talks Berlin 2025-12-14 held")
    }

    @Test func aDeadlineDatesNoRound() {
        let text = "Ukrainian President Volodymyr Zelensky wants Russia and Ukraine to hold talks in Istanbul to agree on a ceasefire "
            + "by 24 February."
        #expect(!DatedArticle.meetings(text, on: "December 16, 2025").contains { $0.contains("02-24") })
    }

    @Test func leadersInvolvedInThePeaceTalksAreNoRound() {
        let text = "Czech Prime Minister Andrej Babiš said he would like the leaders involved in the peace talks to agree on a ceasefire."
        #expect(DatedArticle.meetings(text, on: "December 16, 2025") == [])
    }

    @Test func aTrilateralRoundHasThreeSidesAndTheThirdSidesHead() {
        let text = "Russia and Ukraine exchanged prisoners on Thursday, following a second round of trilateral talks with the United "
            + "States in Abu Dhabi.\n\nUS special envoy Steve Witkoff, who headed the American delegation, said Russia and Ukraine "
            + "had agreed. Ukrainian and Russian officials welcomed the swap."
        let x = DatedArticle.extract(text, on: "February 6, 2026")
        #expect(x.meetings.first { $0.kind == .talks }?.parties == ["RU", "UA", "US"])
        #expect(delegations(text, on: "February 6, 2026").contains("Abu Dhabi US Steve Witkoff"))
    }

    @Test func talksNamedByTheirRegionAreTakenUpAndPlacedInTheCity() {
        let text = "US President Donald Trump's plan was trimmed after talks with Ukrainian officials in Geneva on November 23 and in "
            + "Florida last Sunday.\n\nAt the Florida talks, held at Hallandale Beach, Ukraine's delegation was headed by Rustem "
            + "Umerov, while Secretary of State Marco Rubio led the American side."
        #expect(DatedArticle.meetings(text, on: "December 3, 2025") == ["talks Geneva 2025-11-23 held", "talks Hallandale Beach 2025-11-30 held"])
        #expect(Set(delegations(text, on: "December 3, 2025"))
                .isSuperset(of: ["Hallandale Beach UA Rustem Umerov", "Hallandale Beach US Marco Rubio"]))
    }

    /// A guard: the delegation named in the sentence stays with the round the article reports.
    @Test func aRoundToldAfterAfterIsNotTheDelegations() {
        let text = "Russian President Vladimir Putin held talks with U.S. special envoy Steve Witkoff at the Kremlin on Tuesday.\n\n"
            + "The U.S. delegation, led by Mr. Witkoff, brought a plan which has been trimmed after talks with Ukrainian officials "
            + "in Geneva on November 23."
        #expect(delegations(text, on: "December 3, 2025").contains("Moscow US Steve Witkoff"))
    }
}

/// Calls on two days in one phrase, and a meeting told around the round the article reports.
@Suite struct CallsOnTwoDaysAndSatDownTests {
    private func meetingsWithSides(_ text: String, on day: String) -> [String] {
        DatedArticle.extract(text, on: day).meetings
            .map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+"))" }
    }

    @Test func aCallOnEachDay() {
        let text = "Only last Thursday, US President Donald Trump announced after a phone call with Russian President Vladimir Putin "
            + "that the two would meet in Budapest.\n\nViktor Orban, who spoke with Trump on Thursday evening and with Putin by phone "
            + "the following day, welcomed the plan."
        let found = meetingsWithSides(text, on: "October 22, 2025")
        #expect(found.contains("call - 2025-10-16 HU+US"))
        #expect(found.contains("call - 2025-10-17 HU+RU"))
    }

    @Test func aMeetingBeforeSittingDownWithTheOtherSideIsOnTheRoundsDayAndPlace() {
        let text = "American and Ukrainian negotiators held talks in Geneva on Sunday.\n\nBefore sitting down with the Americans, the "
            + "Ukrainian delegation met national security advisers from Britain, France and Germany."
        #expect(meetingsWithSides(text, on: "November 24, 2025").contains { $0.hasPrefix("talks Geneva 2025-11-23") && $0.contains("GB") })
    }

    @Test func aDayOfItsOwnStays() {
        let text = "American and Ukrainian negotiators held talks in Geneva on Sunday.\n\nBefore sitting down with the Americans, the "
            + "Ukrainian delegation met British national security adviser Jonathan Powell in London on Friday."
        #expect(!meetingsWithSides(text, on: "November 24, 2025").contains { $0.contains("GB") && $0.contains("2025-11-23") })
    }
}
