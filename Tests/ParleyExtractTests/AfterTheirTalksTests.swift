@testable import ParleyExtract
import Testing

/// "After their talks, Mr Trump and Mr Zelensky joined a video call": the talks named only to open the sentence are the
/// meeting just told, and date the call; "he hoped to meet Mr Trump ... again in January", told in December, is next January.
@Suite struct AfterTheirTalksTests {
    private let lead = "US President Donald Trump hosted Ukrainian President Volodymyr Zelensky at his Mar-a-Lago resort in Florida on Sunday. "

    private func meetings(_ text: String) -> [String] {
        DatedArticle.extract(lead + text, on: "Dec. 29, 2025").meetings.map { "\($0.kind.rawValue) \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test func theTalksOpeningTheSentenceAreTheMeetingToldBefore() {
        #expect(meetings("After their talks, Mr Trump and Mr Zelensky joined a video call with European leaders including Sir Keir Starmer "
            + "and Emmanuel Macron.") == ["summit 2025-12-28 held", "call 2025-12-28 held"])
    }

    @Test func aMonthHopedForIsTheNextSuchMonth() {
        #expect(meetings("Mr Zelensky said he hoped to meet Mr Trump and European leaders again in January.")
            == ["summit 2025-12-28 held", "summit 2026-01 planned"])
    }

    @Test func talksWithAPlaceOfTheirOwnAreNotTakenUp() {
        #expect(meetings("Before the talks in Geneva, Ukrainian and US delegations had met in Miami on Friday.").count == 2)
    }

    @Test func aHopeOfThePastIsNoMonthAhead() {
        let e = DatedArticle.extract("Ukrainian President Volodymyr Zelensky had hoped to meet Russian President Vladimir Putin in Istanbul in "
            + "May, but Putin did not come.", on: "June 20, 2025")
        #expect(e.meetings.map(\.date) == ["2025-05"])
    }
}
