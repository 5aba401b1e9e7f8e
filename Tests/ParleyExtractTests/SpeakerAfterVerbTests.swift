@testable import ParleyExtract
import Testing

/// ", said X" names a speaker only when X holds a name or a noun for someone who speaks; otherwise the words
/// after "said" are what was said ("Rustem Umerov, head of the Ukrainian delegation, said the talks went well").
@Suite struct SpeakerAfterVerbTests {
    @Test(arguments: [
        ("Rustem Umerov, head of the Ukrainian delegation, said the talks went well.", "Rustem Umerov", "the talks went well"),
        ("Rustem Umerov, the defence minister, said the talks went well.", "Rustem Umerov", "the talks went well"),
        ("The talks went well, said a senior official.", "senior official", "The talks went well"),
        ("The talks went well, said the ministry.", "ministry", "The talks went well"),
        ("The talks went well, said Rustem Umerov.", "Rustem Umerov", "The talks went well"),
    ])
    func theSpeakerAndTheWords(_ text: String, _ speaker: String, _ said: String) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.map { "\($0.speaker) | \($0.text)" } == ["\(speaker) | \(said)"])
    }
}

/// "since the early months of the war on May 16": a span that has its own time ends before "on", so the day
/// dates the talks.
@Suite struct SinceSpanTests {
    @Test(arguments: [
        ("The two countries held their first face-to-face talks since the early months of the war on May 16 in Istanbul.", "2025-05-16"),
        ("Russia and Ukraine held talks in Istanbul, the first since the spring of 2022.", "-"),
    ])
    func theDayAfterASpan(_ text: String, _ day: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished June 2, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.filter { $0.kind == .talks }.map { $0.date ?? "-" } == [day])
    }
}

/// "one member of the Ukrainian delegation said": the speaker keeps its "one".
@Suite struct OneMemberTests {
    @Test func theSpeakerKeepsOne() {
        let e = Extractor.extract(body: "Headline here\n\n\"We are negotiating under fire,\" one member of the Ukrainian delegation said.",
                                  actors: ActorDictionary())
        #expect(e.claims.map(\.speaker) == ["one member of the Ukrainian delegation"])
    }
}

/// A sentence that is all opening phrase at the very end of a text ("... and last Monday,") has no subject to note;
/// reading one past it was out of bounds (found by the fuzzer).
@Suite struct IntroAtTheEndTests {
    @Test(arguments: ["Headline here\n\nMedinsky spoke. Meanwhile,", "Headline here\n\nMedinsky spoke. In 1 BC, and last Monday,"])
    func noCrash(_ text: String) {
        _ = Extractor.extract(body: text, actors: ActorDictionary())
    }
}

/// "..., Putin's foreign policy aide said": the aide speaks, not Putin; the one the article gives that role, if any.
@Suite struct OwnersAideTests {
    @Test(arguments: [
        ("Putin held talks with Steve Witkoff on Tuesday, Putin's foreign policy aide said.", "Putin's foreign policy aide"),
        ("Putin held talks with Steve Witkoff on Tuesday, Putin's foreign policy aide said. "
            + "Yuri Ushakov, Putin's foreign policy aide, said the talks were useful.", "Yuri Ushakov"),
    ])
    func theAideSpeaks(_ text: String, _ speaker: String) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.first?.speaker == speaker)
    }
}

/// "what the State Department called a “productive” phone call": the quoted word and the meeting noun it qualifies.
@Suite struct CalledQualifiedMeetingTests {
    @Test func theWholeComplement() {
        let e = Extractor.extract(body: "Headline here\n\nRubio and Lavrov held what the State Department called a “productive” phone call on Monday.",
                                  actors: ActorDictionary())
        #expect(e.claims.map(\.text) == ["a “productive” phone call"])
    }
}
