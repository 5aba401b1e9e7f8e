@testable import ParleyExtract
import Testing

/// Guards from a review of this round's rules: each sentence is one a rule of the round first read wrongly.
@Suite struct ReviewGuardsRoundTwentyFiveTests {
    private func extract(_ text: String, on day: String = "Dec. 3, 2025") -> Extraction { DatedArticle.extract(text, on: day) }

    private let whiteHouse = "US President Donald Trump met Ukrainian President Volodymyr Zelensky at the White House on Friday. "

    @Test(arguments: ["Trump wants this meeting with Russian President Vladimir Putin in Budapest to end the war.",
                      "Peskov said preparations had begun, adding that meeting between Trump and Russian President Vladimir Putin would "
                        + "take place within two weeks."])
    func aDemonstrativeWithItsOwnSidesOrAClauseIsANewMeeting(_ text: String) {
        #expect(extract(whiteHouse + text, on: "Oct. 20, 2025").meetings.contains { $0.parties.contains("RU") })
    }

    @Test func aPersonInAFrontedClauseIsNoSide() {
        let e = extract("Ukrainian and US delegations held talks in Geneva on Sunday. Days after Andriy Yermak resigned, American officials "
            + "held talks with a Russian delegation in Miami.")
        #expect(e.meetings.first { $0.place == "Miami" }?.parties.sorted() == ["RU", "US"])
    }

    @Test func aPlaceWhereSomeoneSpokeIsNotTheTalks() {
        let e = extract("Ukrainian and US delegations held talks in Miami on Sunday. At a news conference at the Kremlin in Moscow, Peskov "
            + "said Witkoff held nearly five hours of talks with Ukrainian officials.")
        #expect(!e.meetings.contains { $0.place == "Moscow" })
    }

    @Test func anAppositionOfWhatOthersWillDoDatesNothing() {
        let e = extract("US envoy Steve Witkoff held five hours of talks with Russian President Vladimir Putin at the Kremlin, a meeting that "
            + "European officials will review in Brussels on Friday.")
        #expect(e.meetings.map { "\($0.date ?? "-") \($0.status.rawValue)" } == ["- held"])
    }

    @Test func theFirstDayOfARoundElsewhere() {
        let e = extract("Russian, Ukrainian and US delegations held talks in Abu Dhabi. Unlike the first day of talks on May 16 in Istanbul, "
            + "the meeting was calm.", on: "January 26, 2026")
        #expect(e.meetings.first { $0.place == "Abu Dhabi" }?.date == nil)
    }

    @Test func aDelegationLedToAConferenceHoldsNoTalks() {
        #expect(extract("Prime Minister Yulia Svyrydenko led a Ukrainian delegation to the Ukraine Recovery Conference in Rome on Thursday.",
                        on: "July 14, 2025").meetings.isEmpty)
    }

    @Test func aStateRepresentedAtAnotherMeeting() {
        let e = extract("Russian and Ukrainian delegations held talks in Istanbul on Monday. Russia was represented by Foreign Minister "
            + "Sergei Lavrov at the G20 summit in Johannesburg last month.")
        #expect(!e.delegations.contains { $0.members.contains("Sergei Lavrov") })
    }

    @Test func theNextSessionOfABody() {
        let e = extract("Russian and Ukrainian delegations held talks in Abu Dhabi on Wednesday. The Ukrainian parliament is expected to vote "
            + "on the budget at the next session of the Verkhovna Rada.", on: "February 5, 2026")
        #expect(e.meetings.count == 1)
    }

    @Test(arguments: ["Zelensky returned to Kyiv on Tuesday, a day after a Russian missile strike killed 12 people in Dnipro.",
                      "US envoy Steve Witkoff was one of those received by Russian President Vladimir Putin at the Kremlin on Tuesday."])
    func peopleNotSetFreeAreNoPrisoners(_ text: String) {
        #expect(!extract(text).figures.contains { $0.topic == "prisoner_exchange" })
    }

    @Test func aCallToARoleHolderSaysNothing() {
        #expect(extract("US President Donald Trump called the outgoing president of South Korea on Monday.").claims.isEmpty)
    }

    @Test func aStatementPostedThatSaysSomething() {
        #expect(extract("US envoy Steve Witkoff said in a statement released by the White House that the meeting had been productive.")
            .claims.map(\.text) == ["the meeting had been productive"])
    }

    @Test func threatsToDoAndThreatsOthersReport() {
        #expect(extract("Russian President Vladimir Putin threatened to hit Kyiv with Oreshnik missiles.").claims.map(\.text)
            == ["hit Kyiv with Oreshnik missiles"])
        #expect(extract("Russian President Vladimir Putin threatened journalists with prison, the Kremlin said.").claims.map(\.speaker)
            == ["Kremlin"])
    }

    @Test func aMemberWithTheirPartIsAMember() {
        let e = extract("Russian and Ukrainian delegations held talks in Istanbul on Monday. The Russian delegation was headed by Vladimir "
            + "Medinsky, with Igor Kostyukov representing military intelligence.", on: "June 3, 2025")
        #expect(e.delegations.first { $0.side == "RU" }?.members == ["Igor Kostyukov"])
    }

    @Test func aTeamInAnEarlierClauseKeepsItsRound() {
        let e = extract("Ukrainian and US delegations held talks in Geneva on Sunday. The Ukrainian delegation, led by Rustem Umerov, returned "
            + "to Kyiv on Monday, and US envoy Steve Witkoff is expected to meet Russian President Vladimir Putin in Moscow on Tuesday.")
        let geneva = e.meetings.first { $0.place == "Geneva" }
        #expect(e.delegations.first { $0.meeting == geneva?.id && $0.side == "UA" }?.head == "Rustem Umerov")
    }

    @Test func aDestinationIsNoVenue() {
        let e = extract("US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Tuesday, then flew to the Trump National "
            + "Doral golf club.")
        #expect(e.meetings.allSatisfy { $0.venue == nil })
    }

    @Test func aCityOfTheRoundsOwnStateNamesNoOtherRound() {
        let e = extract("Ukrainian and US delegations held talks in Hallandale Beach on Sunday. Zelensky said the Miami talks had been constructive.")
        #expect(e.meetings.count == 1)
    }

    @Test func leadersOpeningTalksOfOthers() {
        let e = extract("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin opened talks between Russian and "
            + "Ukrainian delegations in Istanbul on Monday.", on: "May 17, 2025")
        #expect(e.meetings.map(\.kind) == [.talks])
    }

    @Test func twoRolesJoinedByAndAreTwoMembers() {
        let e = extract("Russian and Ukrainian delegations held talks in Istanbul on Friday. The Ukrainian delegation included the head of "
            + "the presidential office and the foreign minister.", on: "May 17, 2025")
        #expect(e.delegations.first { $0.side == "UA" }?.members.count == 2)
    }
}
