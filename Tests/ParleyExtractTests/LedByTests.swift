@testable import ParleyExtract
import Testing

/// Heads after "led by"/"headed by" set on their sides, honorifics and initials inside names, and
/// the members listed after "included".
@Suite struct LedByTests {
    private func delegations(_ text: String) -> [String] {
        Extractor.extract(body: text).delegations.map { "\($0.side) \($0.head ?? "-") [\($0.members.joined(separator: "; "))]" }.sorted()
    }

    @Test func headsAreSetOnTheSidesTheTextNames() {
        let text = """
            At the third round of talks in Istanbul on 23 July, the delegations, headed by National Security and Defence \
            Council Secretary Rustem Umierov on the Ukrainian side and presidential aide Vladimir Medinsky on the Russian side, \
            agreed to exchange prisoners.
            """
        #expect(delegations(text) == ["RU Vladimir Medinsky []", "UA Rustem Umerov []"])
    }

    @Test func anHonorificAndInitialsDoNotEndTheList() {
        let text = """
            Russian and American officials held talks in Riyadh on Tuesday. The Russian side, led by Mr. Lavrov, included \
            Yuri V. Ushakov, Mr. Putin's foreign policy adviser, and Kirill Dmitriev, the head of Russia's sovereign wealth fund, \
            who told reporters the talks were useful.
            """
        #expect(delegations(text).contains("RU Sergei Lavrov [Yuri Ushakov; Kirill Dmitriev]"))
    }

    @Test func aDescriptionBeforeANameIsNoHead() {
        let text = """
            The talks in Istanbul began on Friday. Ukraine's delegation, led by senior officials under the office of \
            President Volodymyr Zelenskyy, was cautious.
            """
        #expect(delegations(text).contains("UA - [senior officials under the office of President Volodymyr Zelenskyy]"))
    }

    @Test func ledOnASideByAPerson() {
        let text = """
            The third round of direct talks in Istanbul on July 23 was led on the Russian side by Kremlin aide Vladimir \
            Medinskiy and on the Ukrainian side by Rustem Umerov.
            """
        #expect(delegations(text) == ["RU Vladimir Medinskiy []", "UA Rustem Umerov []"])
    }

    @Test func pluralRoundsOnTheirDaysShareTheHeadOfBoth() {
        let text = """
            ISTANBUL, July 23, 2025 - Russia and Ukraine held a third round of talks in Istanbul on Wednesday.

            The previous two rounds, held in Istanbul on May 16 and June 2, produced prisoner exchanges. Kremlin aide \
            Vladimir Medinsky also led Moscow's team at both of those meetings.
            """
        let found = Extractor.extract(body: text)
        #expect(found.meetings.compactMap(\.date) == ["2025-07-23", "2025-05-16", "2025-06-02"])
        let heads = found.delegations.filter { $0.side == "RU" }.map { $0.head ?? "-" }
        #expect(heads == ["Vladimir Medinsky", "Vladimir Medinsky", "Vladimir Medinsky"])
    }

    @Test func thePossessorIsNotTheHead() {
        let text = "The talks in Istanbul began on Friday. Russia's delegation was led by Putin's aide Vladimir Medinsky."
        #expect(delegations(text).contains("RU Vladimir Medinsky []"))
    }
}

/// Delegations placed and dated in an earlier year belong to that earlier round.
@Suite struct EarlierRoundDelegationTests {
    @Test func delegationsOfAnEarlierYearMakeTheirOwnRound() {
        let text = """
            MOSCOW, May 12, 2025 - Putin proposed direct talks in Istanbul on Thursday.

            It was in Istanbul, in March 2022, that the Russian delegation, then led by Vladimir Medinsky, and the Ukrainian \
            delegation, led by David Arakhamia, came closest to a deal.
            """
        let found = Extractor.extract(body: text)
        let earlier = found.meetings.first { $0.date == "2022-03" }
        #expect(earlier?.place == "Istanbul")
        #expect(earlier?.status == .held)
        let heads = found.delegations.filter { $0.meeting == earlier?.id }.map { "\($0.side) \($0.head ?? "-")" }
        #expect(heads == ["RU Vladimir Medinsky", "UA David Arakhamia"])
    }
}

