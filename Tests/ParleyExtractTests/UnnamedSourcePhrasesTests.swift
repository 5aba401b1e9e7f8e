@testable import ParleyExtract
import Testing

/// An unnamed source keeps the phrase that places it ("familiar with Monday's discussion", "based in Abu Dhabi",
/// "travelling with the president") and speaks again as "he" in the next sentence; "insisted he had" reports without
/// "that"; "the Ukrainian leader" is the head of state; a description opening the clause speaks through "and says".
@Suite struct UnnamedSourcePhrasesTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDec. 3, 2025\n\n" + text).claims.map { "\($0.speaker) | \($0.text)" }
    }

    @Test(arguments: [
        ("A Greek official familiar with Monday's discussion said Athens saw no appetite for the plan.",
         "Greek official familiar with Monday's discussion | Athens saw no appetite for the plan"),
        ("An Arab diplomat based in Abu Dhabi said the Emiratis had been careful.",
         "Arab diplomat based in Abu Dhabi | the Emiratis had been careful"),
        ("A Finnish official travelling with the president said the visit had been planned quietly.",
         "Finnish official travelling with the president | the visit had been planned quietly"),
    ])
    func aSourceKeepsThePhraseThatPlacesIt(_ text: String, _ expected: String) {
        #expect(claims(text) == [expected])
    }

    @Test func aPronounAfterAnUnnamedSubjectIsThatSource() {
        let text = "Kremlin spokesman Dmitry Peskov spoke on Monday. A member of the Ukrainian delegation, speaking to me last month, "
            + "put it bluntly. \"We trade people because we can,\" he said."
        #expect(claims(text).last == "member of the Ukrainian delegation | We trade people because we can")
    }

    @Test func aVerbNeedingThatReportsAPronounClause() {
        #expect(claims("Russian President Vladimir Putin insisted he had never excluded a meeting.")
            == ["Vladimir Putin | he had never excluded a meeting"])
        #expect(claims("Neither side has signaled it is ready to give ground.").isEmpty)
    }

    @Test func aStatesLeaderIsItsHeadOfState() {
        let text = "Ukrainian President Volodymyr Zelensky spoke in Kyiv. Parliamentary faction leader David Arakhamia was there. "
            + "The Ukrainian leader had met Trump in Davos and described the meeting as \"productive.\""
        #expect(claims(text).last == "Volodymyr Zelensky | the meeting as \"productive.\"")
    }

    @Test func aDescribedSubjectSpeaksThroughACoordinatedVerb() {
        let text = "Finnish President Alexander Stubb arrived on Friday. The Finnish president spent Saturday with Donald Trump, "
            + "including a round of golf, and says the US leader is running out of patience."
        #expect(claims(text) == ["Alexander Stubb | the US leader is running out of patience"])
    }
}

/// ", who moved ... but remains Kyiv's chief negotiator,": the role after the relative clause's last verb of being.
@Suite struct RoleAfterButRemainsTests {
    @Test func theRoleAfterButRemains() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Wednesday. Rustem Umerov, who moved from the defence ministry "
            + "to run the security council this month but remains Kyiv's chief negotiator, wanted to talk about something else."
        let e = Extractor.extract(body: "ISTANBUL, July 25, 2025 — " + text, actors: ActorDictionary())
        #expect(e.people.first { $0.name == "Rustem Umerov" }?.roles.map(\.text) == ["Kyiv's chief negotiator"])
        #expect(e.delegations.contains { $0.side == "UA" && $0.head == "Rustem Umerov" })
    }
}
