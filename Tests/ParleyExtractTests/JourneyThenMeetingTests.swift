@testable import ParleyExtract
import Testing

/// "and on Tuesday travelled to Dublin, where he met Martin": the journey's day; "Zelensky, who held talks with Macron in
/// Paris on Monday and then travelled to Dublin on Tuesday to meet Martin": the clause's subject and the journey's city.
@Suite struct JourneyThenMeetingTests {
    private let people = "Ukrainian President Volodymyr Zelensky spoke. French President Emmanuel Macron spoke. "
        + "Irish Taoiseach Micheal Martin spoke. "

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 3, 2025\n\n" + people + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test(arguments: [
        "Zelensky toured capitals. He held talks with Macron in Paris on Monday, and on Tuesday travelled to Dublin, where he met Martin.",
        "Zelensky toured capitals. He held talks with Macron in Paris on Monday, and travelled to Dublin on Tuesday, where he met Martin.",
        "Zelensky toured capitals. He held talks with Macron in Paris on Monday, and arrived in Dublin on Tuesday, where he met Martin.",
    ])
    func whereClauseOnTheCityReachedTakesTheJourneysDay(text: String) {
        #expect(meetings(text).last == "summit Dublin 2025-12-02 [\"IE\", \"UA\"]")
    }

    @Test func noJourneyLendsNoDay() {
        let text = "Zelensky spoke to reporters on Tuesday in Dublin, where he met Martin."
        #expect(meetings(text) == ["summit Dublin - [\"IE\", \"UA\"]"])
    }

    @Test(arguments: [
        "Zelensky, who held talks with Macron in Paris on Monday and then travelled to Dublin on Tuesday to meet Martin, said he was waiting.",
        "Zelensky held talks with Macron in Paris on Monday and then travelled to Dublin on Tuesday to meet Martin.",
    ])
    func verbsJoinedByAndShareTheSubject(text: String) {
        #expect(meetings(text) == ["summit Paris 2025-12-01 [\"FR\", \"UA\"]", "summit Dublin 2025-12-02 [\"IE\", \"UA\"]"])
    }
}
