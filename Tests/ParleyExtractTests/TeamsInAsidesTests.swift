@testable import ParleyExtract
import Testing

/// Delegations told with more words around them: a modifier between the side and its team noun ("the Russian negotiating
/// team"), a list of names with honorifics set off in the subject ("..., and including Mr. Witkoff, Mr. Kushner and ...,
/// met"), and talks that only restate the meeting a verb just told ("met a Russian delegation in Abu Dhabi, in talks ...").
@Suite struct TeamsInAsidesTests {
    private func teams(_ e: Extraction, at place: String) -> [String] {
        let m = e.meetings.first { $0.place == place }
        return e.delegations.filter { $0.meeting == m?.id }.map { "\($0.side) \($0.head ?? "-"): \($0.members.joined(separator: ", "))" }.sorted()
    }

    @Test(arguments: [
        "Vladimir Medinsky, the Kremlin aide who heads the Russian negotiating team, said the exchange would involve 1,000 prisoners.",
        "Vladimir Medinsky, who heads Russia's negotiating team, said the exchange would involve 1,000 prisoners.",
        "Rustem Umerov, the defence minister, will head the Ukrainian negotiating team, Zelensky said.",
    ])
    func aModifierBeforeTheTeamNounKeepsItsSide(_ sentence: String) {
        let e = DatedArticle.extract("Russian and Ukrainian delegations met in Istanbul on Monday. " + sentence, on: "June 2, 2025")
        let head = sentence.hasPrefix("Rustem") ? "UA Rustem Umerov: " : "RU Vladimir Medinsky: "
        #expect(teams(e, at: "Istanbul").contains(head))
    }

    @Test func aListOfNamesWithHonorificsInTheSubjectsAside() {
        let e = DatedArticle.extract("Steve Witkoff and Jared Kushner arrived in Switzerland. In Geneva on Nov. 23, a U.S. delegation led by "
            + "Secretary of State Marco Rubio, and including Mr. Witkoff, Mr. Kushner and Army Secretary Dan Driscoll, met a Ukrainian "
            + "team headed by Andriy Yermak.", on: "Dec. 3, 2025")
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" } == ["talks Geneva 2025-11-23 [\"UA\", \"US\"]"])
        #expect(teams(e, at: "Geneva") == ["UA Andriy Yermak: ", "US Marco Rubio: Steve Witkoff, Jared Kushner, Dan Driscoll"])
    }

    @Test(arguments: [", in talks that were not announced in advance.", " for talks."])
    func talksAfterAMeetingVerbAreThatMeeting(_ tail: String) {
        let e = DatedArticle.extract("In Geneva on Nov. 23, a U.S. delegation met a Ukrainian team. The next day, an American team headed by "
            + "Dan Driscoll met a Russian delegation in Abu Dhabi" + tail, on: "Dec. 3, 2025")
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
            == ["Geneva 2025-11-23 [\"UA\", \"US\"]", "Abu Dhabi 2025-11-24 [\"RU\", \"US\"]"])
        #expect(teams(e, at: "Abu Dhabi") == ["RU -: ", "US Dan Driscoll: "])
    }
}
