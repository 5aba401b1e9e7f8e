@testable import ParleyExtract
import Testing

/// "Talks between" a leader and someone whose role is no leader's are talks, not a summit; an owner before a
/// possessive ("Trump's Special Envoy") is not one of those who met.
@Suite struct EnvoyTalksTests {
    @Test(arguments: [
        ("Talks between Russian President Vladimir Putin and US President Donald Trump's Special Envoy Steven Witkoff in the Kremlin on Tuesday lasted five hours.",
         "talks Moscow 2025-12-02"),
        ("Talks between Russian President Vladimir Putin and US President Donald Trump in Alaska on Tuesday lasted five hours.",
         "summit Alaska 2025-12-02"),
        // (A leader who only owns one of those met, after a long appositive that hides the subject's role.)
        ("Kirill Dmitriev, the head of the Russian Direct Investment Fund and Vladimir Putin's special envoy for economic "
            + "cooperation, arrived in Miami on Tuesday and drove straight to the venue of his talks with U.S. special envoy "
            + "Steve Witkoff and Donald Trump's son-in-law Jared Kushner.", "talks Miami 2025-12-02"),
    ])
    func theKindFollowsWhoMet(_ text: String, _ expected: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished December 3, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-")" } == [expected])
    }
}

/// "consultations with a delegation from Kiev in Florida on November 30": a round of its own, whose sides are the
/// subject's and the state the delegation comes from (and that delegation is Ukraine's, not the subject's).
@Suite struct DelegationFromCityTests {
    @Test func theDelegationComesFromItsCity() {
        let text = "Talks between Russian President Vladimir Putin and US Special Envoy Steven Witkoff in the Kremlin on Tuesday lasted five hours. "
            + "Earlier, the US side held consultations with a delegation from Kiev in Florida on November 30. "
            + "Kiev's delegation was headed by Rustem Umerov."
        let e = Extractor.extract(body: "Headline here\n\nPublished December 3, 2025\n\n" + text, actors: ActorDictionary())
        let florida = e.meetings.first { $0.place == "Florida" }
        #expect(florida?.parties == ["UA", "US"])
        #expect(e.delegations.filter { $0.meeting == florida?.id }.map { "\($0.side) \($0.head ?? "-")" } == ["UA Rustem Umerov"])
    }
}

/// "The previous one took place in Moscow on August 6, ahead of the Russian-US summit in Alaska": another meeting
/// like the one last told, and a summit whose sides are joined before its noun and whose place is its own.
@Suite struct PreviousOneTests {
    @Test func thePreviousOneAndTheSummit() {
        let text = "Talks between Russian President Vladimir Putin and US Special Envoy Steven Witkoff in the Kremlin on Tuesday lasted five hours. "
            + "This was the sixth meeting between Putin and Witkoff this year. "
            + "The previous one took place in Moscow on August 6, ahead of the Russian-US summit in Alaska."
        let e = Extractor.extract(body: "Headline here\n\nPublished December 3, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties)" } == [
            "talks Moscow 2025-12-02 [\"RU\", \"US\"]", "talks Moscow 2025-08-06 [\"RU\", \"US\"]", "summit Alaska - [\"RU\", \"US\"]",
        ])
    }
}

/// "he met Putin" is the last person named before who is not the one met, and the day that opens the sentence or
/// that a "when" clause hangs on dates the meeting; "St. Petersburg" is one city; time "spent with" someone is a meeting.
@Suite struct PronounMeetingTests {
    private let intro = "Headline here\n\nPublished April 29, 2025\n\nUS special envoy Steve Witkoff has met Russian President Vladimir Putin several times. "

    @Test(arguments: [
        ("His latest visit came on Friday, when he met Putin in the Kremlin for about three hours.", "talks Moscow 2025-04-25 RU US"),
        ("On Friday he met Putin in the Kremlin.", "talks Moscow 2025-04-25 RU US"),
        ("Witkoff and Putin last met on April 11 in St. Petersburg.", "talks St. Petersburg 2025-04-11 RU US"),
        // ("spent ... hours with" is a meeting too.)
        ("Witkoff spent about five hours with Putin in the Kremlin on Friday.", "talks Moscow 2025-04-25 RU US"),
        ("Witkoff spent the evening with Putin in Moscow on Friday.", "talks Moscow 2025-04-25 RU US"),
    ])
    func theMeetingOfThePronoun(_ text: String, _ expected: String) {
        let e = Extractor.extract(body: intro + text)
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: " "))" }.contains(expected))
    }
}

/// "He is scheduled to meet Putin": a pronoun opening the clause, words before the verb, is the person named last who is
/// not the one met.
@Suite struct PronounBeforeScheduleTests {
    @Test func thePronounsPerson() {
        let text = "Headline here\n\nPublished August 4, 2025\n\nUS envoy Steve Witkoff and Russian President Vladimir Putin were named. "
            + "He is scheduled to meet Putin in Moscow on Friday."
        #expect(Extractor.extract(body: text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties)" }
            == ["talks Moscow 2025-08-08 [\"RU\", \"US\"]"])
    }
}
