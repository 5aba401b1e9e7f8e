@testable import ParleyExtract
import Testing

/// A plan handed over "by a Pentagon delegation led by Driscoll" is handed by him; "Driscoll, who led a Pentagon
/// delegation to Kyiv, presented the plan to Zelensky there on Thursday" too, in the city the delegation went to.
@Suite struct HandedByDelegationTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nNovember 24, 2025\n\nUS Army Secretary Dan Driscoll and Ukrainian President "
            + "Volodymyr Zelensky spoke.\n\n" + text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties)" }
    }

    @Test(arguments: [
        "The plan was first presented to Zelensky in Kyiv on Thursday by a Pentagon delegation led by Driscoll.",
        "The plan was handed to President Volodymyr Zelensky in Kyiv on Thursday by a Pentagon delegation led by Driscoll.",
        "Driscoll, who led a Pentagon delegation to Kyiv, presented the plan to Zelensky there on Thursday.",
    ])
    func talksInKyiv(text: String) {
        #expect(meetings(text) == ["talks Kyiv 2025-11-20 [\"UA\", \"US\"]"])
    }
}
