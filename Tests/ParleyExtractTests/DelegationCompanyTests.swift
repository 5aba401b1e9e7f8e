@testable import ParleyExtract
import Testing

/// Heads and members told around the people: "A and B led their delegations", "A was joined by ...", "A, who
/// brought along ...", "X, a member of Kyiv's team", and "Both were led by the same men who had headed them".
@Suite struct DelegationCompanyTests {
    private func delegations(_ text: String) -> [String] {
        let e = Extractor.extract(body: "Headline here\n\nPublished June 2, 2025\n\n" + text)
        return e.delegations.map { "\($0.meeting) \($0.side) \($0.head ?? "-") \($0.members.joined(separator: ","))" }
    }

    @Test func jointHeadsAndTheirCompany() {
        let found = delegations("U.S. and Russian officials held talks in Riyadh on Monday. "
            + "U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov led their delegations at the Diriyah Palace. "
            + "Rubio was joined by national security adviser Mike Waltz and Middle East envoy Steve Witkoff.")
        #expect(found.contains("m1 US Marco Rubio Mike Waltz,Steve Witkoff"))
        #expect(found.contains("m1 RU Sergei Lavrov "))
    }

    @Test func theSameMenAndTheirTeams() {
        let found = delegations("Russian and Ukrainian delegations held a second round of talks in Istanbul on Monday. "
            + "Both were led by the same men who had headed them at the first round on May 16: Kremlin aide Vladimir Medinsky "
            + "for Russia and Defense Minister Rustem Umerov for Ukraine. Medinsky, who brought along Deputy Foreign Minister "
            + "Mikhail Galuzin and Deputy Defense Minister Alexander Fomin, spoke afterwards. Deputy Foreign Minister Sergiy "
            + "Kyslytsya, a member of Kyiv's team, said Russia had rejected a ceasefire.")
        #expect(found.contains("m1 RU Vladimir Medinsky Mikhail Galuzin,Alexander Fomin"))
        #expect(found.contains("m1 UA Rustem Umerov Sergiy Kyslytsya"))
        #expect(found.contains { $0.hasPrefix("m2 RU Vladimir Medinsky") })
    }
}
