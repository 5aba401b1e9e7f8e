@testable import ParleyExtract
import Testing

/// Leaders' meetings told again after the summit an article reports: the summit placed by its city and its region, a
/// meeting said of "it", an earlier one after "since", "they" for the two leaders, and a three-way meeting put forward.
@Suite struct LeadersMeetingsToldAgainTests {
    private func meetings(_ text: String) -> [String] { DatedArticle.meetings(text, on: "16.08.2025") }
    private let summit = "Donald Trump and Vladimir Putin emerged from their summit in Alaska on Friday without a ceasefire.\n\n"

    @Test func aSummitToldInItsCityAndThenInItsRegionIsOne() {
        #expect(meetings("Donald Trump and Vladimir Putin talked for nearly three hours in Anchorage.\n\n" + summit)
            == ["summit Anchorage 2025-08-15 held"])
    }

    @Test func aMeetingSaidOfItIsTheOneToldAndSinceItTellsAnEarlierOne() {
        #expect(meetings(summit + "It was the first face-to-face meeting between the two since they met on the sidelines of the G20 "
            + "in Osaka in 2019, and the first standalone U.S.-Russian summit since Helsinki in 2018.")
            == ["summit Alaska 2025-08-15 held", "summit Helsinki 2018 held", "summit Osaka 2019 held"])
    }

    @Test func theyAfterASentenceOfTheTwoLeadersAreThem() {
        #expect(meetings(summit + "They last met in Osaka in 2019.") == ["summit Alaska 2025-08-15 held", "summit Osaka 2019 held"])
    }

    @Test(arguments: ["Trump also said Putin appeared open to a three-way meeting that would include the Ukrainian leader.",
                      "Volodymyr Zelensky spoke. Trump suggested that a three-way meeting with Mr. Putin and Mr. Zelensky could follow."])
    func aThreeWayMeetingOfLeadersPutForwardIsASummitProposed(text: String) {
        let e = DatedArticle.extract(summit + text, on: "16.08.2025")
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.status.rawValue) \($0.parties.sorted())" }.last == "summit proposed [\"RU\", \"UA\", \"US\"]")
    }

    @Test(arguments: ["Yuri Ushakov said a trilateral summit had not been discussed.",
                      "The second trilateral meeting in Abu Dhabi ended on Thursday."])
    func noThreeWaySummitDeniedOrOfDelegations(text: String) {
        #expect(!DatedArticle.extract(summit + text, on: "16.08.2025").meetings.contains { $0.status == .proposed })
    }

    @Test func verbsJoinedByAndShareTheSpeakerForHe() {
        #expect(meetings("Volodymyr Zelenskyy described the call as long and announced that he would meet Donald Trump in the Oval "
            + "Office on Monday.") == ["summit Washington 2025-08-18 planned"])
    }
}
