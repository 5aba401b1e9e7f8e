@testable import ParleyExtract
import Testing

/// "The meeting in the Emirati capital followed Sunday's talks in Geneva, where American and Ukrainian negotiators ...":
/// after a word that took up the main round, talks in a city of their own are another round, between the states named
/// from the noun on; people told after another meeting's word are at that meeting, not at the talks told after it.
@Suite struct RoundOfItsOwnCityTests {
    private let opening = "Headline here\n\nNovember 25, 2025\n\nA US team led by Army Secretary Dan Driscoll held talks with a Russian delegation in Abu Dhabi late on Monday, officials said.\n\n"

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: opening + text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties)" }
    }

    @Test(arguments: [
        "The meeting in the Emirati capital followed Sunday's talks in Geneva, where American and Ukrainian negotiators reworked a 28-point proposal.",
        "The session in the Emirati capital came after Sunday's talks in Geneva, where American and Ukrainian negotiators reworked the plan.",
    ])
    func anotherRound(text: String) {
        #expect(meetings(text) == ["talks Abu Dhabi 2025-11-24 [\"RU\", \"US\"]", "talks Geneva 2025-11-23 [\"UA\", \"US\"]"])
    }

    @Test func theSameCityIsTheSameRound() {
        let text = "The meeting in the Emirati capital followed earlier talks in Abu Dhabi, where the two teams met."
        #expect(meetings(text) == ["talks Abu Dhabi 2025-11-24 [\"RU\", \"US\"]"])
    }

    @Test func peopleAtTheMeetingToldBefore() {
        let body = "Headline here\n\nDecember 15, 2025\n\nUkrainian President Volodymyr Zelensky held talks with US envoys in Berlin on Sunday.\n\n"
            + "The Berlin talks follow a meeting between Mr Witkoff, Mr Kushner and Mr Putin at the Kremlin on December 2, and negotiations in Geneva on November 23 at which a 28-point draft was reworked."
        let x = Extractor.extract(body: body)
        guard let geneva = x.meetings.first(where: { $0.place == "Geneva" }) else { Issue.record("no Geneva round"); return }
        #expect(x.delegations.filter { $0.meeting == geneva.id }.flatMap { [$0.head].compactMap { $0 } + $0.members } == [])
    }
}
