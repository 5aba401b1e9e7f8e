@testable import ParleyExtract
import Testing

/// The same meeting told twice (one kind, day, place, sides and status, the venue the same or told once) is one meeting;
/// two meetings of a day at one place with other sides stay two.
@Suite struct MeetingToldTwiceMergeTests {
    private let span = Span(0, 1)

    @Test func oneMeetingToldTwice() {
        let meetings = [
            Meeting(id: "m1", kind: .summit, place: "Palm Beach", venue: "Mar-a-Lago", date: "2025-12-28", parties: ["US", "UA"], status: .held, span: span),
            Meeting(id: "m2", kind: .call, date: "2025-12-28", parties: ["US", "RU"], status: .held, span: span),
            Meeting(id: "m3", kind: .summit, place: "Palm Beach", date: "2025-12-28", parties: ["UA", "US"], status: .held, span: span),
        ]
        let team = Delegation(meeting: "m3", side: "UA", head: "Rustem Umerov", span: span)
        let merged = MeetingMerge.monthIntoDay(meetings, [team], [])
        #expect(merged.meetings.map { "\($0.id) \($0.kind.rawValue) \($0.venue ?? "-")" } == ["m1 summit Mar-a-Lago", "m2 call -"])
        #expect(merged.delegations.map(\.meeting) == ["m1"])
    }

    @Test func otherSidesOnTheSameDayStayApart() {
        let meetings = [
            Meeting(id: "m1", kind: .talks, place: "Geneva", date: "2025-11-23", parties: ["US", "UA"], status: .held, span: span),
            Meeting(id: "m2", kind: .talks, place: "Geneva", date: "2025-11-23", parties: ["US", "RU"], status: .held, span: span),
        ]
        #expect(MeetingMerge.monthIntoDay(meetings, [], []).meetings.count == 2)
    }
}
