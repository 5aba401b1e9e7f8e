@testable import ParleyExtract
import Testing

/// A total set off after a count ("157 prisoners of war, 314 in all") is a figure of the count's unit and topic; a tariff in
/// percent is sanctions.
@Suite struct TotalsAndTariffsTests {
    private func figures(_ text: String) -> [String] {
        DatedArticle.extract(text, on: "18.02.2026").figures.map { "\(Int($0.value)) \($0.unit ?? "-") \($0.topic)" }
    }

    @Test(arguments: [
        ("Russia and Ukraine would each release 157 prisoners of war, 314 in all.",
         ["157 prisoners prisoner_exchange", "314 prisoners prisoner_exchange"]),
        ("Russia handed over 1,000 bodies, 20 more than agreed.", ["1000 bodies remains_return"]),
    ])
    func aTotalSetOffAfterACount(text: String, expected: [String]) {
        #expect(figures(text) == expected)
    }

    @Test func aTariffInPercentIsSanctions() {
        #expect(figures("Trump ordered an additional 25 percent tariff on Indian goods.") == ["25 percent sanctions"])
    }
}
