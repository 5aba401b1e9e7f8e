@testable import ParleyExtract
import Testing

/// Rounds told by who led a team where and when, by "a further meeting", by "the first two" with the noun left out; a day
/// after "Then,"; a role "then" held set off after a name; the state offering to host a summit; a page dated "7. Jan 2026".
@Suite struct RoundsToldByTheirTeamsTests {
    @Test func aPersonLeadingOneStatesTeamInACityOnADay() {
        let text = "Rustem Umerov led Ukraine's negotiators at Witkoff's golf club in Hallandale Beach, Florida, on 30 November."
        #expect(DatedArticle.meetings(text, on: "07.01.2026") == ["talks Hallandale Beach 2025-11-30 held"])
        #expect(DatedArticle.heads(text, on: "07.01.2026") == ["Hallandale Beach 2025-11-30 UA Rustem Umerov"])
    }

    @Test func ministersLeadingTheirDelegationsTellNoTalks() {
        #expect(DatedArticle.meetings("NATO defence ministers led their delegations on February 12 in Brussels.", on: "13.02.2026").isEmpty)
    }

    @Test func aDayAfterThenDatesTheMeeting() {
        let text = "Then, on 28 December, Volodymyr Zelensky met Donald Trump at Mar-a-Lago, his Palm Beach residence."
        #expect(DatedArticle.meetings(text, on: "07.01.2026") == ["summit Palm Beach 2025-12-28 held"])
    }

    @Test func aRoleHeldThenDoesNotHideWhoMet() {
        let text = "In Geneva on 23 November, a Ukrainian team led by Andriy Yermak, then the president's chief of staff, sat down with a "
            + "US delegation headed by secretary of state Marco Rubio."
        #expect(DatedArticle.heads(text, on: "07.01.2026") == ["Geneva 2025-11-23 UA Andriy Yermak", "Geneva 2025-11-23 US Marco Rubio"])
    }

    @Test func aFurtherMeetingOnADayPastIsAnotherAtTheRoundsPlace() {
        let text = "Closed-door talks between Russia, Ukraine and the United States began in Geneva on Tuesday.\n\nRussian state media "
            + "reported that Vladimir Medinsky held a further meeting with the Ukrainian side behind closed doors on Wednesday."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == ["talks Geneva 2026-02-17 held", "talks Geneva 2026-02-18 held"])
    }

    @Test func theFirstTwoWithTheNounLeftOutAndTheirHeads() {
        let text = "Closed-door talks between Russia, Ukraine and the United States began in Geneva on Tuesday.\n\nThe Geneva round was "
            + "the third in the trilateral format. The first two took place in Abu Dhabi, on January 23-24 and February 4-5. On both "
            + "occasions, Russia's delegation was headed by Igor Kostyukov, the chief of military intelligence."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == [
            "talks Geneva 2026-02-17 held", "talks Abu Dhabi 2026-01-23 held", "talks Abu Dhabi 2026-02-04 held",
        ])
        #expect(DatedArticle.heads(text, on: "18.02.2026") == ["Abu Dhabi 2026-01-23 RU Igor Kostyukov", "Abu Dhabi 2026-02-04 RU Igor Kostyukov"])
    }

    @Test(arguments: [
        ("Ignazio Cassis said Switzerland was \u{AB}more than ready\u{BB} to host a summit between Volodymyr Zelensky and Vladimir Putin.",
         "summit Switzerland - proposed"),
        ("Recep Tayyip Erdogan offered to host a meeting of Volodymyr Zelensky and Vladimir Putin.", "summit - - proposed"),
    ])
    func theStateOfferingToHostASummitPlacesIt(text: String, meeting: String) {
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == [meeting])
    }

    @Test func aPageDatedWithTheDotOfAnOrdinal() {
        let e = Extractor.extract(body: "Headline here\n\nBy Nikolaj Brandt\nBrussels, 7. Jan 2026, 06:58\n\nLeaders met in Paris on Tuesday.")
        #expect(e.source.published == "2026-01-07")
    }
}
