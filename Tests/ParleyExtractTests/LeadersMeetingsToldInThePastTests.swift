@testable import ParleyExtract
import Testing

/// Leaders' meetings told in the past: two leaders who talked for hours, met where and when the sentence before put them
/// both; a summit that opens a sentence as the subject of a past verb; a leader who went to another's seat.
@Suite struct LeadersMeetingsToldInThePastTests {
    @Test func twoLeadersWhoTalkedForHoursWhereTheyWereNamedTogether() {
        let text = "When U.S. President Donald Trump and Russian President Vladimir Putin walked off the stage at Joint Base "
            + "Elmendorf-Richardson in Anchorage on August 15, neither had a ceasefire to announce. The two leaders had talked for "
            + "roughly three hours in a three-on-three format."
        #expect(DatedArticle.meetings(text, on: "19.08.2025") == ["summit Anchorage 2025-08-15 held"])
    }

    @Test(arguments: [
        ("The Trump-Putin summit in Alaska produced no ceasefire.", "summit Alaska - held"),
        ("A summit in Budapest needed careful preparation.", "summit Budapest - proposed"),
    ])
    func aSummitSubjectOfAPastVerbWasHeld(text: String, meeting: String) {
        #expect(DatedArticle.meetings(text, on: "19.08.2025") == [meeting])
    }

    @Test(arguments: [
        ("On Monday, Ukrainian President Volodymyr Zelensky returned to the White House, flanked by European leaders.",
         ["summit Washington 2025-08-18 held"]),
        ("US President Donald Trump and Russian President Vladimir Putin ended their first summit since Trump returned to the White "
            + "House without an agreement.", ["summit - - held"]),
    ])
    func aLeaderWhoWentToAnothersSeat(text: String, meetings: [String]) {
        #expect(DatedArticle.meetings(text, on: "19.08.2025") == meetings)
    }
}

/// "was in Dublin on Tuesday on his first official visit to Ireland": a visit to a state is placed in the city of that state
/// the sentence puts the visitor in.
@Suite struct VisitPlacedInTheCityTests {
    @Test func theCityOfTheStateVisited() {
        let text = "Ukrainian president Volodymyr Zelensky was in Dublin on Tuesday on his first official visit to Ireland."
        #expect(DatedArticle.meetings(text, on: "03.12.2025") == ["summit Dublin 2025-12-02 held"])
    }

    @Test func aStateWithNoCityToldStays() {
        let text = "Ukrainian president Volodymyr Zelensky arrived on Tuesday on his first official visit to Ireland."
        #expect(DatedArticle.meetings(text, on: "03.12.2025") == ["summit Ireland 2025-12-02 held"])
    }
}
