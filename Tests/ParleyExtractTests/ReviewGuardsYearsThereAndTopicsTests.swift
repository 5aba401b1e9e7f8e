@testable import ParleyExtract
import Testing

/// Guards from a review of this round's rules: each sentence once drew a wrong fact from an over-broad rule.
@Suite struct ReviewGuardsYearsThereAndTopicsTests {
    private func meetings(_ text: String, _ day: String) -> [String] { DatedArticle.meetings(text, on: day) }

    @Test func agreeingOnASummitIsNoPastVerbOfItsDay() {
        #expect(meetings("Trump and Putin agreed on a summit in Budapest on February 20, the Kremlin said.", "January 25, 2026")
            == ["summit Budapest 2026-02-20 planned"])
    }

    @Test func aYearASinceClauseTellsNamesNoDays() {
        let text = "Russia and Ukraine, at war since the full-scale invasion in 2022, held talks in Istanbul on July 23."
        #expect(meetings(text, "January 25, 2026") == ["talks Istanbul 2025-07-23 held"])
    }

    @Test func uncountedMeetingsOnDaysAreNoRounds() {
        #expect(meetings("Ukraine's central bank will hold its next rate-setting meetings on January 29 and March 12.", "January 25, 2026").isEmpty)
    }

    @Test func thatMeetingIsTheOneToldLastEvenUndated() {
        let text = "Russian President Vladimir Putin and US President Donald Trump met in Anchorage on August 15.\n\nUkrainian President "
            + "Volodymyr Zelensky later held talks with Trump at the White House.\n\nJust before that meeting, Trump had spoken by telephone with Putin."
        #expect(!meetings(text, "September 1, 2025").contains("call - 2025-08-15 held"))
    }

    @Test func hoursAfterSomeoneAskedIsNoArrival() {
        let text = "Ukrainian President Volodymyr Zelensky met US President Donald Trump at the White House on August 18.\n\nTrump had "
            + "spoken by phone with Russian President Vladimir Putin hours after Zelensky publicly asked for Tomahawk missiles."
        #expect(!meetings(text, "October 17, 2025").contains("call - 2025-08-18 held"))
    }

    @Test(arguments: ["A summit is possible, but there must first be a ceasefire, Peskov said.",
                      "A summit is possible, but we are not there yet, Peskov said."])
    func thereOfNoPlacePlacesNothing(_ second: String) {
        let text = "Special envoy Steve Witkoff arrived in Moscow on Tuesday.\n\n" + second
        #expect(!meetings(text, "December 4, 2025").contains { $0.hasPrefix("summit Moscow") })
    }

    @Test func theTwoMenAtAnOlderMeetingDateNoSummit() {
        let text = "US President Donald Trump and Ukrainian President Volodymyr Zelensky met for more than two hours, officials said."
            + "\n\nThe two men famously clashed at the White House on February 28."
        #expect(meetings(text, "October 18, 2025") == ["summit - - held"])
    }

    @Test func theLeadersAfterAGroupOfLeadersAreNoPair() {
        let text = "Ukrainian President Volodymyr Zelensky said Russian President Vladimir Putin was stalling.\n\nEuropean leaders of the "
            + "coalition of the willing were meanwhile in Paris on Tuesday.\n\nThe leaders met for three hours at the Elysee Palace."
        #expect(!DatedArticle.extract(text, on: "January 8, 2026").meetings.contains { $0.parties == ["RU", "UA"] })
    }

    @Test func aDelegationInTheRoundsOwnCityIsNoOtherRound() {
        let text = "Trilateral talks between Russian, Ukrainian and US delegations began in Abu Dhabi on Friday and continued on Saturday."
            + "\n\nRustem Umerov, who led the Ukrainian delegation in Abu Dhabi on Saturday, called the talks constructive."
        #expect(meetings(text, "January 25, 2026") == ["talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func delegationsThatMetTheDayBeforeAreTheSameRound() {
        let text = "Russian, Ukrainian and US delegations held a second day of talks in Abu Dhabi on February 5.\n\nThe delegations had "
            + "also met on February 4 for several hours."
        #expect(meetings(text, "February 6, 2026").count == 1)
    }

    @Test func aDeadlineNearAThingThatLastedIsNoThreatsLength() {
        let text = "The talks in Geneva lasted two days, as the deadline for new US sanctions on Russian oil loomed."
        #expect(DatedArticle.extract(text, on: "January 25, 2026").figures.map(\.topic) == ["negotiations"])
    }

    @Test func soldiersHomeOnLeaveAreNoPrisoners() {
        #expect(DatedArticle.extract("About 2,000 soldiers came home on leave for the New Year holidays.", on: "January 25, 2026").figures.isEmpty)
    }

    @Test func oneLeaderAtAVenueDatesNoSummit() {
        let text = "Leaders of the coalition of the willing met in Paris for a summit on security guarantees.\n\nMacron gave a news "
            + "conference at the Elysee Palace on Friday."
        #expect(meetings(text, "January 10, 2026") == ["summit Paris - held"])
    }

    @Test func aMeetingAfterAFrontedSummitIsItsOwn() {
        let text = "Donald Trump, Volodymyr Zelensky and Vladimir Putin spoke.\n\nAfter the Alaska summit, the first meeting between "
            + "Zelensky and Putin could be held in Geneva, Trump said."
        #expect(meetings(text, "September 1, 2025").contains("summit Geneva - proposed"))
    }

    @Test func aCitysMeetingWithSomeoneOfOtherSidesIsItsOwn() {
        let text = "Ukrainian President Volodymyr Zelensky attended a summit of the coalition of the willing in Paris on January 6.\n\n"
            + "On Friday, Zelensky had his Paris meeting with French President Emmanuel Macron."
        #expect(meetings(text, "January 17, 2026").count == 2)
    }

    @Test func aConditionAfterTheDayOfSayingIsStillWordsSaid() {
        let text = "Zelensky said Friday before any meeting with Putin, a ceasefire was needed."
        #expect(DatedArticle.extract(text, on: "January 25, 2026").claims.count == 1)
    }

    @Test func theSecondDayOfARoundIsNoRoundThatOpened() {
        let text = "Russian, Ukrainian and US negotiators held talks in Abu Dhabi on Wednesday.\n\nThe second day of talks began on Thursday "
            + "morning."
        #expect(meetings(text, "February 6, 2026") == ["talks Abu Dhabi 2026-02-04 held"])
    }
}
