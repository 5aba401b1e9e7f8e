@testable import ParleyExtract
import Testing

/// Readings this round's rules must not make: each sentence was misread by a first version of a rule.
@Suite struct ReviewGuardsRoundTwentySixTests {
    private func lines(_ text: String, on day: String) -> [String] {
        let found = DatedArticle.extract(text, on: day)
        return found.meetings.map { "M \($0.kind.rawValue) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status.rawValue) "
            + $0.parties.sorted().joined(separator: ",") }
            + found.delegations.map { "D \($0.side) \($0.head ?? "-") \($0.members.joined(separator: "; "))" }
            + found.figures.map { "F \($0.value) \($0.unit ?? "-") \($0.topic)" }
    }

    private static let istanbul = "Russian and Ukrainian delegations met in Istanbul on Monday. "
    private static let geneva = "Russian and Ukrainian delegations held talks in Geneva on Tuesday. "

    @Test(arguments: ["Russia sent Donald Trump a letter with its demands.",
                      "Ukraine sent Steve Witkoff a revised draft with its amendments on Tuesday."])
    func aStateThatSentSomeoneSomethingSentNoDelegation(_ sentence: String) {
        #expect(!lines(Self.istanbul + sentence, on: "February 5, 2026").contains { $0.hasPrefix("D") && ($0.contains("Trump") || $0.contains("Witkoff")) })
    }

    @Test(arguments: ["Emmanuel Macron told reporters that Zelensky visited Donald Trump at Mar-a-Lago on December 28.",
                      "Donald Trump, who has never visited Vladimir Putin in Moscow, said on Tuesday he might go."])
    func noVisitByTheSpeakerOrDenied(_ sentence: String) {
        #expect(lines(sentence, on: "January 29, 2026").allSatisfy { !$0.contains("held") || $0.contains("UA,US") })
    }

    @Test func aTextWorkedOverIsNotTheSpeakersTalks() {
        #expect(lines("Ukraine says the 28-point plan was drafted with a Russian delegation in Miami on October 24 and handed to Kyiv "
            + "without consultation.", on: "November 25, 2025").allSatisfy { !$0.hasPrefix("M") })
    }

    @Test(arguments: ["The city said repair work would continue in Geneva on Thursday after the storm.",
                      "Russian drones struck Odesa overnight, and officials said they were expected to continue on Friday."])
    func nothingElseGoingOnIsASession(_ sentence: String) {
        #expect(lines(Self.geneva + sentence, on: "February 18, 2026").filter { $0.hasPrefix("M") } == ["M talks Geneva - 2026-02-17 held RU,UA"])
    }

    @Test(arguments: ["Russia handed over 1,000 bodies on Thursday, while another 15 drones were shot down over Kyiv.",
                      "Russia returned 1,000 bodies of fallen soldiers on Thursday, and another two exchanges are planned before March."])
    func anotherCountOfItsOwnNounBorrowsNoUnit(_ sentence: String) {
        #expect(lines(sentence, on: "February 5, 2026").filter { $0.hasPrefix("F") } == ["F 1000.0 bodies remains_return"])
    }

    @Test func aWeekdaysMeetingOfOthersDatesNothing() {
        #expect(lines("Russian and Ukrainian negotiators held a new round of talks in Abu Dhabi this week. Rubio briefed allies on the "
            + "outcome at Tuesday's meeting of NATO foreign ministers.", on: "February 5, 2026").first == "M talks Abu Dhabi - - held RU,UA")
    }

    @Test func aSeriesOfAnotherYearPlacesNoRound() {
        #expect(lines("The second round of U.S.-brokered trilateral talks ended on Thursday without a breakthrough on territory.\n\nRussia "
            + "and Ukraine held three rounds of direct talks in Istanbul last year, producing only prisoner swaps.", on: "February 6, 2026")
            .allSatisfy { !$0.contains("Istanbul") })
    }

    @Test func aVenueVisitedAfterTheTalksIsNotTheirs() {
        #expect(lines(Self.geneva + "After the talks, Umerov briefed reporters at the Ukrainian embassy in Geneva.", on: "February 18, 2026")
            .first == "M talks Geneva - 2026-02-17 held RU,UA")
        #expect(lines(Self.geneva + "Marco Rubio had dinner with the Ukrainian delegation at the Beau-Rivage hotel in Geneva.",
                      on: "February 18, 2026").first?.contains("Beau-Rivage") == false)
    }

    @Test func aSpeakerAfterAMembersClauseIsNoMember() {
        #expect(!lines(Self.istanbul + "The Ukrainian team included Rustem Umerov, who had been expected, Dmitry Peskov said.",
                       on: "February 5, 2026").contains { $0.contains("Dmitry Peskov") })
    }

    @Test func guillemetsInsideQuotationMarksStayInside() {
        #expect(lines("Zelensky wrote: “They promised «talks in Istanbul on Monday», but nobody came.”", on: "February 5, 2026").isEmpty)
    }

    @Test func aPossibleOrdinalMeetingIsProposed() {
        #expect(lines("Witkoff and Kushner flew to Moscow for a possible fourth meeting with Putin.", on: "February 5, 2026")
            .first?.contains("proposed") == true)
    }

    @Test func peopleOfAnotherCallAreNoSides() {
        #expect(lines("Five hours of talks in Abu Dhabi on Tuesday ended as Keir Starmer called Donald Trump.", on: "February 5, 2026")
            .first == "M talks Abu Dhabi - 2026-02-03 held ")
    }

    @Test(arguments: ["The largest exchange of the war was carried out a week before talks on June 2.",
                      "Kyiv called it the largest swap of the war: 1,000 for 1,000, carried out a week before talks on June 2.",
                      "The exchange was completed two days before the two delegations met on June 2."])
    func anExchangeTakesNoDayOfTalksItIsToldAgainst(_ sentence: String) {
        #expect(lines(sentence, on: "June 3, 2025").contains { $0.hasPrefix("M exchange - - - held") })
    }

    @Test func theEndOfASpanOfDaysIsNoCount() {
        #expect(lines("The swap raised the number of prisoners returned from May 23 to 25.", on: "June 3, 2025").allSatisfy { !$0.hasPrefix("F") })
    }

    @Test(arguments: ["Erdogan said that he hoped Putin and Zelensky would sit down with Trump together.",
                      "Macron said that he wanted Zelensky to sit down with Putin and Trump together."])
    func aMediatorIsNoSide(_ sentence: String) {
        let lead = "Russian and Ukrainian delegations met in Istanbul on Monday. Volodymyr Zelensky, Donald Trump and Vladimir Putin spoke. "
        #expect(!lines(lead + sentence, on: "June 3, 2025").contains { $0.contains("TR") || $0.contains("FR") })
    }

    @Test func aMeetingDeniedIsNone() {
        #expect(lines("The Kremlin denied reports of a secret meeting in Abu Dhabi on Monday between Kirill Dmitriev and Steve Witkoff.",
                      on: "February 5, 2026").isEmpty)
    }
}
