@testable import ParleyExtract
import Testing

/// Where a list of members ends and what is one member: "according to Russian media" is the list's source, "while
/// Ukraine's team included ..." another side's list, and "secretary of the National Security and Defense Council" one role.
@Suite struct MemberListTests {
    private func delegations(_ text: String) -> [String] {
        Extractor.extract(body: "Headline\n\nISTANBUL, June 3, 2025 — " + text + "\n").delegations
            .map { "\($0.side) \($0.head ?? "-") [\($0.members.joined(separator: ", "))]" }.sorted()
    }

    @Test func aListEndsAtItsSourceAndAtAnotherSidesClause() {
        let text = "Russian and Ukrainian delegations met in Istanbul on June 2. The Russian delegation, again headed by Vladimir Medinsky, "
            + "included Deputy Foreign Minister Mikhail Galuzin and Igor Kostyukov, head of the military intelligence directorate, "
            + "according to Russian media, while Ukraine's team included First Deputy Foreign Minister Sergiy Kyslytsya."
        #expect(delegations(text).contains("RU Vladimir Medinsky [Mikhail Galuzin, Igor Kostyukov]"))
    }

    @Test func anAndInsideARolesNameJoinsNoMember() {
        let text = "Russian and Ukrainian delegations met in Istanbul on June 2. Ukraine's team was headed by Andriy Yermak and included "
            + "Rustem Umerov, secretary of the National Security and Defense Council."
        #expect(delegations(text).contains("UA Andriy Yermak [Rustem Umerov]"))
    }
}

/// "Presidents Volodymyr Zelensky and Vladimir Putin": a plural title before the first name is no part of it.
@Suite struct PluralTitleTests {
    @Test func theNameAfterAPluralTitleIsAPerson() {
        let e = Extractor.extract(body: "Headline\n\nKyiv put forward a meeting between Presidents Volodymyr Zelensky and Vladimir Putin.\n")
        #expect(e.people.map(\.name).sorted() == ["Vladimir Putin", "Volodymyr Zelensky"])
        #expect(e.meetings.map { $0.parties.sorted() } == [["RU", "UA"]])
    }
}
