@testable import ParleyExtract
import Testing

/// Calls told around a leaders' meeting: a video call "with European leaders" after a call with Putin is another call; "phoned a
/// group of European leaders" is a call; "spoke by phone with Putin before the Ukrainian team arrived" is on the meeting's day.
@Suite struct CallsAroundALeadersMeetingTests {
    private static let mar = "Donald Trump hosted Volodymyr Zelensky at Mar-a-Lago on Sunday."

    private static func calls(_ text: String) -> [String] {
        DatedArticle.extract(text, on: "29 December 2025").meetings.filter { $0.kind == .call }
            .map { "\($0.date ?? "-") \($0.parties.sorted().joined(separator: ","))" }
    }

    @Test func aVideoCallWithOtherSidesIsAnotherCall() {
        let found = Self.calls(Self.mar + " On Sunday morning, Mr Trump spoke to Vladimir Putin by telephone. After their talks, Mr Trump "
            + "and Mr Zelensky joined a video call with European leaders including Emmanuel Macron.")
        #expect(found.count == 2)
        #expect(found.last?.contains("FR") ?? false)
    }

    @Test func theCallToldAgainIsTheSameCall() {
        let found = Self.calls(Self.mar + " On Sunday morning, Mr Trump spoke to Vladimir Putin by telephone. The call lasted over an hour.")
        #expect(found.count == 1)
    }

    @Test func phoningAGroupOfLeadersIsACall() {
        let found = Self.calls(Self.mar + " Trump spoke to Vladimir Putin by phone on Sunday. After the talks, Trump and Zelensky phoned a "
            + "group of European leaders including France's Emmanuel Macron.")
        #expect(found == ["2025-12-28 RU,US", "2025-12-28 FR,UA,US"])
    }

    @Test func callingLeadersSomethingIsNoCall() {
        #expect(Self.calls(Self.mar + " Trump called European leaders weak.").isEmpty)
    }

    @Test func aCallBeforeTheVisitorsArrivedIsOnTheMeetingsDay() {
        let found = DatedArticle.extract("Then, on 28 December, Volodymyr Zelensky met Donald Trump at Mar-a-Lago, his Palm Beach "
            + "residence. Trump spoke by phone with Russian president Vladimir Putin before the Ukrainian team arrived.", on: "7 January 2026")
        #expect(found.meetings.filter { $0.kind == .call }.map { $0.date ?? "-" } == ["2025-12-28"])
    }
}
