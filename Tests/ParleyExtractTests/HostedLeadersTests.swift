@testable import ParleyExtract
import Testing

/// A leaders' meeting a host offers: its sides are the leaders named, never the host.
@Suite struct HostedLeadersTests {
    private let intro = "Ukrainian President Volodymyr Zelenskyy, Russian President Vladimir Putin and U.S. President Donald Trump spoke. "

    @Test(arguments: [
        ("Turkish President Recep Tayyip Erdogan, who has offered to host a meeting of Zelenskyy, Putin and Trump, spoke.", "proposed"),
        ("Turkish President Recep Tayyip Erdoğan said he hoped to host Zelenskyy, Putin and Trump in Istanbul or Ankara.", "proposed"),
        ("Turkish President Recep Tayyip Erdoğan was ready to host a meeting of the presidents of Russia, the United States and Ukraine.", "proposed"),
    ])
    func theLeadersMeetingOffered(_ text: String, _ status: String) {
        let summits = Extractor.extract(body: intro + text).meetings.filter { $0.kind == .summit }
        #expect(summits.map { "\(Set($0.parties) == ["RU", "UA", "US"]) \($0.place ?? "-") \($0.status.rawValue)" } == ["true - \(status)"])
    }

    @Test func hostingTalksOfDelegationsIsNoLeadersMeeting() {
        #expect(!Extractor.extract(body: "Turkey will host the talks in Istanbul.").meetings.contains { $0.kind == .summit })
    }
}

/// A document handed over in person ("presented the draft to Zelensky in Kyiv on Thursday") is a meeting of the two
/// sides, placed and dated by its phrase; it seats nobody at the sentence's other talks.
@Suite struct HandedDocumentTests {
    private let intro = "Headline here\n\nPublished November 23, 2025\n\nUS Army Secretary Dan Driscoll and Ukrainian President Volodymyr Zelensky were named. "

    @Test(arguments: [
        "The plan was first presented to Zelensky in Kyiv on Thursday by Driscoll.",
        "Also at the table was the US army secretary, Dan Driscoll, who had presented the draft to Zelensky in Kyiv on Thursday.",
        "The original plan, drafted by Witkoff with input from Kremlin envoy Kirill Dmitriev and handed to Zelensky by Driscoll in Kyiv on Thursday, would require a withdrawal.",
    ])
    func theHandOver(_ text: String) {
        let meetings = Extractor.extract(body: intro + text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties)" }
        #expect(meetings.contains("talks Kyiv 2025-11-20 [\"UA\", \"US\"]"))
    }

    @Test func aDocumentToADelegationIsNoMeetingOfItsOwn() {
        #expect(Extractor.extract(body: "Russia presented a memorandum to the Ukrainian delegation.").meetings.isEmpty)
    }
}

/// "the 'coalition of the willing' would meet on Tuesday": a leaders' meeting whose states the text does not list, by
/// video when it says so.
@Suite struct CoalitionMeetingTests {
    @Test(arguments: [
        ("Starmer said the \"coalition of the willing\" would meet virtually on Tuesday to discuss security guarantees.", "call 2025-08-19 planned"),
        ("Starmer said the \"coalition of the willing\", the group of countries ready to help, would meet on Tuesday.", "summit 2025-08-19 planned"),
    ])
    func theCoalitionsMeeting(_ text: String, _ expected: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished August 18, 2025\n\nUK Prime Minister Keir Starmer spoke. " + text)
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.date ?? "-") \($0.status.rawValue)" } == [expected])
        #expect(e.meetings.first?.parties == [])
    }
}
