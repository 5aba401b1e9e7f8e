@testable import ParleyExtract
import Testing

/// What belongs to a clause and what to the one beside it: a call's sides end at the comma closing its clause; "when,
/// according to the Kremlin, ..." sources the clause after it; "spoke again the next day" is another call; "the so-called
/// \"coalition of the willing\"" is a group's name, with no verb of calling in it.
@Suite struct ClauseBoundTests {
    private func extraction(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline\n\nOTTAWA, December 31, 2025\n\n" + text + "\n")
    }

    private func meetings(_ text: String) -> [String] {
        extraction(text).meetings.map {
            "\($0.kind) \($0.date ?? "-") \($0.status) \($0.parties.joined(separator: "+"))"
        }
    }

    @Test(arguments: [
        ("Mr. Trump spoke with Russian President Vladimir Putin by phone on Dec. 28, hours before sitting down with Mr. Zelensky.",
         "call 2025-12-28 held US+RU"),
        // (A comma before a name goes on with those called.)
        ("Turkish President Recep Tayyip Erdogan spoke by phone on Monday with Vladimir Putin, Volodymyr Zelensky and Donald Trump.",
         "call 2025-12-29 held TR+RU+UA+US"),
    ])
    func aCallsSidesEndWithItsClause(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    @Test func twoLeadersSpeakingAgainTheNextDayHadAnotherCall() {
        let text = "Mr. Trump spoke with Russian President Vladimir Putin by phone on Dec. 28. The two leaders spoke again the next day."
        #expect(meetings(text) == ["call 2025-12-28 held US+RU", "call 2025-12-29 held US+RU"])
    }

    @Test(arguments: [
        ("The two leaders spoke again the next day, when, according to the Kremlin, Mr. Putin told Mr. Trump that Ukraine had attacked his residence.",
         "Kremlin | Mr. Putin told Mr. Trump that Ukraine had attacked his residence"),
        ("The talks ended, but, according to Dmitry Peskov, no date was set for another round.",
         "Dmitry Peskov | no date was set for another round"),
    ])
    func aSourceSetOffAfterAClauseOpenerTellsThatClause(_ sentence: String, _ expected: String) {
        #expect(extraction(sentence).claims.map { "\($0.speaker) | \($0.text)" } == [expected])
    }

    @Test(arguments: [
        ("Estonia will take part in a videoconference of the so-called \"coalition of the willing\" on Tuesday.", "summit 2026-01-06 planned "),
        ("Estonia will take part in a videoconference of the so-called coalition of the willing on Wednesday.", "summit 2025-12-31 planned "),
    ])
    func aQuotedGroupNameIsNoVerbOfCalling(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }
}
