@testable import ParleyExtract
import Testing

/// Sentences this round's rules on counted rounds, regions, fronted cities, one-sided meetings, processes and third
/// sides must leave alone: each once lost or made a meeting, a place or a side the text does not tell.
@Suite struct ReviewGuardsRoundsAndSidesTests {
    private func extract(_ text: String, on day: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\n\(day)\n\n" + text)
    }

    private func meetings(_ text: String, on day: String) -> [String] {
        extract(text, on: day).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test func theLastOfThreeRoundsIsARound() {
        let text = "On Wednesday, Russian and Ukrainian delegations held the last of three rounds of talks in Istanbul."
        #expect(meetings(text, on: "July 24, 2025") == ["talks Istanbul 2025-07-23 held"])
    }

    @Test func talksNamedByACityAndAnEarlierYearAreOthers() {
        let text = "Russian and Ukrainian delegations met in Istanbul on June 2.\n\nThe 2022 Istanbul talks collapsed after the "
            + "discovery of atrocities in Bucha."
        #expect(meetings(text, on: "June 3, 2025") == ["talks Istanbul 2025-06-02 held", "talks Istanbul 2022 held"])
    }

    @Test func aCityFrontingWhatASideSaidStillPlacesTheTalks() {
        let text = "In Geneva, Ukraine's chief negotiator Rustem Umerov said the talks with Russia were productive and would continue on Thursday."
        #expect(meetings(text, on: "February 18, 2026").map { $0.hasPrefix("talks Geneva") } == [true])
    }

    @Test func meetingSomeoneWithNoOfficeIsNoTalks() {
        let text = "Ukrainian President Volodymyr Zelensky met Olena Kovalenko, the mother of a missing soldier, in Kyiv on February 10."
        #expect(meetings(text, on: "February 18, 2026") == [])
    }

    @Test func thePeaceTalksWithAPlaceAndDayOfTheirOwnAreARound() {
        let text = "Officials involved in the peace talks in Istanbul on Friday said a prisoner swap had been agreed."
        #expect(meetings(text, on: "May 17, 2025").contains { $0.hasPrefix("talks Istanbul") })
    }

    @Test func aThirdSideOnlyProposedIsNoSide() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Friday. Ukrainian President Volodymyr Zelensky had proposed "
            + "that the talks be trilateral, with the United States, but Moscow refused."
        #expect(extract(text, on: "May 17, 2025").meetings.first?.parties == ["RU", "UA"])
    }
}
