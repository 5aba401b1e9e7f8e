@testable import ParleyExtract
import Testing

/// A phrase set off before a name is its role only when it is one: not the name and title of someone before it in a list,
/// not a relative clause; after a verb of meeting, its object ("hosted Ukraine's new chief negotiator, Rustem Umerov").
/// And "Speaking in Dublin on Tuesday, where he met Taoiseach Micheal Martin, Zelensky said" tells their summit there.
@Suite struct FrontedPhraseNotRoleTests {
    private func roles(_ text: String, of name: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 3, 2025\n\n" + text).people.first { $0.name == name }?.roles.map(\.text) ?? []
    }

    @Test(arguments: [
        ("The call included British Prime Minister Keir Starmer, French President Emmanuel Macron and German Chancellor "
            + "Friedrich Merz.", "Emmanuel Macron", ["French President"]),
        ("Speaking in Dublin on Tuesday, where he met Taoiseach Micheal Martin, President Volodymyr Zelensky said Kyiv was "
            + "waiting for signals.", "Volodymyr Zelensky", ["President"]),
        ("In Florida, Witkoff, Jared Kushner and Marco Rubio hosted Ukraine's new chief negotiator, Rustem Umerov.",
         "Rustem Umerov", ["Ukraine's new chief negotiator"]),
    ])
    func onlyARoleIsOne(text: String, name: String, expected: [String]) {
        #expect(roles(text, of: name) == expected)
    }

    @Test func aSummitToldInTheCitySpokenIn() {
        let e = Extractor.extract(body: "Headline here\n\nDecember 3, 2025\n\nSpeaking in Dublin on Tuesday, where he met Taoiseach "
            + "Micheal Martin, President Volodymyr Zelensky said Kyiv was waiting for signals from the US team.")
        #expect(e.meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" } == ["summit Dublin 2025-12-02 [\"IE\", \"UA\"]"])
    }
}
