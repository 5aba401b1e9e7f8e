@testable import ParleyExtract
import Testing

/// Meetings of a season of shuttle diplomacy told one after another: envoys named by whose they are, a meeting going on into
/// the next day, a team led to a city, sessions, lists of places and months.
@Suite struct ShuttleDiplomacyTests {
    private func meetings(_ text: String, on day: String = "30.12.2025") -> [String] { DatedArticle.meetings(text, on: day) }
    private func venues(_ text: String, on day: String = "07.01.2026") -> [String] {
        DatedArticle.extract(text, on: day).meetings.map { "\($0.kind.rawValue) \($0.venue ?? "-") \($0.date ?? "-")" }
    }

    @Test(arguments: ["Kirill Dmitriev, Russia's investment envoy, met Steve Witkoff and Jared Kushner in Miami on December 20.",
                      "Vladimir Putin spoke. On December 20, Kirill Dmitriev, Putin's investment envoy, met Steve Witkoff in Miami."])
    func anEnvoyNamedByWhoseHeIsStillMeets(text: String) {
        #expect(meetings(text) == ["talks Miami 2025-12-20 held"])
    }

    @Test func aMeetingGoingOnIntoTheNextDayIsOne() {
        let text = "In Geneva on November 23, a US delegation met Ukrainian officials. The next evening, Army Secretary Dan Driscoll met "
            + "a Russian delegation in Abu Dhabi, with talks continuing into the following day."
        #expect(meetings(text) == ["talks Geneva 2025-11-23 held", "talks Abu Dhabi 2025-11-24 held"])
    }

    @Test func aTeamLedToACityOnTheDayTheSentenceOpensWith() {
        let e = DatedArticle.extract("Then, on November 30, Rustem Umerov led a Ukrainian team to a golf club in Hallandale Beach, Florida, "
            + "where Marco Rubio and Steve Witkoff were waiting.", on: "30.12.2025")
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties)" } == ["Hallandale Beach 2025-11-30 [\"UA\", \"US\"]"])
    }

    @Test func talksOfAMonthBeginOnTheDayOfTheirFirstSession() {
        #expect(meetings("In mid-December the American envoys flew to Berlin, where Friedrich Merz hosted two days of talks with "
            + "Volodymyr Zelensky and his negotiators; the first session, on December 14, ran for more than five hours.") == ["talks Berlin 2025-12-14 held"])
    }

    @Test func roundsOfMonthsListedAreOneEach() {
        #expect(meetings("A deal can stall for months, as the Istanbul rounds of May, June and July showed.")
            == ["talks Istanbul 2025-05 held", "talks Istanbul 2025-06 held", "talks Istanbul 2025-07 held"])
    }

    @Test func aTelephoneCallHadProposesNoMeeting() {
        let text = "Shortly before Volodymyr Zelensky sat down with Donald Trump at Mar-a-Lago on December 28, the US president "
            + "announced that he had just had a telephone call with Vladimir Putin."
        #expect(meetings(text).contains("summit Palm Beach 2025-12-28 held"))
    }

    @Test func aSummitWhereTheSignersActedTakesTheirVenueAndTheDayOfTheSigning() {
        let text = "Ukraine's allies took a step on Tuesday, when France, the United Kingdom and Ukraine signed a declaration of intent "
            + "in Paris.\n\nThe document was signed at the Élysée Palace by French President Emmanuel Macron and Ukrainian President "
            + "Volodymyr Zelensky at a summit of the so-called coalition of the willing."
        #expect(venues(text) == ["summit Élysée Palace 2026-01-06"])
    }

    @Test func aPlaceInARelativeClauseOnAnotherNounIsNotTheSummits() {
        let text = "On 22 November, as the G20 met at Nasrec for the first summit of its kind on African soil, European leaders held an "
            + "emergency huddle to respond to the plan that had landed in Kyiv two days earlier."
        #expect(DatedArticle.meetings(text, on: "07.01.2026") == ["summit Johannesburg 2025-11-22 held"])
    }

    @Test func talksAtPlacesListedAreOneEachAndTakeNoDayOfTheNextClause() {
        let text = "Volodymyr Zelensky and Donald Trump spoke. Since then the plan has been whittled down through talks in Geneva, "
            + "Florida and Berlin, and on 28 December Zelensky met Trump at Mar-a-Lago."
        #expect(meetings(text, on: "07.01.2026") == ["talks Geneva - held", "summit Palm Beach 2025-12-28 held", "talks Florida - held",
                                                     "talks Berlin - held"])
    }

    @Test func theRoundsOwnSentenceNamesItsHeadOverOneToldBeforeIt() {
        let text = "The US plan first reached Kyiv on November 20, when a Pentagon delegation led by the army secretary, Dan Driscoll, "
            + "presented its 28 points to Volodymyr Zelensky.\n\nIn Geneva on November 23, a US delegation headed by the secretary of "
            + "state, Marco Rubio, met Ukrainian officials."
        #expect(DatedArticle.heads(text, on: "30.12.2025") == ["Geneva 2025-11-23 US Marco Rubio"])
    }

    @Test func aHeadToldBeforeTheRoundStaysWhenItsSentenceNamesNone() {
        let text = "Ukraine's delegation, led by Rustem Umerov, arrived in Istanbul on Thursday.\n\nRussian and Ukrainian delegations "
            + "met in Istanbul on Friday."
        #expect(DatedArticle.heads(text, on: "17.05.2025").contains("Istanbul 2025-05-16 UA Rustem Umerov"))
    }
}
