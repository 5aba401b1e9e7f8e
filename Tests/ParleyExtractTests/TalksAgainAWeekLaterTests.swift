@testable import ParleyExtract
import Testing

/// Talks a verb told in one city going on in another "a week later", counted from the sentence's own day; "where they met"
/// after a journey of the people the sentence opens with.
@Suite struct TalksAgainAWeekLaterTests {
    private let report = "Volodymyr Zelensky met Steve Witkoff at the German chancellery in Berlin on Sunday.\n\n"

    @Test func delegationsThatMetInOneCityAndInAnotherAWeekLater() {
        let text = report + "A revised draft emerged after US and Ukrainian delegations met in Geneva on 23 November and in Florida a "
            + "week later."
        #expect(DatedArticle.meetings(text, on: "15 December 2025")
            == ["talks Berlin 2025-12-14 held", "talks Geneva 2025-11-23 held", "talks Florida 2025-11-30 held"])
    }

    @Test func theyWhereAJourneyEndedAreThoseItOpensWith() {
        let text = report + "Steve Witkoff and Jared Kushner then took the text to Moscow, where they spent about five hours with Vladimir "
            + "Putin in the Kremlin on 2 December."
        #expect(DatedArticle.meetings(text, on: "15 December 2025") == ["talks Berlin 2025-12-14 held", "talks Moscow 2025-12-02 held"])
    }
}
