@testable import ParleyExtract
import Testing

/// "U.S. and Ukrainian officials held talks in Florida": the host is a side when the subject names it beside the
/// other; and a round named again later in the sentence ("..., the first round since ...") keeps the place told
/// right after the first mention.
@Suite struct HostAsSideTests {
    @Test(arguments: [
        ("U.S. and Ukrainian officials held talks in Florida on November 30.", "Florida [\"UA\", \"US\"]"),
        ("U.S. and Ukrainian officials held nearly four hours of talks in Florida on November 30 on a U.S.-drafted plan to end "
            + "Russia's full-scale invasion, the first round since Andriy Yermak resigned amid a corruption scandal.", "Florida [\"UA\", \"US\"]"),
        ("Russian and Ukrainian officials held talks in Istanbul on November 30.", "Istanbul [\"RU\", \"UA\"]"),
    ])
    func theSidesAndPlace(_ text: String, _ expected: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished December 1, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.filter { $0.kind == .talks }.map { "\($0.place ?? "-") \($0.parties)" } == [expected])
    }
}

/// "Yermak, who led Ukraine's team at talks in Geneva a week earlier": talks named right after with a place in
/// another state, or in another city, are another round, dated by their own phrase.
@Suite struct RoundElsewhereTests {
    @Test(arguments: [
        ("Yermak, who led Ukraine's team at talks in Geneva a week earlier, resigned on Friday.", ["Florida 2025-11-30", "Geneva 2025-11-23"]),
        ("Umerov, who led Ukraine's team at the talks in Florida, said the talks went well.", ["Florida 2025-11-30"]),
    ])
    func anotherRound(_ text: String, _ expected: [String]) {
        let body = "Headline here\n\nPublished December 1, 2025\n\n"
            + "U.S. and Ukrainian officials held talks in Florida on November 30 on a peace plan. " + text
        let e = Extractor.extract(body: body, actors: ActorDictionary())
        #expect(e.meetings.filter { $0.kind == .talks }.map { "\($0.place ?? "-") \($0.date ?? "-")" } == expected)
    }
}
