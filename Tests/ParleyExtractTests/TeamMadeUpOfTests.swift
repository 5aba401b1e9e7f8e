@testable import ParleyExtract
import Testing

/// "On Sunday, a US team made up of Rubio, Witkoff and Kushner held talks with a Ukrainian delegation ... in Hallandale
/// Beach, Florida", told after the round the article reports: another round, the host's own team a side of it, and the
/// list after "made up of" its members, ending at the verb.
@Suite struct TeamMadeUpOfTests {
    private let lead = "MOSCOW - President Vladimir Putin spent nearly five hours late on Tuesday with US envoy Steve Witkoff and "
        + "Jared Kushner at the Kremlin.\n\n"

    private func extraction(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\nPUBLISHED : 3 Dec 2025 at 06:12\n\n" + lead + text)
    }

    @Test func anotherRoundHeldElsewhere() {
        let e = extraction("The Kremlin meeting capped a week of shuttle diplomacy. On Sunday, a US team made up of Secretary of State "
            + "Marco Rubio, Witkoff and Kushner held talks with a Ukrainian delegation headed by Rustem Umerov, secretary of "
            + "Ukraine's National Security and Defence Council, in Hallandale Beach, Florida.")
        let florida = e.meetings.first { $0.place == "Hallandale Beach" }
        #expect(florida.map { "\($0.kind) \($0.date ?? "-") \($0.parties.sorted())" } == "talks 2025-11-30 [\"UA\", \"US\"]")
        let teams = e.delegations.filter { $0.meeting == florida?.id }.map { "\($0.side) \($0.head ?? "-"): \($0.members.joined(separator: ", "))" }
        #expect(teams.sorted() == ["UA Rustem Umerov: ", "US -: Marco Rubio, Steve Witkoff, Jared Kushner"])
    }

    @Test func theListEndsAtItsClausesVerb() {
        let e = extraction("Ukrainian negotiator Rustem Umerov said the talks in Florida were useful.\n\nA Ukrainian delegation made up "
            + "of Umerov and the chief of the General Staff, Andriy Hnatov, is expected to hold follow-up talks with Witkoff and "
            + "Kushner in Miami on Thursday.")
        let listed = e.delegations.first { $0.side == "UA" && $0.members.contains("Andriy Hnatov") }
        #expect(listed?.members == ["Andriy Hnatov"])
        #expect(listed?.head == "Rustem Umerov")
    }
}
