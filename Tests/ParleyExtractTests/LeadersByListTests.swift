@testable import ParleyExtract
import Testing

/// Leaders told by a list of states ("The U.S. and Russian presidents, Donald Trump and Vladimir Putin, ..."), a venue owned
/// by its city ("at Anchorage's Joint Base Elmendorf-Richardson"), "his Monday meeting ... would" ahead, and "the Anchorage
/// talks" as the summit held there.
@Suite struct LeadersByListTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "WASHINGTON, Aug. 16, 2025 — " + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        "The U.S. and Russian presidents spent almost three hours together at Joint Base Elmendorf-Richardson in Anchorage on Friday.",
        "The U.S. and Russian presidents, Donald Trump and Vladimir Putin, met at Joint Base Elmendorf-Richardson in Anchorage on Friday.",
        "Donald Trump and Vladimir Putin met at Anchorage's Joint Base Elmendorf-Richardson on Friday.",
    ])
    func presidentsOfTwoStatesMeetingIsASummit(_ text: String) {
        #expect(meetings(text) == ["summit Anchorage Joint Base Elmendorf-Richardson 2025-08-15 RU+US held"])
    }

    @Test(arguments: [
        ("Volodymyr Zelenskyy said Saturday that his Monday meeting with Donald Trump in Washington would cover all the details.",
         "summit Washington - 2025-08-18 UA+US planned"),
        ("Volodymyr Zelenskyy said Saturday that his Monday meeting with Donald Trump in Washington covered all the details.",
         "summit Washington - 2025-08-11 UA+US held"),
    ])
    func aWeekdayNamingAMeetingFollowsItsVerb(_ text: String, _ expected: String) {
        #expect(meetings(text) == [expected])
    }

    @Test func talksNamedByTheSummitsPlaceAreThatSummit() {
        let text = "Donald Trump and Vladimir Putin met in Anchorage on Friday. A senior Ukrainian official said Kyiv had not "
            + "been given a readout of the Anchorage talks."
        #expect(meetings(text) == ["summit Anchorage - 2025-08-15 RU+US held"])
    }
}
