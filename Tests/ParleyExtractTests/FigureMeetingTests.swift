@testable import ParleyExtract
import Testing

/// A figure belongs to the meeting its sentence tells, or to the leaders' meeting "the meeting" takes up.
@Suite struct FigureMeetingTests {
    private let cast = "US President Donald Trump and Russian President Vladimir Putin are rivals.\n\n"

    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\nOctober 17, 2025\n\n" + cast + text)
    }

    private func figures(_ text: String) -> [String] {
        let e = extract(text)
        return e.figures.map { f in "\(f.topic) \(f.unit ?? "-") \(e.meetings.first { $0.id == f.meeting }?.kind.rawValue ?? "-")" }
    }

    @Test func aLeadersMeetingToComeTakenUpByTheMeeting() {
        let text = "Trump said he would meet Putin in Budapest. Trump told reporters the meeting could take place within about two weeks."
        #expect(figures(text) == ["leaders_meeting weeks summit"])
        #expect(extract(text).meetings.count == 1)
    }

    @Test func howLongTalksLastedIsTheTalks() {
        #expect(extract("Trump and Putin met in Anchorage, Alaska, where talks lasted nearly three hours.").figures.map(\.topic) == ["negotiations"])
    }

    @Test func howLongASummitLastedIsTheLeadersMeetings() {
        let text = "US President Donald Trump and Russian President Vladimir Putin met in Anchorage on Friday. "
            + "\"There is no deal,\" Trump told reporters after nearly three hours of talks."
        #expect(extract(text).figures.map(\.topic) == ["leaders_meeting"])
    }

    @Test func aCallsLengthIsTheCalls() {
        let text = "Russia and Ukraine held talks in Istanbul on Friday. Trump and Putin spoke by phone on Thursday for nearly two hours."
        #expect(figures(text) == ["leaders_meeting hours call"])
    }

    @Test func theSummitTakenUpIsNoSecondOne() {
        let text = "Trump said he would meet Putin in Budapest. Viktor Orban wrote that preparations for the summit were under way."
        #expect(extract(text).meetings.map(\.kind) == [.summit])
    }
}
