@testable import ParleyExtract
import Testing

/// "Zelensky's meeting with Witkoff in Berlin on Sunday lasted five hours and will continue on Monday morning", "On Monday
/// evening, Merz is to host the leaders ...": a name's possessive determines a meeting, a held meeting told to go on has a
/// further session, and a weekday fronted before a verb still to come is the next such day.
@Suite struct SessionAheadTests {
    /// The article's own day is Sunday, December 14, 2025.
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 14, 2025\n\n"
                          + "Ukrainian President Volodymyr Zelensky is in Germany. US special envoy Steve Witkoff is in Europe.\n\n" + text)
            .meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test(arguments: [
        "Zelensky's meeting with Witkoff in Berlin on Sunday lasted more than five hours.",
        "Zelensky's meeting with Witkoff took place in Berlin on Sunday.",
    ])
    func aNamesMeeting(text: String) {
        #expect(meetings(text) == ["talks Berlin 2025-12-14 held"])
    }

    @Test func aMeetingToldToContinue() {
        let text = "Zelensky's meeting with Witkoff in Berlin on Sunday lasted more than five hours and will continue on Monday morning."
        #expect(meetings(text) == ["talks Berlin 2025-12-14 held", "talks Berlin 2025-12-15 planned"])
    }

    @Test(arguments: [
        // No day to go on at.
        "Zelensky's meeting with Witkoff in Berlin on Sunday lasted more than five hours and will continue.",
        // Continuing is not said of the meeting: a quotation.
        "Zelensky's meeting with Witkoff in Berlin on Sunday lasted more than five hours. \"We will continue on Monday,\" Witkoff said.",
    ])
    func noSessionAhead(text: String) {
        #expect(meetings(text) == ["talks Berlin 2025-12-14 held"])
    }

    @Test(arguments: [
        "On Monday evening, German Chancellor Friedrich Merz is to host European leaders for a meeting with Zelensky in Berlin.",
        "On Monday evening, German Chancellor Friedrich Merz will host European leaders for a meeting with Zelensky in Berlin.",
    ])
    func aFrontedDayAhead(text: String) {
        #expect(meetings(text) == ["summit Berlin 2025-12-15 planned"])
    }

    @Test func aFrontedDayOfAPastVerbIsBehind() {
        let text = "On Monday, German Chancellor Friedrich Merz hosted European leaders and Zelensky in Berlin."
        #expect(meetings(text) == ["summit Berlin 2025-12-08 held"])
    }

    @Test(arguments: [
        // A verb of saying first: the day of the statement.
        "On Monday, Merz said Zelensky will meet European leaders in Berlin.",
        // The future is a relative clause's.
        "On Monday, the negotiators arrived in Berlin for talks that will continue.",
    ])
    func aFrontedDayNotMoved(text: String) {
        let doc = Document(text)
        let day = DateRules.find(doc, in: doc.sentences[0], articleDate: DateValue(year: 2025, month: 12, day: 14), anchor: nil).first
        #expect(day?.value.iso == "2025-12-08")
    }
}
