@testable import ParleyExtract
import Testing

/// A report in labelled paragraphs ("Source:", "Details:"): the "Source:" paragraph that names who briefed is text,
/// a title of two offices joined by "and" is one role, and "the exchange agreed today" dates the undated round.
@Suite struct LabelledBriefingTests {
    private let text = "Umerov in Istanbul: sides agree new exchange\n\nWednesday, 23 July 2025, 21:58\n\n"
        + "Ukraine and Russia have agreed to carry out another prisoner exchange.\n\n"
        + "Source: Rustem Umerov, Secretary of the National Security and Defence Council of Ukraine and head of the Ukrainian "
        + "delegation, at a briefing in Istanbul after the talks\n\n"
        + "Details: The third round of direct talks took place at the Çırağan Palace and lasted about 40 minutes.\n\n"
        + "He added that the exchange agreed today must take place without delays."

    @Test func theRoundIsDatedAndLed() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        let talks = e.meetings.first { $0.kind == .talks }
        #expect(talks?.date == "2025-07-23")
        #expect(e.delegations.filter { $0.meeting == talks?.id }.map { "\($0.side) \($0.head ?? "-")" } == ["UA Rustem Umerov"])
        #expect(e.people.first { $0.name == "Rustem Umerov" }?.roles.map(\.text)
            == ["Secretary of the National Security and Defence Council of Ukraine and head of the Ukrainian delegation"])
    }

    @Test(arguments: ["Source: Reuters", "Source: AFP/Getty Images"])
    func aShortSourceLineIsACredit(_ line: String) {
        let e = Extractor.extract(body: "Headline here\n\nRussia and Ukraine met in Istanbul.\n\n" + line, actors: ActorDictionary())
        #expect(e.people.isEmpty && e.claims.isEmpty)
        #expect(Document("Headline here\n\n" + line).paragraphs.last?.kind != .body)
    }
}

/// The lead paragraph a "Source:" label follows is that person's claim; "he" after "The Russian delegation was led by
/// Vladimir Medinsky" is Medinsky; "X and had proposed Y" with no subject of its own stays one claim.
@Suite struct SourceLabelClaimsTests {
    private let text = "Sides agree new exchange\n\nWednesday, 23 July 2025, 21:58\n\n"
        + "Ukraine and Russia have agreed to another prisoner exchange, and Kyiv has proposed a meeting of the leaders.\n\n"
        + "Source: Rustem Umerov, Secretary of the National Security and Defence Council of Ukraine and head of the Ukrainian "
        + "delegation, at a briefing in Istanbul after the talks\n\n"
        + "The Russian delegation was again led by Vladimir Medinsky, an aide to Putin. After the meeting he told Russian state media "
        + "that Russia was ready to hand over 3,000 bodies and had proposed short ceasefires."

    @Test func theClaims() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(e.claims.map { "\($0.speaker) | \($0.text)" } == [
            "Rustem Umerov | Ukraine and Russia have agreed to another prisoner exchange, and Kyiv has proposed a meeting of the leaders",
            "Vladimir Medinsky | Russia was ready to hand over 3,000 bodies and had proposed short ceasefires",
        ])
    }
}
