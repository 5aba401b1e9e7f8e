@testable import ParleyExtract
import Testing

/// A wire lead's dated dateline, a standfirst naming the venue, a side "represented by" its members,
/// titles whose portfolio opens with "the", and talks with a team rather than a leader.
@Suite struct WireLeadTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+"))"
        }
    }

    private let tass = """
        18 FEB 2025, 21:40

        Russia, US agree to restore embassies — Lavrov

        According to the Russian top diplomat, the talks at Diriyah Palace lasted four and a half hours

        RIYADH, February 18. /TASS/. Russia and the United States have agreed to appoint high-level teams, Russian Foreign \
        Minister Sergey Lavrov told reporters following talks with the American delegation in the Saudi capital.

        The Russian delegation at the talks included Lavrov and Russian presidential aide Yury Ushakov. The US side was \
        represented by Secretary of State Marco Rubio, National Security Advisor Mike Waltz and Special Envoy for the \
        Middle East Steve Witkoff.
        """

    @Test func aDatedDatelineDatesTheRoundItsLeadTellsAndTheStandfirstGivesItsVenue() {
        #expect(meetings(tass) == ["talks Riyadh Diriyah Palace 2025-02-18 RU+US"])
    }

    @Test func aDatelineDayFarFromPublicationDatesNothing() {
        let old = tass.replacingOccurrences(of: "RIYADH, February 18.", with: "RIYADH, February 8.")
        #expect(meetings(old).first?.contains("2025-02-08") == false)
    }

    @Test func aSideRepresentedByItsMembers() {
        let e = Extractor.extract(body: tass)
        let us = e.delegations.first { $0.side == "US" }
        #expect(us?.head == nil)
        #expect(us?.members == ["Marco Rubio", "Mike Waltz", "Steve Witkoff"])
    }

    @Test(arguments: [
        ("Special Envoy for the Middle East Steve Witkoff arrived on Monday.", "Steve Witkoff", [String]()),
        ("The head of the Office of the President Andriy Yermak spoke on Monday.", "Andriy Yermak", []),
        ("Secretary of State Marco Rubio spoke on Monday.", "Marco Rubio", ["Secretary of State"]),
    ])
    func titlesBeforeAName(_ sentence: String, _ name: String, _ roles: [String]) {
        let person = Extractor.extract(body: sentence).people.first { $0.name == name }
        #expect(person?.roles.map(\.text) == roles)
    }

    @Test(arguments: [
        ("Army Secretary Dan Driscoll held talks with a Russian delegation in Abu Dhabi on Monday.", "talks Abu Dhabi"),
        ("President Donald Trump held talks with President Vladimir Putin in Anchorage on Friday.", "summit Anchorage"),
    ])
    func talksWithATeamAreNoSummit(_ sentence: String, _ expected: String) {
        #expect(meetings("Talks\n\n" + sentence).first?.hasPrefix(expected) == true)
    }

    @Test func theMainRoundNamedByItsPlaceAheadIsNoNewRoundAndPlacesNoSummit() {
        let text = """
            RIYADH, February 18. /TASS/. Russia and the United States held talks in Riyadh.

            Earlier, Kremlin Spokesman Dmitry Peskov said that the Riyadh meeting would be devoted primarily to restoring \
            relations and preparing a possible summit of the two leaders.
            """
        #expect(meetings(text) == ["talks Riyadh - - RU+US", "summit - - - "])
    }

    @Test func talksWithATeamInAnotherCityAreAnotherRound() {
        let text = """
            Plan talks

            December 3, 2025

            On November 23, US and Ukrainian delegations met in Geneva.

            A day later, US Army Secretary Dan Driscoll held talks with a Russian delegation in Abu Dhabi, according to \
            two US officials.
            """
        #expect(meetings(text) == ["talks Geneva - 2025-11-23 UA+US", "talks Abu Dhabi - 2025-11-24 RU+US"])
    }

    @Test(arguments: [
        "Kyslytsia wrote that Ukraine had received the Russian document only during the meeting and would need a week to study it.",
        "The Russian leader also said Moscow was open to negotiations, but would achieve its goals one way or another.",
    ])
    func aFutureVerbOfAnotherClauseMakesNoRoundToCome(_ sentence: String) {
        let text = "Talks end\n\nISTANBUL, June 2, 2025 - Russia and Ukraine held talks in Istanbul on Monday.\n\n" + sentence
        #expect(meetings(text) == ["talks Istanbul - 2025-06-02 RU+UA"])
    }

    @Test func meetingAsAVerbAfterAWordOfTime() {
        let text = """
            Envoys in Moscow

            December 3, 2025

            Steve Witkoff and Jared Kushner arrived in Moscow two days after meeting a Ukrainian delegation in Florida on Sunday.
            """
        #expect(meetings(text) == ["talks Florida - 2025-11-30 UA+US"])
    }
}
