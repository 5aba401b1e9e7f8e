@testable import ParleyExtract
import Testing

/// "was reworked by American and Ukrainian negotiators in Geneva on November 23": two states' negotiators placed in a city
/// on a day are their talks there, even with no word of meeting; one state's, or no day, tells none.
@Suite struct NegotiatorsInCityTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 16, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    @Test func twoStatesNegotiatorsOnADay() {
        let text = "Washington's original 28-point plan was reworked by American and Ukrainian negotiators in Geneva on November 23 and has since been pared down to 20 points."
        #expect(meetings(text) == ["talks Geneva 2025-11-23 held [\"UA\", \"US\"]"])
    }

    @Test(arguments: [
        "The plan was reworked by American negotiators in Geneva on November 23.",
        "The plan was reworked by American and Ukrainian negotiators in Geneva.",
    ])
    func noneWithoutTwoStatesAndADay(text: String) {
        #expect(meetings(text) == [])
    }
}
