@testable import ParleyExtract
import Testing

/// "with Medinsky leading the Russian side and Rustem Umerov the Ukrainian one": the second head is told with the verb of
/// leading left out.
@Suite struct GappedHeadTests {
    @Test(arguments: ["the Ukrainian one", "the Ukrainian delegation"])
    func theSecondHeadOfAGappedClause(_ side: String) {
        let e = DatedArticle.extract("Russian and Ukrainian delegations met in Istanbul on Monday, with Putin's aide Vladimir Medinsky "
            + "leading the Russian side and Rustem Umerov " + side + ".", on: "July 24, 2025")
        #expect(e.delegations.map { "\($0.side) \($0.head ?? "-")" }.sorted() == ["RU Vladimir Medinsky", "UA Rustem Umerov"])
    }

    @Test func aNameAfterAndWithNoSideIsNoHead() {
        let e = DatedArticle.extract("Russian and Ukrainian delegations met in Istanbul on Monday, with Putin's aide Vladimir Medinsky "
            + "leading the Russian side and Rustem Umerov watching.", on: "July 24, 2025")
        #expect(e.delegations.first { $0.side == "UA" }?.head == nil)
    }
}
