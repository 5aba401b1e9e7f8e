@testable import ParleyExtract
import Testing

/// "Zelensky personally led the Ukrainian side at the talks": an adverb of the leader's own part stands between the head
/// and the verb; "Zelensky, who led the Ukrainian side in person, was accompanied by Rustem Umerov": a member of one
/// state told with another side's delegation sits on his own side.
@Suite struct SideOfEachMemberTests {
    private func delegations(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 15, 2025\n\n"
                          + "Ukrainian President Volodymyr Zelensky met US special envoy Steve Witkoff in Berlin on Sunday.\n\n" + text)
            .delegations.map { "\($0.side) \($0.head ?? "-") \($0.members.joined(separator: ","))" }.sorted()
    }

    @Test func aHeadWhoLedPersonally() {
        let text = "Zelensky personally led the Ukrainian side at the talks, which took place at the Federal Chancellery."
        #expect(delegations(text).contains("UA Volodymyr Zelensky "))
    }

    @Test func aMemberOfTheOtherSide() {
        let text = "The American team was led by Witkoff; Zelensky, who led the Ukrainian side in person, was accompanied by "
            + "Rustem Umerov, the secretary of Ukraine's National Security and Defence Council."
        let found = delegations(text)
        #expect(found.contains { $0.hasPrefix("UA Volodymyr Zelensky") && $0.hasSuffix("Rustem Umerov") })
        #expect(!found.contains { $0.hasPrefix("US") && $0.contains("Rustem Umerov") })
    }
}
