@testable import ParleyExtract
import Testing

/// "The summit at Joint Base Elmendorf-Richardson on Friday", of a summit told with no place or day, places it at the venue
/// and dates it; "a three-way meeting ... had not been discussed in Anchorage" is not put forward in Anchorage.
@Suite struct SummitVenueAndDiscussedPlaceTests {
    private static let lead = "Donald Trump and Vladimir Putin ended their meeting without an agreement."

    @Test(arguments: [
        ("The summit at Joint Base Elmendorf-Richardson on Friday began with a welcome.", "Anchorage Joint Base Elmendorf-Richardson 2025-08-15"),
        ("The summit at the Diriyah Palace on Friday began with a welcome.", "Riyadh Diriyah Palace 2025-08-15"),
    ])
    func aSummitTakenUpAtItsVenueOnADay(sentence: String, expected: String) {
        let found = DatedArticle.extract(Self.lead + " " + sentence, on: "16 August 2025").meetings
        #expect(found.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" } == [expected])
    }

    @Test func aSummitTakenUpWithNoVenueGetsNone() {
        let found = DatedArticle.extract(Self.lead + " The summit began with a welcome on the tarmac.", on: "16 August 2025").meetings
        #expect(found.map { "\($0.place ?? "-") \($0.venue ?? "-")" } == ["- -"])
    }

    @Test func whereAMeetingWasDiscussedIsNotItsPlace() {
        let found = DatedArticle.meetings("Donald Trump and Vladimir Putin met in Anchorage on Friday. Ushakov told reporters that a "
            + "three-way meeting with the Ukrainian leader had not been discussed in Anchorage.", on: "16 August 2025")
        #expect(found == ["summit Anchorage 2025-08-15 held", "summit - - proposed"])
    }

    @Test func aMeetingProposedInACityStillHasIt() {
        let found = DatedArticle.meetings("Donald Trump and Vladimir Putin met in Anchorage on Friday. Putin proposed a three-way "
            + "meeting with the Ukrainian leader in Moscow.", on: "16 August 2025")
        #expect(found.contains("summit Moscow - proposed"))
    }
}
