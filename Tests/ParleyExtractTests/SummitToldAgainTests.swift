@testable import ParleyExtract
import Testing

/// A summit told again in other words: by the two leaders meeting in a city of its region (before it is read as held), by a
/// subject naming it by its city ("The Anchorage meeting was the first ... encounter since ..."), by the leader's "first visit
/// ... since 2015"; the venue a leader floats for the next meeting, which "Next time in Moscow" then tells again; and "the
/// Monday meeting" that takes up the talks told for Monday.
@Suite struct SummitToldAgainTests {
    private let article = """
        Trump says no deal until there is a deal

        Published Aug 16, 2025 at 6:02 AM EDT

        U.S. President Donald Trump and Russian President Vladimir Putin ended their high-stakes summit in Alaska on Friday without \
        an agreement, with Putin floating Moscow as the venue for their next meeting.

        The two leaders met for nearly three hours at Joint Base Elmendorf-Richardson in Anchorage before appearing together in \
        front of reporters.

        The Anchorage meeting was the first face-to-face encounter between the two presidents since their 2018 summit in \
        Helsinki, and Putin's first visit to U.S. soil since 2015.

        As the leaders left the stage, Putin said in English: "Next time in Moscow."

        Ukrainian President Volodymyr Zelenskyy said he would travel to Washington for talks at the White House on Monday.

        Trump confirmed the Monday meeting with Zelenskyy and wrote that the talks had gone well.
        """

    @Test func eachSummitOnce() {
        let e = Extractor.extract(body: article)
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status.rawValue) \($0.parties.sorted())" }
            == ["summit Anchorage Joint Base Elmendorf-Richardson 2025-08-15 held [\"RU\", \"US\"]",
                "summit Moscow - - proposed [\"RU\", \"US\"]",
                "summit Helsinki - 2018 held []",
                "summit Washington White House 2025-08-18 planned [\"UA\", \"US\"]"])
    }

    @Test func aWeekdayWithNoMeetingToldOnItNamesItsOwn() {
        let e = Extractor.extract(body: "Headline here\n\nPublished Aug 16, 2025\n\nU.S. President Donald Trump met Ukrainian President "
            + "Volodymyr Zelenskyy in Washington on Friday. Trump recalled the Monday meeting with French President Emmanuel Macron.")
        #expect(e.meetings.contains { $0.date == "2025-08-11" })
    }

    @Test func aPlaceNotPutForwardIsNoVenue() {
        let e = Extractor.extract(body: "Headline here\n\nPublished Aug 16, 2025\n\nU.S. President Donald Trump and Russian President "
            + "Vladimir Putin ended their summit in Alaska on Friday, with Putin describing Moscow as the venue for their next meeting.")
        #expect(!e.meetings.contains { $0.place == "Moscow" && $0.status == .proposed })
    }
}
