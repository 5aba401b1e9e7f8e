@testable import ParleyExtract
import Testing

/// Merges may chain: a summit told by its year folds into the day's summit, which folds in turn into the fuller one of
/// that day; what pointed at the first follows to the last.
@Suite struct ChainedMergeTests {
    @Test func aFigureFollowsTheChain() {
        let span = Span(0, 1)
        let meetings = [
            Meeting(id: "m1", kind: .summit, place: "Alaska", date: "2025", parties: ["US", "RU"], status: .held, span: span),
            Meeting(id: "m2", kind: .summit, place: "Alaska", date: "2025-08-15", parties: ["US", "RU"], status: .held, span: span),
            Meeting(id: "m3", kind: .summit, place: "Anchorage", venue: "Joint Base Elmendorf-Richardson", date: "2025-08-15",
                    parties: ["US", "RU"], status: .held, span: span),
        ]
        let figure = Figure(topic: "leaders_meeting", value: 3, unit: "hours", meeting: "m1", text: "three hours", span: span)
        let merged = MeetingMerge.monthIntoDay(meetings, [], [figure])
        #expect(merged.meetings.map { "\($0.id) \($0.place ?? "-")" } == ["m1 Anchorage"])
        #expect(merged.figures.map { $0.meeting } == ["m1"])
    }
}
