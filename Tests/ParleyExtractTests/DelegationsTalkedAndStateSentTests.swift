@testable import ParleyExtract
import Testing

/// "the three delegations talked behind closed doors" in a fronted city is a three-way round held there; "Russia sent Admiral
/// Igor Kostyukov ... with a group of defence-ministry officers" heads a side, "America fielded A and B, along with C" lists
/// its members; a list goes on past a member's relative clause; "When Zelensky visited Trump at Mar-a-Lago on December 28th"
/// is the leaders' meeting.
@Suite struct DelegationsTalkedAndStateSentTests {
    private static let lead = "Over two days in Abu Dhabi, on January 23rd and 24th, the three delegations talked behind closed doors."

    @Test(arguments: [lead, "Over two days in Abu Dhabi, on January 23 and 24, the three delegations negotiated behind closed doors."])
    func delegationsThatTalkedHeldARound(_ text: String) {
        #expect(DatedArticle.meetings(text, on: "Jan 29th 2026") == ["talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func delegationsTalkingToOthersHoldNoRound() {
        #expect(DatedArticle.meetings("The negotiators talked to reporters in Abu Dhabi on January 23rd.", on: "Jan 29th 2026").isEmpty)
    }

    private func sides(_ text: String) -> [String] {
        DatedArticle.extract(Self.lead + "\n\n" + text, on: "Jan 29th 2026").delegations
            .map { "\($0.side) \($0.head ?? "-") \($0.members.joined(separator: "; "))" }.sorted()
    }

    @Test func aStateThatSentOnePersonWithOthers() {
        #expect(sides("Russia sent not Vladimir Medinsky, the Kremlin aide who led its team in Istanbul last year, but Admiral Igor "
            + "Kostyukov, the head of military intelligence, with a group of defence-ministry officers.")
            .contains("RU Igor Kostyukov defence-ministry officers"))
    }

    @Test func aStateThatFieldedSeveralNamesNoHead() {
        #expect(sides("America fielded Steve Witkoff, Donald Trump’s special envoy, and Jared Kushner, Mr Trump’s son-in-law, along "
            + "with Dan Driscoll, the army secretary.").contains("US - Steve Witkoff; Jared Kushner; Dan Driscoll"))
    }

    @Test func aStateSendingSomeoneOnATripSendsNoDelegation() {
        #expect(!sides("The United States sent Steve Witkoff to Moscow with Jared Kushner.").contains { $0.hasPrefix("US") })
    }

    @Test func aListGoesOnPastAMembersClause() {
        #expect(sides("Ukraine’s delegation, under Rustem Umerov, included Kyrylo Budanov, the former spy chief who became Volodymyr "
            + "Zelensky’s chief of staff on January 2nd, and Andriy Hnatov, the head of the general staff.")
            .contains { $0.hasPrefix("UA") && $0.hasSuffix(" Kyrylo Budanov; Andriy Hnatov") })
    }

    @Test func aLeaderWhoVisitedAnotherMetHim() {
        #expect(DatedArticle.meetings("Volodymyr Zelensky spoke. When Mr Zelensky visited President Donald Trump at Mar-a-Lago on December "
            + "28th, the Americans put 15 years of guarantees on the table.", on: "Jan 29th 2026")
            == ["summit Palm Beach 2025-12-28 held"])
    }

    @Test func anEnvoyWhoVisitedALeaderHoldsNoSummit() {
        #expect(DatedArticle.meetings("Steve Witkoff, the US envoy, visited Vladimir Putin in Moscow on December 2.", on: "Jan 29th 2026")
            .allSatisfy { !$0.hasPrefix("summit") })
    }
}
