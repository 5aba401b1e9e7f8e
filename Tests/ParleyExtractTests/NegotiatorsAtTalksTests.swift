@testable import ParleyExtract
import Testing

/// The negotiators a talks sentence names are that side's delegation, as members, when the clause tells their side as a
/// group ("US negotiators Marco Rubio and ...") or one of them leading it; one heads it only when told leading ("who led
/// a Pentagon delegation"), here or at other talks of the article; a group noun tells an unnamed side; envoys named with
/// no group ("Putin received Witkoff") are no delegation; leaders and speakers are no delegates.
@Suite struct NegotiatorsAtTalksTests {
    private func delegations(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nPublished February 20, 2025\n\n" + text, actors: ActorDictionary())
            .delegations.map { "\($0.side) \($0.head ?? "-") [\($0.members.joined(separator: ", "))]" }.sorted()
    }

    @Test(arguments: [
        ("Vladimir Putin received US special envoy Steve Witkoff at the Kremlin on Wednesday for talks that lasted three hours.",
         []),
        ("Secretary of State Marco Rubio, national security adviser Mike Waltz and envoy Steve Witkoff met Foreign Minister "
            + "Sergei Lavrov and presidential aide Yuri Ushakov in Riyadh on Tuesday.",
         []),
        ("US negotiators Marco Rubio and Steve Witkoff met Foreign Minister Sergei Lavrov in Riyadh on Tuesday.",
         ["US - []"]),
        ("Army Secretary Dan Driscoll, an American official, held talks with Russian officials in Abu Dhabi on Tuesday.",
         ["RU - []"]),
        ("US and Ukrainian negotiators met in Geneva on Sunday.", ["UA - []", "US - []"]),
    ])
    func negotiatorsNamedAtTalks(_ text: String, _ expected: [String]) {
        #expect(delegations(text) == expected)
    }

    @Test(arguments: [
        "Army Secretary Dan Driscoll, who led a small Pentagon delegation, held talks with Russian officials in Abu Dhabi on Tuesday.",
        "Army Secretary Dan Driscoll will lead the American side when he holds talks with Russian officials in Abu Dhabi on Tuesday.",
    ])
    func oneToldLeadingHeads(_ text: String) {
        #expect(delegations(text) == ["RU - []", "US Dan Driscoll []"])
    }

    @Test func oneLeadingOtherTalksHeadsHere() {
        let text = "A U.S. team led by Army Secretary Dan Driscoll held talks with a Russian delegation in Abu Dhabi on Monday. "
            + "Driscoll then met Ukrainian officials in Kyiv on Wednesday."
        #expect(delegations(text).filter { $0.hasPrefix("US") } == ["US Dan Driscoll []", "US Dan Driscoll []"])
    }

    @Test(arguments: [
        "Kremlin spokesman Dmitry Peskov said the talks in Istanbul on Friday had been useful.",
        "According to Russian presidential aide Yuri Ushakov, the talks in Riyadh on Tuesday were useful.",
        "Donald Trump met Vladimir Putin in Anchorage on Friday.",
    ])
    func speakersAndLeadersAreNoDelegates(_ text: String) {
        #expect(delegations(text) == [])
    }
}

/// Advisers "from France, Germany and the UK" meeting a team "on the margins": every listed state is a side with a
/// delegation, and the meeting took place where and when the article's round did.
@Suite struct MarginsMeetingTests {
    private let text = "Headline here\n\nPublished November 24, 2025\n\n"
        + "US and Ukrainian officials held talks in Geneva on Sunday. National security advisers from France, Germany and "
        + "the UK met the Ukrainian team separately on the margins."

    @Test func theListedStatesAreSides() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        let margins = e.meetings.last
        #expect(margins?.parties == ["DE", "FR", "GB", "UA"])
        #expect(e.delegations.filter { $0.meeting == margins?.id }.map(\.side).sorted() == ["DE", "FR", "GB", "UA"])
    }

    @Test func onTheMarginsIsAtTheRound() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Geneva 2025-11-23", "Geneva 2025-11-23"])
    }
}

