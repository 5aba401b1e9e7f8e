@testable import ParleyExtract
import Testing

/// More ways a delegation's head and members are told: an aside before "was headed by", members after ", with", "a team
/// under" a title and a name, "Its other members were ...", and "the two heads of delegation, A, ..., and B, ...".
@Suite struct DelegationPhrasingTests {
    private let lead = "Russian and Ukrainian delegations held direct talks in Istanbul on Friday.\n\n"

    private func delegations(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMay 17, 2025\n\n" + lead + text).delegations
            .map { "\($0.side) \($0.head ?? "-") [\($0.members.joined(separator: ", "))]" }
    }

    @Test(arguments: [
        ("The Russian delegation, as in May, was headed by Vladimir Medinsky, the Kremlin aide, with deputy foreign minister Mikhail "
            + "Galuzin, deputy defence minister Alexander Fomin and military intelligence chief Igor Kostyukov.",
         "RU Vladimir Medinsky [Mikhail Galuzin, Alexander Fomin, Igor Kostyukov]"),
        ("Moscow sent a team under Kremlin aide and one-time culture minister Vladimir Medinsky. Its other members were military "
            + "intelligence chief Igor Kostyukov and Deputy Defense Minister Alexander Fomin.",
         "RU Vladimir Medinsky [Igor Kostyukov, Alexander Fomin]"),
    ])
    func theRussianHeadAndMembers(_ text: String, _ expected: String) {
        #expect(delegations(text).first { $0.hasPrefix("RU") } == expected)
    }

    @Test func theTwoHeadsOfDelegationEachWithAnApposition() {
        let text = "Before the plenary, Hakan Fidan met the two heads of delegation, Vladimir Medinsky, an aide to the Russian president, "
            + "and Rustem Umerov, who now runs Ukraine's security council."
        #expect(delegations(text) == ["RU Vladimir Medinsky []", "UA Rustem Umerov []"])
    }
}
