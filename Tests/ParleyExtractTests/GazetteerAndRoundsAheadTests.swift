@testable import ParleyExtract
import Testing

/// Cities of the gazetteer place meetings; a round told as held in another city after one still to come is another round;
/// a month after "the possibility of" is still to come.
@Suite struct GazetteerAndRoundsAheadTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 29, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test(arguments: [
        ("Volodymyr Zelenskyy met Canadian Prime Minister Mark Carney in Halifax on Saturday.", "Halifax"),
        ("Volodymyr Zelenskyy met Canadian Prime Minister Mark Carney in Düsseldorf on Saturday.", "Düsseldorf"),
        ("Volodymyr Zelenskyy met Canadian Prime Minister Mark Carney in Dusseldorf on Saturday.", "Dusseldorf"),
    ])
    func aGazetteerCityPlacesTheMeeting(_ text: String, _ place: String) {
        #expect(meetings(text) == ["summit \(place) 2025-12-27 held"])
    }

    @Test func aNameLeftOutOfTheGazetteerStaysAPerson() {
        let found = Extractor.extract(body: "Former US defense secretary Lloyd Austin said the talks were useful.")
        #expect(found.people.map(\.name) == ["Lloyd Austin"])
    }

    @Test func talksHeldInAnotherCityAfterARoundToComeAreAnotherRound() {
        let text = "Zelenskyy said the American and Ukrainian teams would hold talks in Washington in January. Rustem Umerov held "
            + "several days of talks with Mr Trump's envoys, Steve Witkoff and Jared Kushner, in Miami earlier this month."
        #expect(meetings(text) == ["talks Washington 2026-01 planned", "talks Miami 2025-12 held"])
    }

    @Test func aMonthAfterThePossibilityOfAMeetingIsTheNextSuchMonth() {
        let text = "Volodymyr Zelenskyy said he had discussed with Donald Trump the possibility of a meeting in Washington in January."
        #expect(meetings(text).map { $0.split(separator: " ")[2] } == ["2026-01"])
    }
}
