@testable import ParleyExtract
import Testing

/// "It was preceded by a late-night meeting in the Kremlin on 22 January between Vladimir Putin and Steve Witkoff and Jared
/// Kushner": a meeting described before its noun, with its own venue and day and those between whom it was, is talks of its own;
/// a head told "as in January" heads only the January round of the same sides, not that meeting.
@Suite struct DescribedMeetingBetweenTests {
    private static let text = "The second round of trilateral talks ended in Abu Dhabi on Thursday. The first round took place in Abu Dhabi "
        + "on 23-24 January. It was preceded by a late-night meeting in the Kremlin on 22 January between Vladimir Putin and Steve "
        + "Witkoff and Jared Kushner, which lasted about four hours.\n\nThe Russian delegation was headed, as in January, by Admiral "
        + "Igor Kostyukov."

    @Test func aLateNightMeetingBetweenPeopleAtAVenue() {
        #expect(DatedArticle.extract(Self.text, on: "5 February 2026").meetings
            .contains { $0.venue == "Kremlin" && $0.date == "2026-01-22" && Set($0.parties) == ["RU", "US"] })
    }

    @Test func theJanuaryHeadIsNotTheKremlinMeetings() {
        let found = DatedArticle.extract(Self.text, on: "5 February 2026")
        let kremlin = found.meetings.first { $0.venue == "Kremlin" }?.id
        #expect(!found.delegations.contains { $0.meeting == kremlin })
    }
}
