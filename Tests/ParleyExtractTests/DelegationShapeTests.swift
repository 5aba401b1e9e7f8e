@testable import ParleyExtract
import Testing

/// Delegations named with adverbs, several heads at once, at another round, and never for the host.
@Suite struct DelegationShapeTests {
    private func delegations(_ text: String) -> [String] {
        let found = Extractor.extract(body: text)
        let dates = Dictionary(uniqueKeysWithValues: found.meetings.map { ($0.id, $0.date ?? "-") })
        return found.delegations.map { "\(dates[$0.meeting]!) \($0.side) \($0.head ?? "-")" }.sorted()
    }

    @Test func anAdverbMayStandBeforeLedBy() {
        let text = "KYIV, June 2, 2025 - The talks in Istanbul ended. The Russian delegation, again led by Kremlin aide Vladimir Medinsky, left."
        #expect(delegations(text).contains("2025-06-02 RU Vladimir Medinsky"))
    }

    @Test(arguments: [
        ("Vladimir Medinsky once more headed the Russian negotiators.", "- RU Vladimir Medinsky"),
        ("Leading the Russian side was presidential aide Vladimir Medinsky.", "- RU Vladimir Medinsky"),
        ("Heading Ukraine's delegation is Defence Minister Rustem Umerov.", "- UA Rustem Umerov"),
        ("The talks lasted an hour, the Russian delegation's head Vladimir Medinsky told reporters.", "- RU Vladimir Medinsky"),
        ("The Ukrainian delegation, which Defence Minister Rustem Umerov headed, also included Serhii Kyslytsia.", "- UA Rustem Umerov"),
        ("The Russian delegation, which was headed by Vladimir Medinsky, included Igor Kostyukov.", "- RU Vladimir Medinsky"),
        ("Russia's team there was led by Foreign Minister Sergey Lavrov and Kremlin aide Yuri Ushakov.", "- RU Sergei Lavrov"),
    ])
    func aHeadBeforeOrAfterTheVerbOfLeading(_ sentence: String, _ expected: String) {
        let text = "Russian and Ukrainian delegations held direct talks at Istanbul's Ciragan Palace. " + sentence
        #expect(delegations(text).contains(expected))
    }

    @Test func aDelegationPlacedInACityIsThatCitysRounds() {
        let text = """
            US and Russian officials will hold talks in Geneva next week. US and Ukrainian officials met in Jeddah on March 11.

            Secretary of State Marco Rubio, who led the American delegation in Jeddah, said the ball was in Russia's court.
            """
        let found = Extractor.extract(body: text)
        let jeddah = found.meetings.first { $0.place == "Jeddah" }?.id
        #expect(found.delegations.contains { $0.meeting == jeddah && $0.side == "US" && $0.head == "Marco Rubio" })
    }

    @Test func aSidesTeamAtASecondMeetingThatDayKeepsItsHead() {
        let text = """
            GENEVA, Nov 24, 2025 - US and Ukrainian delegations held talks in Geneva on Sunday. Ukraine's team was headed by Andriy Yermak. \
            National security advisers from Britain, France and Germany also met the Ukrainian delegation in Geneva on Sunday.
            """
        #expect(delegations(text).filter { $0.hasSuffix("Andriy Yermak") }.count == 2)
    }

    @Test func eachHeadGoesToTheirOwnSide() {
        let text = """
            DOHA, 29 Jul 2025 - The third round of talks in Istanbul ended on Wednesday.

            On February 18, US and Russian delegations, led by Secretary of State Marco Rubio and Foreign Minister Sergey Lavrov \
            respectively, met in the Saudi capital Riyadh for talks.
            """
        #expect(delegations(text).contains("2025-02-18 US Marco Rubio"))
        #expect(delegations(text).contains("2025-02-18 RU Sergei Lavrov"))
    }

    @Test func theHostSendsNoDelegation() {
        let text = """
            The talks in Istanbul were opened by Turkish Foreign Minister Hakan Fidan, who told the two delegations there were two paths. \
            Vladimir Medinsky led the Russian delegation and Rustem Umerov led the Ukrainian delegation.
            """
        #expect(!delegations(text).contains { $0.contains(" TR ") })
    }

    @Test func sentencesAfterARecountedRoundGoOnAboutIt() {
        let text = """
            ISTANBUL, June 1, 2025 - Türkiye will host the second round of direct talks in Istanbul on Monday. \
            Kremlin aide Vladimir Medinsky and Defense Minister Rustem Umerov are expected.

            The first round, held on May 16 at the Dolmabahce Office in Istanbul, lasted an hour. \
            The Russian delegation was led by Medinsky, while the Ukrainian side was headed by Umerov.
            """
        #expect(delegations(text) == ["2025-05-16 RU Vladimir Medinsky", "2025-05-16 UA Rustem Umerov"])
    }

    @Test func aHeadMayBeToldByAModalAndALeadVerbBeforeTheSide() {
        let text = """
            ISTANBUL, June 1, 2025 - The second round of talks will be held in Istanbul on Monday.

            Zelensky said Defense Minister Rustem Umerov would again lead Kyiv's delegation in Istanbul. \
            Presidential aide Vladimir Medinsky will head the Russian side.
            """
        #expect(delegations(text) == ["2025-06-02 RU Vladimir Medinsky", "2025-06-02 UA Rustem Umerov"])
    }

    @Test func headsSetAgainstTheirStatesLeadEveryRoundTheSentenceSays() {
        let text = """
            DOHA, 29 Jul 2025 - Russian and Ukrainian negotiators met in Istanbul last Wednesday for their third round of direct talks.

            Both delegations have been led at all three rounds by the same men: Kremlin aide Vladimir Medinsky for Russia, \
            and Rustem Umerov, now secretary of Ukraine's security council, for Ukraine.

            On May 16 the two delegations met at Istanbul's Dolmabahce Palace, their first face-to-face talks in three years.

            The talks in Istanbul in March 2022 failed.
            """
        let found = delegations(text)
        #expect(found.contains("2025-07-23 RU Vladimir Medinsky"))
        #expect(found.contains("2025-07-23 UA Rustem Umerov"))
        #expect(found.contains("2025-05-16 RU Vladimir Medinsky"))
        #expect(!found.contains { $0.hasPrefix("2022") })
    }
}
