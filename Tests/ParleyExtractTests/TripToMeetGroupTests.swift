@testable import ParleyExtract
import Testing

/// "Driscoll was expected to travel on to Abu Dhabi for talks with a Russian delegation": talks planned in a city of two
/// words, between the traveller's side and the group's, not the host's.
@Suite struct TripToMeetGroupTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nNovember 24, 2025\n\nUS Army Secretary Dan Driscoll spoke.\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.status) \($0.parties)" }
    }

    @Test(arguments: [
        "Driscoll was expected to travel on to Abu Dhabi for talks with a Russian delegation, according to a US official.",
        "Driscoll was expected to travel to Abu Dhabi this week to meet a Russian delegation, a U.S. official told Newsweek.",
    ])
    func talksWithTheGroup(text: String) {
        #expect(meetings(text) == ["talks Abu Dhabi planned [\"US\", \"RU\"]"])
    }
}
