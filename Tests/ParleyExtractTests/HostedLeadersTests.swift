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
