@testable import ParleyExtract
import Testing

/// Exchanges told in stages, each on its own day, and the page date of a France 24 style header.
@Suite struct HandoverStageTests {
    private let text = """
        Russia says it has handed over more than 6,000 bodies

        Issued on: 16/06/2025 - 15:12 Modified: 16/06/2025 - 17:40

        Kyiv confirmed it had received the final batch of 1,245 bodies on Monday.

        The handovers began last Wednesday, when 1,212 bodies were returned to Ukraine.

        On Saturday, the two sides swapped an undisclosed number of wounded and young soldiers.
        """

    @Test func eachStageIsAnExchangeOnItsDay() {
        let found = Extractor.extract(body: text)
        #expect(found.source.published == "2025-06-16")
        let exchanges = found.meetings.filter { $0.kind == .exchange }.map { "\($0.date ?? "-") \($0.status)" }
        #expect(exchanges == ["2025-06-16 held", "2025-06-11 held", "2025-06-14 held"])
    }

    @Test func countedBodiesWithoutAHandOverAreNoEvent() {
        #expect(Extractor.extract(body: "Officials said 1,212 bodies had not yet been identified.").meetings.isEmpty)
    }
}

/// Earlier rounds listed by their days after the main round, numbered in its series and placed where it was.
@Suite struct EarlierSessionsTests {
    @Test func sessionsBeforeTheThirdRoundAreTheFirstAndSecond() {
        let text = """
            LONDON, July 24, 2025 - Russian and Ukrainian negotiators agreed on Wednesday to swap prisoners, but their third \
            round of direct talks in Istanbul ended after roughly 40 minutes. The meeting at the Çırağan Palace followed \
            sessions on May 16 and June 2 that together produced the repatriation of more than 6,000 bodies.

            Its one concrete outcome, a 1,000-for-1,000 exchange, was carried out over three days from May 23.
            """
        let found = Extractor.extract(body: text)
        let talks = found.meetings.filter { $0.kind == .talks }.map { "\($0.round.map(String.init) ?? "-") \($0.place ?? "-") \($0.date ?? "-")" }
        #expect(talks == ["3 Istanbul 2025-07-23", "1 Istanbul 2025-05-16", "2 Istanbul 2025-06-02"])
        #expect(found.meetings.contains { $0.kind == .exchange && $0.date == "2025-05-23" && $0.status == .held })
        #expect(!found.meetings.contains { $0.kind == .exchange && $0.date == "2025-06-02" })
    }
}

/// Whose day the lead's day is: the swap's when the swap is told with it, the talks' when an agreement at them is.
@Suite struct LeadDayOwnerTests {
    private func talks(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.filter { $0.kind == .talks }.map { "\($0.place ?? "-") \($0.date ?? "-")" }
    }

    @Test func theSwapsDayIsNotTheTalks() {
        let text = """
            KYIV, May 25, 2025 - Russia and Ukraine swapped 303 prisoners each on Sunday, completing the exchange agreed at their \
            first direct peace talks in more than three years. The swap was the only outcome of the talks in Istanbul on 16 May.
            """
        #expect(talks(text) == ["Istanbul 2025-05-16"])
    }

    @Test func anAgreementsDayIsTheTalks() {
        let text = """
            ISTANBUL, May 16, 2025 - Russia and Ukraine agreed on Friday to swap 1,000 prisoners of war each at their first \
            direct peace talks in more than three years, but the meeting in Istanbul broke up after less than two hours.
            """
        #expect(talks(text) == ["Istanbul 2025-05-16"])
    }
}

/// An undated main round: a background round weeks older is not it, and its venue with a day dates it.
@Suite struct UndatedMainRoundTests {
    @Test func aWeeksOlderRoundIsBackgroundAndTheVenuesDayDatesTheMainRound() {
        let text = """
            Umerov: Ukraine offered a ceasefire in Istanbul

            03.06.2025 11:36

            At the talks in Istanbul, the Ukrainian delegation handed over to the Russian side its memorandum.

            According to him, the Russian side presented its own document only at the table in the Ciragan Palace on Monday.

            As reported earlier, the first round of direct talks took place in Istanbul on May 16.
            """
        let talks = Extractor.extract(body: text).meetings.filter { $0.kind == .talks }
            .map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.round.map(String.init) ?? "-")" }
        #expect(talks == ["Istanbul Ciragan Palace 2025-06-02 -", "Istanbul - 2025-05-16 1"])
    }
}

/// Stages of an exchange told with their own days, and a future told by "set to".
@Suite struct ExchangeStageDayTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.date ?? "-") \($0.status)" }
    }

    @Test func eachStageWithItsDayIsAnExchange() {
        let text = """
            KYIV, June 14, 2025 - Ukraine brought home more soldiers in the prisoner exchange agreed in Istanbul.

            The first stage took place on Monday, when young soldiers returned. A third stage came on Thursday.
            """
        #expect(meetings(text).filter { $0.hasPrefix("exchange 2025") } == ["exchange 2025-06-09 held", "exchange 2025-06-12 held"])
        // Without an exchange in the article a stage is no event.
        #expect(meetings("KYIV, June 14, 2025 - The first stage of the reform took place on Monday.").isEmpty)
    }

    @Test func setToHoldIsAFutureDay() {
        let text = "BERLIN, July 22, 2025 - Russia and Ukraine are set to hold their third round of direct talks in Istanbul on Wednesday."
        #expect(meetings(text) == ["talks 2025-07-23 planned"])
    }
}
