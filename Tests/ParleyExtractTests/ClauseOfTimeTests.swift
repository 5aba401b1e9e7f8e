@testable import ParleyExtract
import Testing

/// "..., the first round since Andriy Yermak, the powerful head of President Volodymyr Zelenskyy's office, resigned":
/// the subject of a clause of time is no negotiator, and a title before "of" belongs to the office's holder, not the
/// owner after it.
@Suite struct ClauseOfTimeTests {
    private let text = "Headline here\n\nPublished December 1, 2025\n\nU.S. and Ukrainian officials held talks in Florida on November 30, "
        + "the first round since Andriy Yermak, the powerful head of President Volodymyr Zelenskyy's office, resigned."

    @Test func noHeadFromTheClauseOfTime() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(e.delegations.map { "\($0.side) \($0.head ?? "-")" } == ["UA -", "US -"])
    }

    @Test func theOwnerKeepsOnlyItsOwnTitle() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(e.people.first { $0.name.hasPrefix("Volodymyr") }?.roles.map(\.text) == ["President"])
    }
}
