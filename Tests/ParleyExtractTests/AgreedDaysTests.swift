@testable import ParleyExtract
import Testing

/// Days of an agreement are not the meeting's: "agreed in October to meet in Budapest" is a summit still undated, and talks
/// named for "agreements reached during the Istanbul talks" take no day told before them.
@Suite struct AgreedDaysTests {
    private let lead = "US President Donald Trump and Russian President Vladimir Putin spoke. "

    private func meetings(_ text: String) -> [String] {
        DatedArticle.meetings(lead + text, on: "Dec. 3, 2025")
    }

    @Test(arguments: ["Mr. Trump and Mr. Putin agreed in October to meet in Budapest, but the plan was shelved days later.",
                      "Donald Trump and Vladimir Putin agreed on Thursday to meet in Budapest within two weeks."])
    func theDayOfAnAgreementToMeet(_ text: String) {
        #expect(meetings(text) == ["summit Budapest - planned"])
    }

    @Test func aMeetingOnItsOwnDay() {
        #expect(meetings("Donald Trump and Vladimir Putin met in Budapest on Thursday.") == ["summit Budapest 2025-11-27 held"])
    }

    @Test func talksNamedForWhatWasAgreedAtThem() {
        #expect(meetings("The previous exchange took place on October 2, when Ukraine returned 185 servicemen and 20 civilians under "
            + "agreements reached during the Istanbul talks.") == ["exchange - 2025-10-02 held", "talks Istanbul - held"])
        let withMain = DatedArticle.meetings("Russian and Ukrainian delegations met in Abu Dhabi on Wednesday. The previous exchange "
            + "took place on October 2, when Ukraine returned 185 servicemen under agreements reached during the Istanbul talks.",
            on: "Dec. 3, 2025")
        #expect(withMain.contains("talks Istanbul - held"))
    }
}
