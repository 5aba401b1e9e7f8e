@testable import ParleyExtract
import Testing

/// Leaders named by office alone, the talks a leaders' meeting was held for, and "his summit" owned by the
/// subject a participle goes back to.
@Suite struct LeadersByOfficeTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+"))"
        }
    }

    private let head = "Summit ends\n\nAugust 16, 2025\n\n"

    @Test(arguments: [
        ("The US president met the Russian leader on Friday in Anchorage.", "summit Anchorage 2025-08-15 US+RU"),
        ("Donald Trump met Vladimir Putin on Friday in Anchorage, for talks that lasted just under three hours.",
         "summit Anchorage 2025-08-15 US+RU"),
        // (Officials are no leaders: their talks stay talks.)
        ("US officials met Russian officials on Friday in Geneva for talks that lasted three hours.", "talks Geneva 2025-08-15 RU+US"),
    ])
    func aLeadersMeetingByVerb(_ sentence: String, _ expected: String) {
        #expect(meetings(head + sentence) == [expected])
    }

    @Test func hisSummitAfterAParticipleIsTheSubjects() {
        let text = head + "Donald Trump has dropped his demand for a ceasefire, saying after his summit with Vladimir Putin in Alaska "
            + "that a peace deal was better."
        #expect(meetings(text).first?.hasSuffix("US+RU") == true)
    }

    @Test func namedPeopleOfTwoStatesMeetingWithNoPlaceHoldTalks() {
        #expect(meetings(head + "Steve Witkoff met Vladimir Putin on Wednesday.") == ["talks - 2025-08-13 RU+US"])
    }

    @Test func anEnvoyVisitingALeaderHoldsTalksThere() {
        let text = head + "Steve Witkoff visited Moscow for talks with Vladimir Putin on August 6."
        #expect(meetings(text) == ["talks Moscow 2025-08-06 RU+US"])
    }

    @Test func theLeadersNextMeetingAfterTheTalksOfTheirSummit() {
        let text = head + "Donald Trump met Vladimir Putin in Anchorage on Friday. Putin described the talks as 'constructive' and "
            + "suggested that the next meeting could take place 'in Moscow'."
        #expect(meetings(text) == ["summit Anchorage 2025-08-15 US+RU", "summit Moscow - US+RU"])
    }

    @Test func aThreeWayMeetingIsNeitherLeadersMeetingBeforeOrAfterIt() {
        let text = head + """
            Donald Trump met Vladimir Putin in Anchorage on Friday.

            Yuri Ushakov said the idea of a three-way meeting with Volodymyr Zelensky had not been discussed.

            Dmitry Peskov said Putin did not rule out a meeting with Zelensky at the final stage.
            """
        #expect(meetings(text) == ["summit Anchorage 2025-08-15 US+RU", "summit - - UA+US+RU", "summit - - RU+UA"])
    }

    @Test func theOwnerOfAFrontedSummitIsTheSubjectAfterItAndTheSameDaysSummitIsOne() {
        let text = "Summit ends\n\nAugust 19, 2025\n\n"
            + "Three days after his summit with Vladimir Putin in Alaska, the American president received Volodymyr Zelensky "
            + "in Washington on Monday.\n\n"
            + "On Friday, August 15, Donald Trump and Vladimir Putin spent nearly three hours together at Joint Base "
            + "Elmendorf-Richardson."
        #expect(meetings(text) == ["summit Washington 2025-08-18 US+UA", "summit Anchorage 2025-08-15 US+RU"])
    }

    @Test func aSummitToldByItsVenueFirstTakesUpTheLaterOneOfTheSameDay() {
        let text = "Summit ends\n\nAugust 19, 2025\n\n"
            + "Donald Trump and Vladimir Putin spent nearly three hours together at Joint Base Elmendorf-Richardson on Friday.\n\n"
            + "Three days after his summit with Vladimir Putin in Alaska, the American president received Volodymyr Zelensky "
            + "in Washington on Monday."
        #expect(meetings(text) == ["summit Anchorage 2025-08-15 RU+US", "summit Washington 2025-08-18 US+UA"])
    }

    @Test func theSidesOfASummitToBeHeld() {
        let text = "Summit planned\n\nOctober 17, 2025\n\n"
            + "US President Donald Trump says he and Russian President Vladimir Putin have agreed to hold a summit in the Hungarian "
            + "capital, Budapest. European officials fear a summit in Budapest could sideline Ukraine. The two leaders held a "
            + "summit in Alaska in August."
        #expect(meetings(text) == ["summit Budapest - US+RU", "summit Alaska 2025-08 US+RU"])
    }
}
