@testable import ParleyExtract
import Testing

/// A gerund of meeting fronted before its clause ("By the afternoon, after meeting Zelensky in the Mariinsky Palace, the
/// four leaders ..."), a weekday in a clause after ", and", and a role fronted before a title and a name.
@Suite struct FrontedGerundTests {
    private let arrival = "On Saturday, Friedrich Merz arrived in Kyiv with French President Emmanuel Macron, British Prime Minister "
        + "Keir Starmer and Polish Prime Minister Donald Tusk. "

    private func meetings(_ text: String, published: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n\(published)\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        ("By the afternoon, after meeting Volodymyr Zelensky in the Mariinsky Palace, the four leaders had issued a demand.",
         "summit Kyiv Mariinsky Palace 2025-05-10 DE+FR+GB+PL+UA held"),
        ("After meeting Volodymyr Zelensky in Kyiv, Friedrich Merz issued a demand.", "summit Kyiv - - DE+UA held"),
    ])
    func theClausesSubjectMetThoseAfterTheGerund(_ text: String, _ expected: String) {
        #expect(meetings(arrival + text, published: "May 12, 2025").filter { $0.contains("UA") } == [expected])
    }

    @Test func aWeekdayAfterACommaAndIsNotReadForwardFromAnotherClausesPlans() {
        let text = "Talks in London were reduced to a meeting of officials.\n\nThe foreign secretaries of Britain, France and Germany "
            + "then abandoned plans for a ministerial meeting, and the talks on Wednesday went ahead at the level of officials."
        #expect(meetings(text, published: "April 24, 2025").map { $0.split(separator: " ")[3] } == ["2025-04-23"])
    }

    @Test func aRoleFrontedBeforeATitleAndANameIsTheirs() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Friday.\n\nRussia's chief negotiator, Kremlin aide Vladimir "
            + "Medinsky, told reporters that Moscow was content."
        let found = Extractor.extract(body: "Headline here\n\nMay 16, 2025\n\n" + text)
        #expect(found.people.first { $0.name == "Vladimir Medinsky" }?.roles.map(\.text) == ["Kremlin aide", "Russia's chief negotiator"])
        #expect(found.delegations.map { "\($0.side) \($0.head ?? "-")" }.sorted() == ["RU Vladimir Medinsky", "UA -"])
    }
}
