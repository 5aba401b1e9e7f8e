@testable import ParleyExtract
import Testing

/// "Pope Leo XIV received Volodymyr Zelensky ... at Villa Barberini in Castel Gandolfo": the Pope's title gives his
/// state, so the audience is a leaders' meeting; "Leaving Castel Gandolfo, ..." and "the Holy Father" name no person.
@Suite struct TitleOfOneStateTests {
    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\n09 December 2025, 18:10\n\n" + text)
    }

    @Test(arguments: [
        ("Pope Leo XIV prayed for peace.", "Leo XIV", "VA"),
        ("Taoiseach Micheál Martin welcomed the visit.", "Micheál Martin", "IE"),
    ])
    func theTitleGivesTheState(text: String, name: String, country: String) {
        #expect(extract(text).people.first { $0.name == name }?.country == country)
    }

    @Test func anAudienceWithThePopeIsASummit() {
        let text = "Pope Leo XIV on Tuesday afternoon received Volodymyr Zelensky, President of Ukraine, at Villa Barberini in "
            + "Castel Gandolfo, where the Holy Father spends his day of rest each week."
        let out = extract(text)
        #expect(out.meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
            == ["summit Castel Gandolfo 2025-12-09 [\"UA\", \"VA\"]"])
        #expect(out.people.map(\.name) == ["Leo XIV", "Volodymyr Zelensky"])
    }

    @Test(arguments: ["Leaving Castel Gandolfo later in the evening, Pope Leo answered a few questions.",
                      "Visiting Kyiv on Friday, Pope Leo answered a few questions."])
    func aParticipleBeforeAPlaceIsNoName(text: String) {
        #expect(extract(text).people.map(\.name) == ["Leo"])
    }
}
