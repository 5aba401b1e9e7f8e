@testable import ParleyExtract
import Testing

/// "Witkoff and Kushner then took the revised text to Putin in the Kremlin on December 2": a document carried to the
/// other side's leader is a meeting where and when its phrase tells; "talks with President Trump's envoys" are talks,
/// Trump only owning those met; "The talks resumed this morning" is a further session of the talks held the day before.
@Suite struct CarriedDocumentTests {
    /// The article's own day is Monday, December 15, 2025.
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 15, 2025\n\n"
                          + "US special envoy Steve Witkoff and Jared Kushner flew in. Russian President Vladimir Putin waited.\n\n" + text)
            .meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test func aDocumentCarriedToALeader() {
        let text = "Witkoff and Kushner then took the revised text to Putin in the Kremlin on December 2."
        #expect(meetings(text) == ["talks Moscow Kremlin 2025-12-02 held"])
    }

    @Test(arguments: [
        // Nowhere and at no time: the clause after it tells the meeting.
        "Witkoff and Kushner took the text to Putin, who then praised it.",
        // Carried, but no document.
        "Witkoff and Kushner took a flight to Putin in the Kremlin on December 2.",
    ])
    func noDocumentCarriedMeeting(text: String) {
        #expect(meetings(text) == [])
    }

    @Test func talksWithALeadersEnvoys() {
        let text = "Ukrainian President Volodymyr Zelensky stretched talks with President Trump's envoys in Berlin into a second day."
        #expect(meetings(text).allSatisfy { !$0.hasPrefix("summit") })
    }

    @Test func theTalksResumed() {
        let text = "Ukrainian President Volodymyr Zelensky spent five hours with Witkoff at the Federal Chancellery in Berlin on Sunday.\n\n"
            + "The talks resumed this morning."
        #expect(meetings(text).filter { $0.hasPrefix("talks Berlin") }.map { String($0.suffix(15)) } == ["2025-12-14 held", "2025-12-15 held"])
    }
}
