@testable import ParleyExtract
import Testing

/// A meeting's facts spread over several sentences: which mention is which meeting, and which
/// place, venue and date belong to it.
@Suite struct MeetingDiscourseTests {
    private func talks(_ text: String) -> [Meeting] { Extractor.extract(body: text).meetings.filter { $0.kind == .talks } }

    @Test func aRoundDatedAfterPublicationIsPlannedAndTheTalksThatWillBeHeldAreThatRound() {
        let text = """
            Merve Aydin |01.06.2025 - Update : 01.06.2025

            Türkiye will host the second round of direct peace talks between Russia and Ukraine in Istanbul on Monday, \
            Turkish Foreign Minister Hakan Fidan said on Sunday.

            The talks will be held at the Ciragan Palace at 1 p.m. local time, according to diplomatic sources.
            """
        let found = talks(text)
        #expect(found.count == 1)
        #expect(found.first?.date == "2025-06-02")
        #expect(found.first?.status == .planned)
        #expect(found.first?.venue == "Ciragan Palace")
    }

    @Test func aDateThatModifiesAnotherMeetingNounIsNotThisRoundsDate() {
        let text = """
            ISTANBUL, June 1, 2025 - Türkiye will host the second round of direct talks in Istanbul on Monday.

            Intelligence chief Ibrahim Kalin, who attended the first round, is expected to take part in Monday's meeting.

            The first round, held on May 16 at the Dolmabahce Office in Istanbul, lasted an hour.
            """
        let first = talks(text).first { $0.round == 1 }
        #expect(first?.date == "2025-05-16")
        #expect(first?.venue == "Dolmabahce Office")
    }

    @Test func aVenueAfterTheCitysIsNamed() {
        let text = "LONDON, 3 June 2025 - At the first round of talks, held at the city’s Dolmabahce Palace on 16 May, they agreed to swap prisoners."
        #expect(talks(text).first?.venue == "Dolmabahce Palace")
    }

    @Test func aPlaceInAnotherClauseIsNotTheMeetingsPlace() {
        let text = """
            LONDON, 3 June 2025 - The first round of talks was held at Dolmabahce Palace on 16 May.

            Zelensky had flown to Turkey for that meeting; Putin stayed in Moscow and sent Medinsky instead.
            """
        let found = talks(text)
        #expect(found.count == 1)
        #expect(found.first?.venue == "Dolmabahce Palace")
        #expect(found.first?.place == "Istanbul")
    }

    @Test func talksByVerbBetweenOtherSidesThanTheMainRoundsAreTheirOwnMeeting() {
        let text = """
            KYIV, Ukraine, March 19, 2025 - Ukraine accepted a ceasefire last week during talks in Jeddah, Saudi Arabia, \
            with a U.S. team led by Secretary of State Marco Rubio.

            Trump and Putin spoke on Feb. 12. Six days later, a U.S. delegation led by Rubio met a Russian team led by \
            Foreign Minister Sergei Lavrov at Riyadh’s Diriyah Palace.

            U.S. negotiators would meet Russian and Ukrainian officials in Jeddah on Sunday.
            """
        let found = talks(text).map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
        #expect(found.contains("Jeddah - - [\"UA\", \"US\"]"))
        #expect(found.contains("Riyadh Diriyah Palace 2025-02-18 [\"RU\", \"US\"]"))
        #expect(found.contains("Jeddah - 2025-03-23 [\"RU\", \"UA\", \"US\"]"))
    }

    @Test(arguments: [
        ("WASHINGTON, March 19, 2025 - The presidents spoke on Feb. 12. Two weeks later, officials held talks in Riyadh.", "2025-02-26"),
        ("WASHINGTON, March 19, 2025 - The presidents spoke on Feb. 12. A day later, officials held talks in Riyadh.", "2025-02-13"),
        ("WASHINGTON, March 19, 2025 - The presidents spoke on March 11. On the same day, officials held talks in Riyadh.", "2025-03-11"),
    ])
    func aDayCountedFromTheDateToldBefore(_ text: String, _ date: String) {
        #expect(talks(text).first?.date == date)
    }

    @Test func twoSidesTogetherAtAPlaceMeet() {
        let text = """
            By Tom Harrington, BBC News
            Published 3 June 2025

            Russian and Ukrainian negotiators spent little more than an hour together at Istanbul’s Ciragan Palace on Monday.

            At the first round, held at the city’s Dolmabahce Palace on 16 May, they agreed to swap 1,000 prisoners each.
            """
        let found = talks(text).map { "\($0.round.map(String.init) ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status)" }
        #expect(found == ["- Ciragan Palace 2025-06-02 held", "1 Dolmabahce Palace 2025-05-16 held"])
    }

    @Test func bringingLeadersTogetherAndWorkingTogetherWithAreNoMeeting() {
        let text = """
            ANKARA, June 2, 2025 - Erdogan said he wanted to bring Russian President Vladimir Putin and Ukrainian President \
            Volodymyr Zelensky together in Istanbul. Ukrainian officials work together with American officials.
            """
        #expect(Extractor.extract(body: text).meetings.isEmpty)
    }

    @Test func aCallHostedByALeaderIsNoSummitAndASummitJoinedWasHeld() {
        let text = """
            BERLIN, August 15, 2025 - European leaders, Zelenskyy and Trump held a video call on Wednesday hosted by German \
            Chancellor Friedrich Merz. Ukrainian President Volodymyr Zelensky spoke in Tirana, where he joined European leaders at a summit.
            """
        let found = Extractor.extract(body: text).meetings
        #expect(found.map(\.kind) == [.call, .summit])
        #expect(found.last?.status == .held)
    }

