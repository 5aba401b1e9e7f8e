@testable import ParleyExtract
import Testing

/// A main round placed by the dateline and dated by its lead, a meeting named by a leader's seat,
/// a meeting noun after a copula, and since-phrases that date a meeting or only a gap.
@Suite struct DatelineRoundTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
    }

    private let head = "Ukraine backs truce plan\n\nUpdated March 11, 2025 6:48 pm ET\n\n"

    @Test func theDatelineCityRefinesTheStateAndTheLeadsSubjectIsASide() {
        let text = head + "JEDDAH, Saudi Arabia (AP) — Ukraine said Tuesday it would accept a U.S. proposal for a ceasefire with Russia, "
            + "after more than eight hours of talks with American officials in Saudi Arabia. Russia said nothing. Russia waited."
        let e = Extractor.extract(body: text)
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.parties.joined(separator: "+"))" } == ["Jeddah UA+US"])
    }

    @Test func theDatelinePlacesAndTheLeadDatesAHeldRound() {
        let text = head + """
            JEDDAH, Saudi Arabia—Ukraine agreed Tuesday to a U.S. proposal for a 30-day cease-fire.

            The two sides released a joint statement after the meeting.
            """
        #expect(meetings(text) == ["talks Jeddah - 2025-03-11"])
        // A dateline in a side's own capital places nothing: the reporter is at home.
        let home = head + """
            KYIV, Ukraine—Ukraine agreed Tuesday to a U.S. proposal for a 30-day cease-fire.

            Ukrainian and American officials released a joint statement after the meeting.
            """
        #expect(meetings(home) == ["talks - - -"])
    }

    @Test func aMeetingNamedByALeadersSeatAfterACopula() {
        let text = head + """
            The talks were the first high-level encounter between the two governments since a disastrous Oval Office \
            meeting on Feb. 28, when President Donald Trump berated Volodymyr Zelensky.
            """
        #expect(meetings(text) == ["talks - - -", "summit Washington Oval Office 2025-02-28"])
    }

    @Test(arguments: [
        ("Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh, the first such contact since Russia’s full-scale invasion in 2022.", "talks Riyadh - -"),
        ("It was the first summit since Vladimir Putin met Joe Biden in Geneva in June 2021.", "summit Geneva - 2021-06"),
    ])
    func aSincePhraseDatesOnlyAMeetingInIt(_ sentence: String, _ expected: String) {
        #expect(meetings(head + sentence).contains(expected))
    }
}

/// A wire lead that names its round only by officials meeting, and a venue behind a long modifier.
@Suite struct OfficialsMetTests {
    private let text = """
        Russia, US agree to work on ending Ukraine war

        RIYADH, Feb 18 (Reuters) - Russia and the United States agreed on Tuesday to keep talking about ending the war in Ukraine, \
        after senior officials met in Saudi Arabia for the first time since Russia's 2022 invasion.
        The four-and-a-half-hour meeting at Diriyah Palace included Kremlin aide Yuri Ushakov.
        President Volodymyr Zelenskiy, speaking in Ankara, said Kyiv would not accept any outcome from talks it did not take part in.
        """

    @Test func officialsMeetingForTheStatesTheSentenceOpensWithMakeTheRound() {
        let m = Extractor.extract(body: text).meetings
        #expect(m.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+")) \($0.status)" }
            == ["Riyadh Diriyah Palace 2025-02-18 RU+US held"])
    }
}

/// A round told by delegations meeting, in a sentence that also agrees an exchange.
@Suite struct DelegationsMetTests {
    @Test func theVerbTellsTheRoundAndTheExchangeIsAgreed() {
        let text = "Talks end\n\nMay 17, 2025\n\nISTANBUL — Russian and Ukrainian delegations met face to face for the first time "
            + "in more than three years on Friday, agreeing to a large prisoner exchange.\nThe meeting at Dolmabahce Palace lasted less than two hours."
        let e = Extractor.extract(body: text)
        #expect(e.meetings.map { "\($0.kind) \($0.date ?? "-") \($0.status)" } == ["exchange - planned", "talks 2025-05-16 held"])
        #expect(e.figures.map { "\($0.topic) \($0.value)" } == ["negotiations 3.0", "negotiations 2.0"])
    }
}


/// A page dated "03/12/2025", read by the days the article tells; rounds placed and dated by their own phrase.
@Suite struct SlashDatedPageTests {
    private let text = """
        Ukraine backs US plan after Jeddah talks

        03/12/2025

        Ukraine is ready to accept a US proposal, following talks between American and Ukrainian officials in the Saudi Arabian \
        city of Jeddah on Tuesday. Washington had frozen aid after a heated Oval Office meeting between President Donald Trump \
        and Ukrainian President Volodymyr Zelenskyy on February 28.

        The Jeddah meeting followed the first high-level US-Russian talks since the start of the full-scale invasion, held in \
        the Saudi capital Riyadh on February 18.
        """

    @Test func theReadingNearestAfterTheDaysToldIsThePagesDate() {
        #expect(Extractor.extract(body: text).source.published == "2025-03-12")
        #expect(Extractor.extract(body: "Talks end\n\n03/12/2025\n\nThe delegations met.").source.published == nil)
    }

    @Test func eachRoundTakesThePlaceAndDayOfItsOwnPhrase() {
        let m = Extractor.extract(body: text).meetings
        #expect(m.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status)" }
            == ["Jeddah - 2025-03-11 held", "Washington Oval Office 2025-02-28 held", "Riyadh - 2025-02-18 held"])
    }
}
