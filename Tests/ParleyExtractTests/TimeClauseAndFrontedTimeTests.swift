@testable import ParleyExtract
import Testing

/// "The Alaska talks came after Witkoff met Putin in Moscow on Aug. 6": the summit taken up by its region, and the
/// meeting of the time clause its own; "On Tuesday evening he was due to meet Meloni": "he" after a fronted time is the
/// previous sentence's subject.
@Suite struct TimeClauseAndFrontedTimeTests {
    private let people = "US President Donald Trump spoke. Russian President Vladimir Putin spoke. US special envoy Steve Witkoff "
        + "spoke. Ukrainian President Volodymyr Zelenskyy spoke. Italian Prime Minister Giorgia Meloni spoke. "
        + "British Prime Minister Keir Starmer spoke. "

    private func meetings(_ text: String, published: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n\(published)\n\n" + people + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test func theVerbOfATimeClauseAfterTheNounIsItsOwnMeeting() {
        let text = "Trump and Putin met in Anchorage, Alaska, on Friday. The Alaska talks came after Witkoff met Putin in Moscow on Aug. 6."
        #expect(meetings(text, published: "August 16, 2025") == [
            "summit Anchorage 2025-08-15 [\"RU\", \"US\"]", "talks Moscow 2025-08-06 [\"RU\", \"US\"]",
        ])
    }

    @Test func aPhraseOfTimeAddsNoMeeting() {
        let text = "Trump and Putin met in Anchorage, Alaska, on Friday. The Alaska talks came after months of contacts with Putin in Moscow."
        #expect(meetings(text, published: "August 16, 2025") == ["summit Anchorage 2025-08-15 [\"RU\", \"US\"]"])
    }

    @Test(arguments: ["On Tuesday evening he was due to meet Meloni in Rome.", "Later that day he met Meloni in Rome."])
    func heAfterAFrontedTimeIsThePreviousSubject(sentence: String) {
        let text = "On Monday, Zelenskyy was in London, where he met Starmer at Downing Street. " + sentence
        #expect(meetings(text, published: "December 9, 2025").last?.hasSuffix("[\"IT\", \"UA\"]") == true)
    }

    @Test(arguments: [
        ("Zelenskyy was due to meet Meloni in Rome on Tuesday evening.", "planned"),
        ("Zelenskyy met Meloni in Rome on Tuesday, due to the crisis.", "held"),
    ])
    func dueToMeetIsAPlan(text: String, status: String) {
        let out = Extractor.extract(body: "Headline here\n\nDecember 9, 2025\n\n" + people + text)
        #expect(out.meetings.map { "\($0.status)" } == [status])
    }
}
