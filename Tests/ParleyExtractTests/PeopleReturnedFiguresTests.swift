@testable import ParleyExtract
import Testing

/// People counted as they are returned are prisoners exchanged, and so is a count of part of them: "returned 185 servicemen
/// and 20 civilians", "139 of those released", "brought home more than 7,000 of its citizens"; a word in small letters before
/// the noun counted is part of the unit ("6,000 frozen bodies").
@Suite struct PeopleReturnedFiguresTests {
    private func figures(_ sentence: String) -> [String] {
        DatedArticle.extract("Russia and Ukraine exchanged 157 prisoners each on Thursday. " + sentence, on: "February 5, 2026")
            .figures.dropFirst().map { "\($0.topic) \($0.value) \($0.unit ?? "-")" }
    }

    @Test(arguments: [
        ("According to the Coordination Headquarters, 139 of those released had been held by Russia since 2022.",
         ["prisoner_exchange 139.0 prisoners"]),
        ("The previous exchange took place on October 2, 2025, when Ukraine returned 185 servicemen and 20 civilians under "
            + "agreements reached during the Istanbul talks.", ["prisoner_exchange 185.0 prisoners", "prisoner_exchange 20.0 prisoners"]),
        ("Since the start of the full-scale invasion, Ukraine has brought home more than 7,000 of its citizens.",
         ["prisoner_exchange 7000.0 prisoners"]),
    ])
    func countsOfPeopleReturned(_ sentence: String, _ expected: [String]) {
        #expect(figures(sentence) == expected)
    }

    @Test func aPartOfNoOneReturnedIsNoFigure() {
        #expect(figures("Officials said 40 of the regions had power again.").isEmpty)
    }

    @Test func aWordBeforeTheNounCountedIsPartOfTheUnit() {
        #expect(figures("Russia will also hand over to Ukraine 6,000 frozen bodies of Ukrainian servicemen next week, Medinsky said.")
            == ["remains_return 6000.0 bodies"])
    }
}
