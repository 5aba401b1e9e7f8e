@testable import ParleyExtract
import Testing

/// "Witkoff and Jared Kushner, Donald Trump's son-in-law, held close to five hours of talks with Vladimir Putin": envoys'
/// talks, with Trump only an owner; "far shorter than the first encounter in the city on May 16" in a report on talks is
/// a round; "in 40-minute Istanbul talks": the length of the talks.
@Suite struct EnvoysAndEncounterTests {
    private func extraction(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline\n\nMOSCOW, December 3, 2025\n\n" + text + "\n")
    }

    private let envoys = "US special envoy Steve Witkoff and Jared Kushner, Donald Trump’s son-in-law, held close to five hours of talks "
        + "with Vladimir Putin in the Kremlin on Tuesday night."

    @Test func envoysTalksWithALeaderAreTalks() {
        let found = extraction(envoys)
        #expect(found.meetings.map { "\($0.kind) \($0.date ?? "-")" } == ["talks 2025-12-02"])
        #expect(found.figures.map { "\($0.topic) \($0.value)" } == ["negotiations 5.0"])
    }

    @Test func anOwnerIsNotSetOff() {
        let trump = extraction(envoys).people.first { $0.name == "Donald Trump" }
        #expect(trump?.roles.isEmpty ?? false)
    }

    @Test func anEncounterOfNoOneNamedIsARound() {
        let text = """
            Russian and Ukrainian negotiators met in Istanbul on Wednesday for the third time since May.

            The session lasted about 40 minutes, far shorter than the first encounter in the city on May 16, which ran for nearly two hours.
            """
        let found = extraction(text)
        #expect(!found.meetings.contains { $0.kind == .summit })
        #expect(found.figures.allSatisfy { $0.topic == "negotiations" })
    }

    @Test func aDurationBeforeAPlaceNamingTheTalks() {
        let found = extraction("Russia and Ukraine agree new prisoner swap in 40-minute Istanbul talks.")
        #expect(found.figures.map { "\($0.topic) \($0.value)" } == ["negotiations 40.0"])
    }
}

/// Only a length is a leaders' meeting's figure: a share of issues settled told after a summit stays the negotiations'.
@Suite struct ShareAtASummitTests {
    @Test func aShareOfIssuesSettledStaysNegotiations() {
        let text = "Headline\n\nDecember 16, 2025\n\nEuropean leaders met Ukrainian President Volodymyr Zelensky in Berlin on Monday evening.\n\n"
            + "A US official told reporters in Berlin that around 90% of the issues between Ukraine and the US had been settled.\n"
        let figures = Extractor.extract(body: text).figures
        #expect(figures.map { "\($0.topic) \($0.value)" } == ["negotiations 90.0"])
    }
}
