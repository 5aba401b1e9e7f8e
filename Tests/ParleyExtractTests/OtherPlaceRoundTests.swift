import ParleyExtract
import Testing

/// A round told at another place than the talks already named is another round: "the Vatican ... interested in hosting
/// the negotiations", then "delegations met in Istanbul on 16 May for their first direct talks".
@Suite struct OtherPlaceRoundTests {
    static let offer = "Headline here\n\nPublished May 19, 2025\n\nDonald Trump spoke with Vladimir Putin by phone. "
        + "The Vatican said it would be very interested in hosting the negotiations.\n\n"

    static func meetings(_ text: String) -> [String] {
        Extractor.extract(body: offer + text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test(arguments: [
        "Russian and Ukrainian delegations met in Istanbul on 16 May for their first direct talks since 2022.",
        "Russian and Ukrainian delegations held talks in Istanbul on 16 May.",
    ])
    func theHeldRoundKeepsItsOwnPlace(text: String) {
        let meetings = OtherPlaceRoundTests.meetings(text)
        #expect(meetings.contains("talks Istanbul 2025-05-16 held"))
        #expect(meetings.contains("talks Vatican - planned"))
    }

    /// "The call came three days after ... met in Istanbul on 16 May": the undated call told before is dated from it.
    @Test(arguments: [("three days after", "2025-05-19"), ("a day before", "2025-05-15")])
    func theCallDatedFromTheMeetingAfterIt(distance: String, day: String) {
        let text = "The call came \(distance) Russian and Ukrainian delegations met in Istanbul on 16 May."
        #expect(OtherPlaceRoundTests.meetings(text).first == "call - \(day) held")
    }
}

/// A date line after a cookie banner, the outlet's name, breadcrumbs, a headline, a standfirst and a byline.
@Suite struct PublishedAfterFurnitureTests {
    @Test func theDateLineBelowThePageFurniture() {
        let text = """
            We use cookies to personalise content and ads. Accept all | Manage preferences

            The Independent

            News › World › Europe

            Trump says talks will start immediately after call with Putin

            Putin offers to work on a memorandum but gives no ground on a truce

            Hannah Whitcombe in Washington

            Monday 19 May 2025 22:41 BST

            Donald Trump spoke with Vladimir Putin by phone on Monday.
            """
        let extraction = Extractor.extract(body: text)
        #expect(extraction.source.published == "2025-05-19")
        #expect(extraction.meetings.map { $0.date } == ["2025-05-19"])
    }
}
