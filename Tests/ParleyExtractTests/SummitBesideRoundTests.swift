@testable import ParleyExtract
import Testing

/// A leaders' summit told beside the round the article reports takes none of the round's place; "said after the meeting
/// that ... would" tells no meeting to come; "by late August" is a deadline, not a date.
@Suite struct SummitBesideRoundTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJuly 24, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test func theSummitAndTheRoundEachInTheirOwnPlace() {
        let text = "Russia and Ukraine agreed Wednesday to trade more prisoners but remained far apart on a summit of their leaders, "
            + "after a third round of direct talks in Istanbul.\n\nThe delegations, led by Vladimir Medinsky and Rustem Umerov, sat "
            + "down in the evening at the waterfront Ciragan Palace.\n\nHakan Fidan said after the meeting that Turkey would continue "
            + "to support the process."
        #expect(meetings(text) == ["summit - - - planned", "talks Istanbul Ciragan Palace 2025-07-23 held"])
    }

    @Test func aMonthSomethingIsDueByDatesNothing() {
        let text = "Rustem Umerov said Kyiv had suggested that Volodymyr Zelenskyy and Vladimir Putin hold a summit by late August."
        #expect(meetings(text) == ["summit - - - proposed"])
    }

    @Test func aChallengeToMeetIsAProposedSummitWhereItsWordsPutIt() {
        let text = "Russian President Vladimir Putin, who first floated the Istanbul meeting, stayed in Moscow and ignored a challenge "
            + "from Ukrainian President Volodymyr Zelenskyy to meet him in Turkey in person."
        #expect(meetings(text).filter { $0.hasPrefix("summit") } == ["summit Turkey - - proposed"])
    }
}
