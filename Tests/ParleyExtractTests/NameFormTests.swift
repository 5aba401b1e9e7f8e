@testable import ParleyExtract
import Testing

/// Forms a person is written in that become aliases, and news agencies that report without being people.
@Suite struct NameFormTests {
    private func people(_ text: String) -> [String] {
        Extractor.extract(body: text).people.map { "\($0.name) [\($0.aliases.joined(separator: ", "))]" }
    }

    @Test func aMiddleInitialFormIsAnAlias() {
        let text = "Mr. Lavrov and Antony J. Blinken, then the secretary of state, held talks in Geneva."
        #expect(people(text).contains { $0.hasPrefix("Antony Blinken [") && $0.contains("Antony J. Blinken") })
    }

    @Test func aPopesTitleIsPartOfHisName() {
        let text = "Pope Leo XIV offered the Vatican as a venue for talks, the Holy See said."
        #expect(people(text).contains { $0.contains("Pope Leo XIV") })
    }

    @Test func anAgencyThatReportsIsNoPerson() {
        let text = "As Ukrinform reported earlier, the first round of talks took place in Istanbul. A source told Ukrinform so."
        #expect(people(text).isEmpty)
    }
}

/// Page furniture of a paper of record is not news.
@Suite struct PrintEditionLineTests {
    @Test func thePrintEditionLineNamesNoOne() {
        let text = """
            The talks ended.

            A version of this article appears in print on Feb. 19, 2025, Section A, Page 1 of the New York edition with the \
            headline: U.S. and Russia Agree to Keep Talking, Without Ukraine.
            """
        #expect(Extractor.extract(body: text).people.isEmpty)
    }
}
