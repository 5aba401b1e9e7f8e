@testable import ParleyExtract
import Testing

/// "have carried out the third and final stage of the ... exchange, the ministry said on Sunday", "The exchange began on
/// Friday, when ...", "On Saturday, the sides swapped 307 servicemen for 307": one held stage a day.
@Suite struct ExchangeStageTests {
    @Test func eachStageOnItsDay() {
        let text = "Headline\n\n25 May 2025 16:12\n\nRussia and Ukraine have carried out the third and final stage of the large-scale "
            + "prisoner exchange, the Russian Defense Ministry said on Sunday.\n\nThe exchange began on Friday, when 270 servicemen "
            + "and 120 civilians were returned to each side. On Saturday, the sides swapped 307 servicemen for 307."
        let found = Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.date ?? "-") \($0.status)" }
        #expect(found == ["exchange 2025-05-25 held", "exchange 2025-05-23 held", "exchange 2025-05-24 held"])
    }
}
