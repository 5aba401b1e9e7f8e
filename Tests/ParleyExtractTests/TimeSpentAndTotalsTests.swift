@testable import ParleyExtract
import Testing

/// "The summit came together quickly after Witkoff spent about three hours with Putin": time spent with someone is that
/// meeting's length, whatever topic word comes before the verb; "brought the total number of captives exchanged ... to 4,955":
/// the count is of the people the number was told of.
@Suite struct TimeSpentAndTotalsTests {
    private func figures(_ text: String, on day: String) -> [String] {
        DatedArticle.extract(text, on: day).figures.map { "\($0.topic) \($0.value) \($0.unit ?? "-")" }
    }

    @Test func timeSpentWithSomeoneAfterAnotherTopicWord() {
        #expect(figures("The summit came together quickly after Steve Witkoff spent about three hours with Vladimir Putin in the Kremlin "
            + "on Aug. 6.", on: "August 16, 2025") == ["negotiations 3.0 hours"])
    }

    @Test func timeSpentAtASummitStaysTheSummits() {
        #expect(figures("Donald Trump spent about three hours with Vladimir Putin at the summit in Anchorage on Friday.", on: "August 16, 2025")
            == ["leaders_meeting 3.0 hours"])
    }

    @Test func aTotalNumberOfPeopleBroughtToACount() {
        #expect(figures("The ministry said the swap brought the total number of captives exchanged through UAE mediation since the start "
            + "of the conflict to 4,955.", on: "February 6, 2026") == ["prisoner_exchange 4955.0 prisoners"])
    }

    @Test func aNumberOfOtherThingsIsNoCount() {
        #expect(figures("The ministry said the swap brought the number of mediations this year to 18.", on: "February 6, 2026").isEmpty)
    }
}
