@testable import ParleyExtract
import Testing

/// Counts whose unit the sentence told elsewhere: "was prepared to transfer another 3,000" after "7,000 bodies", "another batch of
/// prisoners was released, 250 from each side"; people a side is seen to "release" are prisoners exchanged; minutes never time an
/// exchange ("Forty Minutes, a Prisoner Swap and No Peace").
@Suite struct CountsTakenOnTests {
    private func figures(_ sentence: String) -> [String] {
        DatedArticle.extract("Russian and Ukrainian delegations met in Istanbul on Wednesday. " + sentence, on: "24.07.2025, 17.52 Uhr")
            .figures.map { "\($0.topic) \($0.value) \($0.unit ?? "-")" }
    }

    @Test(arguments: [
        ("Medinsky said Moscow had handed over around 7,000 bodies of fallen Ukrainian soldiers and was prepared to transfer another 3,000.",
         ["remains_return 7000.0 bodies", "remains_return 3000.0 bodies"]),
        ("On Wednesday, another batch of prisoners was released, 250 from each side.", ["prisoner_exchange 250.0 prisoners"]),
        ("The most recent, on Oct. 2, saw each side release 185 soldiers.", ["prisoner_exchange 185.0 prisoners"]),
    ])
    func countsOfAUnitToldElsewhere(_ sentence: String, _ expected: [String]) {
        #expect(figures(sentence) == expected)
    }

    @Test func aBareCountAfterAnotherFigureOfNoCountTakesNoUnit() {
        #expect(figures("The talks lasted two hours and Russia offered another 3,000.") == ["negotiations 2.0 hours"])
    }

    @Test func minutesTimeNoExchange() {
        #expect(!figures("Forty Minutes, a Prisoner Swap and No Peace.").contains { $0.hasPrefix("prisoner_exchange") })
    }
}
