@testable import ParleyExtract
import Testing

@Suite struct FigureTests {
    private func figures(_ text: String) -> [Figure] { Extractor.extract(body: text).figures }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var topic: String
        var value: Double
        var valueMax: Double? = nil
        var unit: String
        var perSide = false
        var qualifier: String? = nil
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "They agreed a swap of 1,000 prisoners from each side.", topic: "prisoner_exchange", value: 1000, unit: "prisoners", perSide: true),
        Case(text: "Russia would return the remains of 3,000 fallen soldiers.", topic: "remains_return", value: 3000, unit: "bodies"),
        Case(text: "He proposed brief ceasefires lasting 24 to 48 hours.", topic: "ceasefire", value: 24, valueMax: 48, unit: "hours"),
        Case(text: "Trump set a 50-day ultimatum to end the war or face sanctions.", topic: "sanctions", value: 50, unit: "days"),
        Case(text: "The negotiations lasted nearly two hours.", topic: "negotiations", value: 2, unit: "hours", qualifier: "nearly"),
        Case(text: "The talks, which lasted less than two hours, ended.", topic: "negotiations", value: 2, unit: "hours", qualifier: "less than"),
        Case(text: "An exchange involving 1 200 people was agreed.", topic: "prisoner_exchange", value: 1, unit: "people"),
        Case(text: "They would exchange 1,000 prisoners each in the coming days.", topic: "prisoner_exchange", value: 1000, unit: "prisoners", perSide: true),
        Case(text: "It was their first direct talks in three years.", topic: "negotiations", value: 3, unit: "years"),
        Case(text: "Kyiv wants more than 500 prisoners back in the exchange.", topic: "prisoner_exchange", value: 500, unit: "prisoners", qualifier: "more than"),
        Case(text: "They agreed a 1,000-for-1,000 prisoner swap.", topic: "prisoner_exchange", value: 1000, unit: "prisoners", perSide: true),
        Case(text: "They discussed an exchange of 175 prisoners for 175.", topic: "prisoner_exchange", value: 175, unit: "prisoners", perSide: true),
        Case(text: "Ukraine pushed for a 30-day ceasefire.", topic: "ceasefire", value: 30, unit: "days"),
    ])
    func readsFigures(_ c: Case) {
        let found = figures(c.text)
        guard c.value != 1 else {
            // "1 200": thousands set off by a space are one number, never 1 or 200.
            #expect(found.contains { $0.value == 1200 })
            #expect(!found.contains { $0.value == 200 || $0.value == 1 })
            return
        }
        #expect(found.count == 1)
        guard let f = found.first else { return }
        #expect(f.topic == c.topic)
        #expect(f.value == c.value)
        #expect(f.valueMax == c.valueMax)
        #expect(f.unit == c.unit)
        #expect(f.perSide == c.perSide)
        #expect(f.qualifier == c.qualifier)
    }

    @Test(arguments: [
        "He was Minister of Culture from 2012 to 2020.",
        "The invasion began in February 2022.",
        "The war has caused tens of thousands of casualties.",
        "Saturday, May 17, 2025 10:03 am ET",
        "The war has dragged on for over two years.",
        "They held two rounds of talks.",
    ])
    func skipsDatesBiographyAndVagueAmounts(_ text: String) {
        #expect(figures(text).isEmpty)
    }

    @Test func eachQuantityOncePerArticle() {
        let found = figures("A 30-day ceasefire was proposed. Ukraine again pushed for a 30-day ceasefire.")
        #expect(found.count == 1)
    }
}
