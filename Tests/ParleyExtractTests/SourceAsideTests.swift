@testable import ParleyExtract
import Testing

/// A role set off before the name after a quotation, a question closing a quotation, a participle set off between a
/// source and its verb, a conjunction before the source, and a copyright footer.
@Suite struct SourceAsideTests {
    @Test(arguments: [
        ("\"It must cease fire immediately,\" Ukraine's foreign minister, Andrii Sybiha, said.", "Andrii Sybiha",
         "It must cease fire immediately"),
        ("\"Why wait until May 8th?\" Ukraine's foreign minister, Andrii Sybiha, wrote on X.", "Andrii Sybiha", "Why wait until May 8th?"),
        ("But AFP, citing sources familiar with the talks, reported that the US side had pushed for a pullout.", "AFP",
         "the US side had pushed for a pullout"),
        ("The talks will resume on Monday, TASS reported.", "TASS", "The talks will resume on Monday"),
        // (An adverb of time between "and" and the verb: the subject goes on.)
        ("US President Donald Trump phoned Putin, and afterwards wrote that the meeting would take place soon.", "Donald Trump",
         "the meeting would take place soon"),
    ])
    func theSourceAndItsWords(_ text: String, _ speaker: String, _ words: String) {
        let found = RuleTestSupport.claims(text)
        #expect(found.map(\.0) == [speaker])
        #expect(found.map(\.2) == [words])
    }

    @Test func aCopyrightFooterSaysNothing() {
        let text = "Talks end\n\nPeskov said the talks were useful.\n\n"
            + "When citing and using any materials on the Internet, links to the ukrinform.net website not lower than the first paragraph are mandatory."
        #expect(Extractor.extract(body: text).claims.count == 1)
    }
}

/// A subordinate clause before the main clause of speech set off without quotation marks, and a month's abbreviation
/// in the date between a verb of saying and its "that".
@Suite struct SpeechClauseTests {
    @Test(arguments: [
        ("Russian negotiator Vladimir Medinsky spoke. Once those visions are on the table, the two sides will continue negotiations, Medinsky said.",
         "Vladimir Medinsky", "Once those visions are on the table, the two sides will continue negotiations"),
        ("Kremlin aide Yuri Ushakov said on Nov. 24 that a European counter-proposal was unconstructive.", "Yuri Ushakov",
         "a European counter-proposal was unconstructive"),
    ])
    func theWords(_ text: String, _ speaker: String, _ words: String) {
        let found = RuleTestSupport.claims(text)
        #expect(found.map(\.0) == [speaker])
        #expect(found.map(\.2) == [words])
    }

    @Test(arguments: ["After the talks, Medinsky said.", "If so, he said.", "Once, Medinsky said."])
    func noWordsSetOff(_ text: String) {
        #expect(RuleTestSupport.claims(text).isEmpty)
    }
}

/// "it said" takes up the source named last; a second source's own verb after ", and" ends the first one's words;
/// a relative clause with its own subject before ", saying" is whose words they are.
@Suite struct SecondSourceTests {
    @Test(arguments: [
        ("Russia's defence ministry said 270 servicemen had been returned. The freed Russians were in Belarus, it said.",
         ["Russia's defence ministry", "Russia's defence ministry"], ["270 servicemen had been returned", "The freed Russians were in Belarus"]),
        ("Peskov said the exchange could take place next week, and officials in Kyiv have said the remaining 610 people should be freed.",
         ["Peskov", "officials in Kyiv"], ["the exchange could take place next week", "the remaining 610 people should be freed"]),
        ("Kyiv is pushing for a 30-day ceasefire, which the Kremlin has rejected, saying the terms of a truce must be settled first.",
         ["Kremlin"], ["the terms of a truce must be settled first"]),
    ])
    func eachSourceItsWords(_ text: String, _ speakers: [String], _ words: [String]) {
        let found = RuleTestSupport.claims(text)
        #expect(found.map(\.0) == speakers)
        #expect(found.map(\.2) == words)
    }
}

/// "a two-hour call with Putin": a call named after its length, and the length the call's.
@Suite struct LengthBeforeCallTests {
    @Test(arguments: [
        "US President Donald Trump held a two-hour call with Russian President Vladimir Putin on Monday.",
        "Russia and Ukraine will start talks after a two-hour call between US President Donald Trump and Russian President Vladimir Putin on Monday.",
    ])
    func theCallAndItsLength(_ text: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished May 19, 2025\n\n" + text)
        let call = e.meetings.first { $0.kind == .call }
        #expect(call?.date == "2025-05-19")
        #expect(e.figures.map { "\($0.topic) \($0.meeting ?? "-")" } == ["leaders_meeting \(call?.id ?? "?")"])
    }

    @Test func aCallForSanctionsIsNone() {
        #expect(Extractor.extract(body: "Lawmakers renewed their call for sanctions on Monday.").meetings.isEmpty)
    }
}
