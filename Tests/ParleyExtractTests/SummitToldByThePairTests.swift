@testable import ParleyExtract
import Testing

/// A summit told by "the leaders" or "the two men" of an article naming two states' leaders; a meeting set off after the
/// summit noun; a trip joined to a verb of the sentence's subject by "and would".
@Suite struct SummitToldByThePairTests {
    private let lead = "Vladimir Putin flew home from Alaska without agreeing to a ceasefire with Donald Trump.\n\n"

    @Test func timeTheLeadersSpentTogetherIsTheirSummitWhereTheTwoMenWere() {
        let text = lead + "Vladimir Putin spoke as the two men wrapped up a brief press appearance on Friday at Joint Base "
            + "Elmendorf-Richardson.\n\nThe leaders spent close to three hours together in a three-on-three format."
        #expect(DatedArticle.meetings(text, on: "Saturday August 16 2025") == ["summit Anchorage 2025-08-15 held"])
    }

    @Test func theLeadersOfAnArticleNamingThreeStatesAreNoPair() {
        let text = "Emmanuel Macron, Vladimir Putin and Donald Trump spoke on Friday.\n\nThe leaders spent close to three hours together."
        #expect(!DatedArticle.meetings(text, on: "Saturday August 16 2025").contains { $0.hasPrefix("summit") })
    }

    @Test func aMeetingSetOffAfterTheSummitNounIsThatSummit() {
        let text = "Vladimir Putin and Donald Trump met in Anchorage on Friday.\n\nThe summit, the first face-to-face meeting between the "
            + "two men since the G20 gathering in Osaka in 2019, was arranged in little more than a week."
        #expect(DatedArticle.meetings(text, on: "Saturday August 16 2025") == ["summit Anchorage 2025-08-15 held", "summit Osaka 2019 held"])
    }

    @Test func aTripJoinedByAndWouldIsTheSubjects() {
        let text = "Vladimir Putin and Donald Trump met in Anchorage on Friday.\n\nVolodymyr Zelensky said he had held a long conversation "
            + "with Donald Trump after the summit and would travel to Washington on Monday to meet him."
        #expect(DatedArticle.meetings(text, on: "Saturday August 16 2025") == ["summit Anchorage 2025-08-15 held", "summit Washington 2025-08-18 planned"])
    }

    @Test func aCallHadBeforeAndWouldIsHeldAndUndated() {
        let text = "Volodymyr Zelensky said he had spoken by phone with Donald Trump and would travel to Washington on Monday."
        #expect(DatedArticle.meetings(text, on: "Saturday August 16 2025") == ["summit Washington 2025-08-18 planned", "call - - held"])
    }
}
