@testable import ParleyExtract
import Testing

/// Meetings told by a verb with the participants told around it: "where he met", "who met", guests
/// received, hosts named only by their city, and the day that opens the sentence.
@Suite struct MeetingGuestTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.joined(separator: "+"))"
        }
    }

    private func body(_ sentence: String) -> String { "Headline\n\nANKARA, May 17, 2025\n\n\(sentence)\n" }

    @Test(arguments: [
        ("Speaking in Ankara, where he met Turkey's president, Recep Tayyip Erdoğan, on Thursday, Volodymyr Zelenskyy said Ukraine was ready.",
         "summit Ankara - 2025-05-15 held UA+TR"),
        ("On Thursday, President Recep Tayyip Erdoğan received Ukrainian President Volodymyr Zelenskyy at the Presidential Complex in Ankara.",
         "summit Ankara Presidential Complex 2025-05-15 held TR+UA"),
        ("President Volodymyr Zelenskyy meets Crown Prince Mohammed bin Salman in Jeddah on Monday.", "summit Jeddah - 2025-05-12 held UA+SA"),
        ("Steve Witkoff, Mr. Trump's special envoy, who met Mr. Putin in Moscow on May 6 and helped arrange the summit, spoke on CNN.",
         "talks Moscow - 2025-05-06 held RU+US"),
        ("Vladimir Putin, who last met Volodymyr Zelenskyy in Paris in December 2019, has said he would meet him only at the final stage.",
         "summit Paris - 2019-12 held RU+UA"),
    ])
    func theVerbFindsItsParticipants(_ sentence: String, _ expected: String) {
        #expect(meetings(body(sentence)).contains(expected))
    }

    @Test func aGuestReceivedInAKnownVenue() {
        let e = Extractor.extract(body: "Headline\n\nVladimir Putin received US envoy Steve Witkoff in the Kremlin for a conversation that lasted three hours.")
        #expect(e.meetings.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-")" } == ["talks Moscow Kremlin"])
    }

    @Test func receivingWithoutAGuestIsNoMeeting() {
        #expect(meetings(body("President Volodymyr Zelenskyy received a call from Donald Trump on Monday.")).allSatisfy { !$0.hasPrefix("summit") })
    }
}

/// Words that open a text have nothing before them: the rules that look back must stop there.
@Suite struct TextOpeningTests {
    @Test(arguments: ["met Putin in Istanbul.", "Met", "led the Russian delegation, who met Putin.", "quoted by said", "by said",
                      "Talks with Dr.K. In30-day week, she said."])
    func aVerbOpeningTheTextIsNoCrash(_ text: String) {
        _ = Extractor.extract(body: text)
    }

    /// (Found by the fuzzer: a summit noun as the last token of a sentence with no stop.)
    @Test func aSummitEndingTheTextIsNoCrash() {
        let text = "Talks\n\nPresident Vladimir Putin of Russia and President Donald Trump of the United States said on Monday "
            + "in a long statement that they want a summit"
        #expect(Extractor.extract(body: text).meetings.map(\.kind) == [.summit])
    }
}