    @Test func aSecondCallBetweenOtherSidesIsItsOwnAndARoundToComeIsNotDatedInThePast() {
        let text = """
            KYIV, Ukraine, March 19, 2025 - Russian President Vladimir Putin agreed in a phone call with U.S. President Donald Trump \
            to halt attacks. Ukrainian President Volodymyr Zelenskyy spoke with Trump by phone on Wednesday for about an hour.

            The talks in Jeddah ended last week. Trump and Putin spoke on Feb. 12 and agreed that their teams would start negotiations.
            """
        let found = Extractor.extract(body: text).meetings
        // (The leaders' own call "on Feb. 12" is a third.)
        #expect(found.filter { $0.kind == .call }.map { $0.parties.sorted() } == [["RU", "US"], ["UA", "US"], ["RU", "US"]])
        #expect(found.last { $0.kind == .call }?.date == "2025-02-12")
        #expect(!found.contains { $0.kind == .talks && $0.date == "2025-02-12" })
    }

    @Test(arguments: [
        ("KYIV, June 3, 2025 - Speaking at a summit of Nordic leaders in Vilnius later on June 2, Zelenskyy said Russia brought nothing new.",
         "Vilnius 2025-06-02"),
        ("KYIV, June 3, 2025 - Leaders will hold a summit in Astana next month.", "Astana -"),
    ])
    func aSummitInACityOfTheGazetteerIsPlacedAndDatedAfterItsPlace(_ text: String, _ expected: String) {
        let summit = Extractor.extract(body: text).meetings.first { $0.kind == .summit }
        #expect(summit.map { "\($0.place ?? "-") \($0.date ?? "-")" } == expected)
    }

    @Test func anIndefiniteNumberedRoundIsOneToComeNotTheRoundReported() {
        let text = """
            Moscow, June 5, 2025

            The Kremlin said on Thursday that no date had been set for a third round of direct peace talks with Ukraine.

            The two sides met in Istanbul on Monday for about an hour, their second meeting in less than three weeks.

            Ukraine’s delegation, led by Defense Minister Rustem Umerov, included a deputy foreign minister.
            """
        let found = Extractor.extract(body: text)
        let rounds = found.meetings.filter { $0.kind == .talks }.map { "\($0.round ?? 0) \($0.status) \($0.date ?? "-")" }
        #expect(rounds == ["3 planned -", "2 held 2025-06-02"])
        #expect(Set(found.delegations.map(\.meeting)) == [found.meetings.first { $0.round == 2 }!.id])
    }

    @Test func aLaterMentionPlacesDatesAndNamesTheSidesOfAnUnplacedMainRound() {
        let text = """
            Tue 18 Feb 2025 18.27 GMT

            Kyiv was not invited to the meeting in Saudi Arabia, and Zelenskyy says Ukraine will not recognise any deal.

            The United States and Russia have agreed to appoint teams to start work on ending the war in Ukraine, after more \
            than four hours of talks in the Saudi capital on Tuesday that excluded Kyiv.
            """
        let found = talks(text)
        #expect(found.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" } == ["Riyadh 2025-02-18 [\"RU\", \"US\"]"])
    }

    @Test func delegationsThatSatDownTogetherMetAndABareMainRoundTakesTheirPlaceAndDay() {
        let text = """
            12:41 pm, May 17, 2025
            Source: Meduza

            Russia and Ukraine held their first direct talks in three years.

            On Friday, May 16, Russian and Ukrainian delegations sat down at the same table in Istanbul’s Dolmabahçe Palace \
            for the first time since the spring of 2022.
            """
        let found = Extractor.extract(body: text)
        #expect(found.source.outlet == "Meduza")
        #expect(found.meetings.filter { $0.kind == .talks }.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
            == ["Istanbul Dolmabahçe Palace 2025-05-16"])
    }

    @Test func aSummitTakesTheWeekdayAfterItsPlaceAndItsOwnersState() {
        let text = """
            WASHINGTON, Aug. 17, 2025 - President Trump, who left his summit with Russian President Vladimir Putin in Anchorage on Friday, spoke.
            """
        let summit = Extractor.extract(body: text).meetings.first { $0.kind == .summit }
        #expect(summit.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" } == "Anchorage 2025-08-15 held [\"RU\", \"US\"]")
    }

    @Test func aCaptionNamesPeopleButTellsNoMeeting() {
        let text = """
            June 03, 2025 13:06 GMT

            Russian negotiator Vladimir Medinskiy (center) arrives for talks with the Ukrainian delegation at Ciragan Palace on June 2.

            Medinskiy said the sides agreed to swap prisoners.
            """
        let found = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(found.people.map(\.name) == ["Vladimir Medinskiy"])
        #expect(!found.meetings.contains { $0.kind == .summit || $0.kind == .talks })
    }

    @Test func theMeetingAfterAnotherEventsDateAndAnEarlierYearsTalksAreNotTheMainRoundsDate() {
        let text = """
            ISTANBUL, July 24, 2025 - Delegations held a third round of direct talks in Istanbul.

            The talks at Istanbul's Çırağan Palace on Wednesday evening lasted around 40 minutes.

            Lavrov said Kyiv had tried to derail the talks with drone strikes on July 20, three days before the meeting.

            Türkiye hosted talks between the two sides in Istanbul in March 2022.
            """
        let dates = talks(text).map { $0.date ?? "-" }
        #expect(dates == ["2025-07-23", "2022-03"])
    }
}
