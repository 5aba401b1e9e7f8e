@testable import ParleyExtract
import Testing

/// "spent Sunday at the US mission in the Swiss city": the city of that state named last; "Driscoll and Witkoff were
/// also at the table, while the Ukrainian side included Umerov": members of each side; "Driscoll, who led a Pentagon
/// delegation to Kyiv on Thursday, presented the document to Zelensky": the journey places and dates the handing; "would
/// not conduct negotiations": no talks.
@Suite struct TheStatesCityAndTableTests {
    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\n24 November 2025\n\n" + text)
    }

    private func meetings(_ text: String) -> [String] {
        extract(text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    private let geneva = "American and Ukrainian negotiators drew up a refined framework after a day of talks in Geneva. "

    @Test func theStatesCityIsTheOneNamedLast() {
        let text = geneva + "The US team spent Sunday at the US mission in the Swiss city with a Ukrainian delegation."
        #expect(meetings(text) == ["talks Geneva 2025-11-23 held [\"UA\", \"US\"]"])
    }

    @Test func noCityOfThatStateNamedPlacesNothing() {
        let text = "Negotiators drew up a refined framework after a day of talks. "
            + "The US team spent Sunday at the US mission in the Swiss city with a Ukrainian delegation."
        #expect(meetings(text) == ["talks - 2025-11-23 held [\"UA\", \"US\"]"])
    }

    @Test func peopleAtTheTableAndASideIncluding() {
        let text = geneva + "The US team was led by Secretary of State Marco Rubio. Army Secretary Dan Driscoll and special envoy Steve "
            + "Witkoff were also at the table, while the Ukrainian side included Rustem Umerov, the security council secretary."
        let out = extract(text)
        #expect(out.delegations.map { "\($0.side) \($0.head ?? "-") \($0.members)" }.sorted() == [
            "UA - [\"Rustem Umerov\"]",
            "US Marco Rubio [\"Dan Driscoll\", \"Steve Witkoff\"]",
        ])
    }

    @Test func journeyInTheGiversClausePlacesTheHanding() {
        let text = "The plan was drawn up by Army Secretary Dan Driscoll and put to President Volodymyr Zelensky last week. "
            + "Driscoll, who led a Pentagon delegation to Kyiv on Thursday, presented the document to Zelensky in person."
        #expect(meetings(text) == ["talks Kyiv 2025-11-20 held [\"UA\", \"US\"]"])
    }

    @Test(arguments: [
        "Peskov said Russia would not conduct negotiations through the media.",
        "Peskov said Moscow will never hold talks under an ultimatum.",
    ])
    func aVerbOfHoldingDeniedTellsNoTalks(text: String) {
        #expect(meetings(text) == [])
    }
}
