@testable import ParleyExtract
import Testing

/// "Trump said on Sunday ..., after hosting Zelensky at his Mar-a-Lago estate": a leaders' meeting on the day of the
/// statement, where the reporter files from; "Before the meeting, Trump spoke by telephone with Putin": a call that day;
/// "he would call Putin again": another call; a dateline found past many lines of menus; "after meeting Mr Putin in Alaska
/// on Friday", then "The Alaska summit, held ... in Anchorage": one summit, in the city.
@Suite struct HostedAfterTests {
    private func meetings(_ body: String) -> [String] {
        Extractor.extract(body: body).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.joined(separator: "+"))" }
    }

    private let lead = """
        PALM BEACH, Florida – US President Donald Trump said on Sunday that Washington and Kyiv were "a lot closer" to an \
        agreement, after hosting Ukrainian President Volodymyr Zelensky at his Mar-a-Lago estate.

        Before the meeting, Trump spoke by telephone with Russian President Vladimir Putin for about 75 minutes.

        Trump said he would call Putin again "very soon".
        """

    @Test func aLeaderHostedAfterWhomTheStatementWasMade() {
        let found = meetings("Headline\n\n29.12.2025\n\n" + lead + "\n")
        #expect(found == ["summit Palm Beach 2025-12-28 held US+UA", "call - 2025-12-28 held US+RU", "call - - planned US+RU"])
    }

    @Test func theDatelineIsFoundPastManyLinesOfMenus() {
        let menus = (1...14).map { "Menu item \($0)" }.joined(separator: "\n\n")
        let found = meetings("Headline\n\n29.12.2025\n\n" + menus + "\n\n" + lead + "\n")
        #expect(found.first == "summit Palm Beach 2025-12-28 held US+UA")
    }

    @Test func aSummitTakenUpByItsRegionIsPlacedInTheCity() {
        let text = "Mr Trump, who dropped his own demand for a ceasefire after meeting Mr Putin in Alaska on Friday, said he did not "
            + "think one was necessary.\n\nThe Alaska summit, held at Joint Base Elmendorf-Richardson in Anchorage, lasted nearly "
            + "three hours."
        let found = Extractor.extract(body: "Headline\n\nLONDON, August 19, 2025 –\n\n" + text + "\n").meetings
        #expect(found.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+"))" }
            == ["summit Anchorage Joint Base Elmendorf-Richardson 2025-08-15 US+RU"])
    }
}
