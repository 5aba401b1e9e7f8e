@testable import ParleyExtract
import Testing

/// A member told by a description set off before the name ("the chief of the general staff, Andrii Hnatov") is the
/// person, once; a list read by two rules names each member once.
@Suite struct DescribedMemberTests {
    private func members(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJanuary 24, 2026\n\n" + text).delegations
            .map { "\($0.side) \($0.head ?? "-"): \($0.members.joined(separator: ", "))" }
    }

    @Test(arguments: [
        ("Russian and Ukrainian delegations held talks in Abu Dhabi on Friday. Ukraine's chief negotiator Rustem Umerov headed "
            + "its team, which also included Kyrylo Budanov, the head of the presidential office, and the chief of the general "
            + "staff, Andrii Hnatov.",
         "UA Rustem Umerov: Kyrylo Budanov, Andrii Hnatov"),
        ("Russian and Ukrainian delegations held talks in Abu Dhabi on Friday. Rustem Umerov led the Ukrainian delegation, "
            + "with the secretary of the National Security and Defence Council, Oleksandr Bevz, and a deputy foreign minister.",
         "UA Rustem Umerov: Oleksandr Bevz, deputy foreign minister"),
    ])
    func theDescriptionIsOfTheNameAfterIt(text: String, expected: String) {
        #expect(members(text).contains(expected))
    }
}