/// Heads told by a "head of ... delegation" phrase before the name, or in a "who has led" clause on an apposition.
@Suite struct HeadPhraseTests {
    private func heads(_ text: String) -> [String] {
        Extractor.extract(body: text).delegations.map { "\($0.side) \($0.head ?? "-")" }.sorted()
    }

    @Test func aHeadPhraseBeforeTheName() {
        let text = """
            ISTANBUL, June 2, 2025 - The second round of direct talks in Istanbul lasted a little over an hour, head of the \
            Russian delegation, Russian presidential aide Vladimir Medinsky told reporters.
            """
        #expect(heads(text).contains("RU Vladimir Medinsky"))
    }

    @Test func whoHasLedOnAnApposition() {
        let text = """
            ISTANBUL, July 23, 2025 - The third round of talks in Istanbul ended quickly, said Vladimir Medinsky, the Kremlin \
            aide who has led Russia's delegation in all three rounds.
            """
        #expect(heads(text).contains("RU Vladimir Medinsky"))
    }
}

/// Only the delegations the text tells of, unless it speaks of both.
@Suite struct ToldSidesTests {
    private func sides(_ text: String) -> [String] {
        Extractor.extract(body: text).delegations.map { "\($0.side) \($0.head ?? "-")" }
    }

    @Test func oneSideToldIsOneDelegation() {
        #expect(sides("Russia and Ukraine held talks in Istanbul on Friday. Vladimir Medinsky led the Russian delegation.")
            == ["RU Vladimir Medinsky"])
    }

    @Test func sidesListedBeforeAPluralAreAllTold() {
        #expect(sides("Russian and Ukrainian delegations held talks in Istanbul on Friday, May 16.") == ["RU -", "UA -"])
    }

    @Test func bothDelegationsAreBoth() {
        #expect(sides("Russia and Ukraine held talks in Istanbul on Friday. Both delegations met for two hours.").count == 2)
    }
}

/// Heads named after a role and a comma, after "delegation head", and past an apposition before "who led".
@Suite struct HeadAfterRoleTests {
    private func delegations(_ text: String) -> [String] {
        Extractor.extract(body: "ISTANBUL, June 2, 2025 - Russian and Ukrainian delegations held talks in Istanbul on Monday.\n\n" + text)
            .delegations.map { "\($0.side) \($0.head ?? "-")" }.sorted()
    }

    @Test(arguments: [
        ("Russian delegation head Vladimir Medinsky said Moscow would return the bodies.", "RU Vladimir Medinsky"),
        ("Ukrainian Defence Minister Rustem Umerov, Ukraine’s defense minister, who led Kyiv's delegation, told reporters the sides agreed.",
         "UA Rustem Umerov"),
        ("The Ukrainian delegation was headed by Zelensky’s chief of staff, Andriy Yermak, and met the mediators.", "UA Andriy Yermak"),
        ("US and Ukrainian negotiators met in Geneva, in talks led by Secretary of State Marco Rubio and, for Ukraine, presidential chief of staff Andriy Yermak.",
         "UA Andriy Yermak"),
        ("Vladimir Medinsky, an aide to President Vladimir Putin, again led the Russian side.", "RU Vladimir Medinsky"),
    ])
    func theHeadIsNamed(_ sentence: String, _ expected: String) {
        #expect(delegations(sentence).contains(expected))
    }

    @Test func headsForEachSideOfTheirOwnTalks() {
        let text = "GENEVA, Nov. 24, 2025 - US and Ukrainian negotiators met in Geneva on Sunday, in talks led by Secretary of State "
            + "Marco Rubio and, for Ukraine, presidential chief of staff Andriy Yermak."
        #expect(Extractor.extract(body: text).delegations.map { "\($0.side) \($0.head ?? "-")" }.sorted() == ["UA Andriy Yermak", "US Marco Rubio"])
    }
}
