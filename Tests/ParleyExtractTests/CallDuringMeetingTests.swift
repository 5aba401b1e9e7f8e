@testable import ParleyExtract
import Testing

/// A call made in the middle of a meeting, its length, and talks the leaders on it support.
@Suite struct CallDuringMeetingTests {
    private let text = "Headline here\n\nAugust 19, 2025\n\n"
        + "Ukrainian President Volodymyr Zelensky met US President Donald Trump at the White House on Monday.\n"
        + "Trump said he had called Russian President Vladimir Putin during a break in the talks.\n"
        + "Kremlin aide Yuri Ushakov said the call lasted 40 minutes and that the two leaders supported direct talks "
        + "between Russia and Ukraine."

    @Test func theCallTakesTheMeetingsDayAndTheTalksBreakIsNoRoundOfItsOwn() {
        let m = Extractor.extract(body: text).meetings
        #expect(m.map { "\($0.kind) \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
            == ["summit 2025-08-18 UA+US held", "call 2025-08-18 RU+US held", "talks - RU+UA proposed"])
    }

    @Test func theLengthOfTheCallIsTheCalls() {
        let e = Extractor.extract(body: text)
        #expect(e.figures.map(\.meeting) == [e.meetings.first { $0.kind == .call }?.id])
    }
}