/// A city of several words the gazetteer knows places a meeting after "in" and before ", where".
@Suite struct CityOfSeveralWordsTests {
    @Test(arguments: [
        "Attention is now shifting to Abu Dhabi, where Dan Driscoll is expected to meet a Russian delegation on Tuesday.",
        "Dan Driscoll, the US Army secretary, is expected to meet a Russian delegation in Abu Dhabi on Tuesday.",
    ])
    func aCityOfTwoWordsPlacesTheMeeting(_ text: String) {
        let e = Extractor.extract(body: "Headline here\n\nPublished November 24, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { $0.place ?? "-" } == ["Abu Dhabi"])
    }
}

/// A host's own leader holding talks with guests makes the host a side, placed by the venue at once; a time phrase
/// before a name's comma is no title of that person.
@Suite struct HostHoldingTalksTests {
    @Test func theHostHoldingTalksIsASide() {
        let text = "Headline here\n\nPublished December 3, 2025\n\n"
            + "President Vladimir Putin held nearly five hours of talks in the Kremlin with U.S. special envoy Steve Witkoff on Tuesday. "
            + "Witkoff and Jared Kushner met Ukraine's Rustem Umerov in Florida on Sunday. "
            + "In August, days after a meeting with the U.S. envoy in Moscow, Putin flew to Anchorage for a summit with Trump."
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(e.meetings.first.map { "\($0.place ?? "-") \($0.parties)" } == "Moscow [\"RU\", \"US\"]")
        #expect(e.people.first { $0.name == "Vladimir Putin" }?.country == "RU")
    }
}

/// A head of state holding talks with envoys sits at them, but no side is told as a group; a side told only by "also
/// included" takes the one negotiator the talks name as its head; an owner before a possessive ("Trump's Middle East
/// envoy") takes no part.
@Suite struct LeaderAtTalksTests {
    @Test(arguments: [
        ("Talks between Russian President Vladimir Putin and US Special Envoy Steven Witkoff in the Kremlin on Tuesday lasted five hours. "
            + "The US delegation also included businessman Jared Kushner.",
         ["US Steven Witkoff [\"Jared Kushner\"]"]),
        ("Russian President Vladimir Putin held talks in the Kremlin with Trump's Middle East envoy Steve Witkoff on Tuesday.",
         []),
    ])
    func theHeads(_ text: String, _ expected: [String]) {
        let e = Extractor.extract(body: "Headline here\n\nPublished December 3, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.delegations.map { "\($0.side) \($0.head ?? "-") \($0.members)" }.sorted() == expected)
    }
}

/// A round told in one sentence and who sat at it in the next: "... talks, held in Riyadh on February 18. In the
/// Diriyah Palace, Rubio, Waltz and Witkoff spent four and a half hours with a Russian delegation of Lavrov and Ushakov":
/// only the side told as a group is a delegation.
@Suite struct SittingNextTests {
    @Test func theNextSentenceSeatsOnlyTheSideToldAsAGroup() {
        let text = "Ukraine agreed to a ceasefire plan after talks in Jeddah on March 11 with US officials. "
            + "The Jeddah meeting followed the first high-level US-Russian talks, held in the Saudi capital Riyadh on February 18. "
            + "In the Diriyah Palace, Secretary of State Marco Rubio, adviser Mike Waltz and envoy Steve Witkoff spent four and a half hours "
            + "with a Russian delegation of Foreign Minister Sergei Lavrov and Kremlin adviser Yuri Ushakov."
        let e = Extractor.extract(body: "Headline here\n\nPublished March 12, 2025\n\n" + text, actors: ActorDictionary())
        let riyadh = e.meetings.first { $0.place == "Riyadh" }?.id
        #expect(e.delegations.filter { $0.meeting == riyadh }.map { "\($0.side) \($0.head ?? "-") \($0.members)" }.sorted() == [
            "RU - []",
        ])
    }
}

/// "Driscoll will head to Abu Dhabi": a journey, not leading a side.
@Suite struct HeadingToIsNoLeadingTests {
    @Test func aJourneyNamesNoHead() {
        let text = "Headline here\n\nPublished November 24, 2025\n\n"
            + "Army Secretary Dan Driscoll will head to Abu Dhabi, where he is expected to hold talks with Russian officials on Tuesday."
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(e.delegations.compactMap(\.head) == [])
    }
}
