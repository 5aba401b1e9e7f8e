@testable import ParleyExtract
import Testing

/// A figure belongs to the meeting its sentence tells, or to the leaders' meeting "the meeting" takes up; a plan's points
/// stay the negotiations' topic.
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

/// "the first talks since the full-scale invasion, ..., which lasted four and a half hours": a war named after "since"
/// does not make the length the war's; a length told before the main round is first named belongs to the summit told
/// before it.
@Suite struct LengthAfterSinceTests {
    @Test func theTalksLength() {
        let text = "That meeting followed the first talks since the full-scale invasion, held at Diriyah Palace on February 18, "
            + "which lasted four and a half hours."
        let e = Extractor.extract(body: "Headline here\n\nPublished March 18, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.figures.map { "\($0.value) \($0.unit ?? "-") \($0.topic)" } == ["4.5 hours negotiations"])
    }

    @Test func theSummitsLength() {
        let text = "US President Donald Trump and Russian President Vladimir Putin wrapped up their summit in Anchorage on Friday. "
            + "\"No deal,\" Trump said after talks that ran close to three hours.\n\n"
            + "Russia and Ukraine have held direct talks in Istanbul this year."
        let e = Extractor.extract(body: "Headline here\n\nPublished August 15, 2025\n\n" + text, actors: ActorDictionary())
        let summit = e.meetings.first { $0.kind == .summit }?.id
        #expect(e.figures.map { "\($0.topic) \($0.meeting ?? "-")" } == ["leaders_meeting \(summit ?? "?")"])
    }

    @Test func aPlansPointsStayTheNegotiationsAtALeadersMeeting() {
        let text = "Trump and Putin met at a summit in Anchorage on Friday to discuss the 28-point plan."
        let e = Extractor.extract(body: "Headline here\n\nPublished August 15, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.figures.map { "\($0.topic) \($0.unit ?? "-")" } == ["negotiations points"])
    }
}
