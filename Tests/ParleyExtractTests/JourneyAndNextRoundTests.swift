@testable import ParleyExtract
import Testing

/// A meeting placed by the journey that led to it, and a round to come told after a round held.
@Suite struct JourneyAndNextRoundTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nNovember 24, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        ("US Army Secretary Dan Driscoll flew to Abu Dhabi on Monday to meet a Russian delegation.",
         "talks Abu Dhabi 2025-11-24 RU+US held"),
        ("Ukrainian President Volodymyr Zelensky travelled to Washington on Monday to meet US President Donald Trump.",
         "summit Washington 2025-11-24 UA+US held"),
        ("Ukrainian President Volodymyr Zelensky will travel to Washington on Friday to meet US President Donald Trump.",
         "summit Washington 2025-11-28 UA+US planned"),
    ])
    func theJourneyPlacesTheMeeting(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    @Test func aJourneyPastACommaPlacesNothing() {
        let found = meetings("US Army Secretary Dan Driscoll flew to Abu Dhabi, and he hopes to meet a Russian delegation soon.")
        #expect(!found.contains { $0.contains("Abu Dhabi") && $0.hasSuffix("held") })
    }

    @Test(arguments: [
        "A fresh round of negotiations is scheduled for Thursday in Abu Dhabi.",
        "Another round of talks is due on Thursday in Abu Dhabi.",
    ])
    func aRoundOfTalksToComeIsNotTheRoundHeld(_ next: String) {
        let found = meetings("Ukrainian and US officials wrapped up talks in Geneva on Sunday. " + next)
        #expect(found == ["talks Geneva 2025-11-23 UA+US held", "talks Abu Dhabi 2025-11-27 UA+US planned"])
    }

    @Test(arguments: [
        ("US envoy Steve Witkoff is due to travel to Moscow next week for talks with Russian President Vladimir Putin.",
         "talks Moscow - RU+US planned"),
        ("Ukrainian President Volodymyr Zelensky flew to Ankara for talks with Turkish President Recep Tayyip Erdogan.",
         "summit Ankara - TR+UA held"),
    ])
    func talksWithALeaderAreASummitOnlyWhenBothAreLeaders(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    @Test func aGuestToBeReceivedIsAMeetingToCome() {
        #expect(meetings("The Kremlin said Russian President Vladimir Putin would receive US envoy Steve Witkoff next week.")
            == ["talks - - RU+US planned"])
    }

    @Test func aRoundToComeIsPlacedByALaterMentionAndItsHostMayBeASide() {
        let text = "Ukraine's delegation, led by Rustem Umerov, has departed for the United States, where it will hold talks "
            + "with the American side on Sunday. The delegation includes Andrii Hnatov and Serhii Kyslytsia. "
            + "According to Umerov, the talks will take place in Florida."
        let e = Extractor.extract(body: "Headline here\n\nNovember 29, 2025\n\n" + text)
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+")) \($0.status)" }
            == ["Florida 2025-11-30 UA+US planned"])
        #expect(e.delegations.map { "\($0.side) \($0.head ?? "-") \($0.members.joined(separator: "+"))" }
            == ["UA Rustem Umerov Andrii Hnatov+Serhii Kyslytsia"])
    }

    @Test func talksAVerbProposesAreProposedAndTheDayOfTheProposalIsNotTheirs() {
        #expect(meetings("Putin proposed direct talks in Istanbul in a late-night address at the Kremlin on Sunday.")
            .map { $0.components(separatedBy: " ").prefix(3).joined(separator: " ") + " " + ($0.hasSuffix("proposed") ? "proposed" : "?") }
            == ["talks Istanbul - proposed"])
        let e = Extractor.extract(body: "Headline here\n\nNovember 24, 2025\n\nPutin proposed direct talks in Istanbul in a late-night address at the Kremlin.")
        #expect(e.meetings.map(\.venue) == [nil])
    }

    @Test func theDayInTheRoundsOwnPhraseWinsOverAnEarlierOne() {
        let text = "European leaders scrambled on Saturday to draft a counter-proposal, ahead of talks between US and Ukrainian officials in Geneva on Sunday."
        let e = Extractor.extract(body: "Headline here\n\nNovember 22, 2025\n\n" + text)
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Geneva 2025-11-23"])
    }

    @Test(arguments: ["Direct talks were last held in Istanbul in July.",
                      "They discussed the delegations at direct talks, which were last held in Istanbul in July."])
    func aMonthEndingItsSentenceAndARelativeClauseDateTheRound(_ sentence: String) {
        let e = Extractor.extract(body: "Headline here\n\nAugust 19, 2025\n\n" + sentence)
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Istanbul 2025-07"])
    }

    @Test func theDelegationsPlaceMayStandBeforeItsHead() {
        let text = "US and Ukrainian officials met in Jeddah on Tuesday. The US delegation in Jeddah was headed by Secretary of State Marco Rubio."
        let e = Extractor.extract(body: "Headline here\n\nMarch 12, 2025\n\n" + text)
        #expect(e.delegations.map { "\($0.side) \($0.head ?? "-")" } == ["US Marco Rubio", "UA -"])
    }
}
