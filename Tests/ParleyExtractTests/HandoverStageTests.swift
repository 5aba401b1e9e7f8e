@testable import ParleyExtract
import Testing

/// Exchanges told in stages, each on its own day, and the page date of a France 24 style header.
@Suite struct HandoverStageTests {
    private let text = """
        Russia says it has handed over more than 6,000 bodies

        Issued on: 16/06/2025 - 15:12 Modified: 16/06/2025 - 17:40

        Kyiv confirmed it had received the final batch of 1,245 bodies on Monday.

        The handovers began last Wednesday, when 1,212 bodies were returned to Ukraine.

        On Saturday, the two sides swapped an undisclosed number of wounded and young soldiers.
        """

    @Test func eachStageIsAnExchangeOnItsDay() {
        let found = Extractor.extract(body: text)
        #expect(found.source.published == "2025-06-16")
        let exchanges = found.meetings.filter { $0.kind == .exchange }.map { "\($0.date ?? "-") \($0.status)" }
        #expect(exchanges == ["2025-06-16 held", "2025-06-11 held", "2025-06-14 held"])
    }

    @Test func countedBodiesWithoutAHandOverAreNoEvent() {
        #expect(Extractor.extract(body: "Officials said 1,212 bodies had not yet been identified.").meetings.isEmpty)
    }
}
