import ParleyExtract
import Testing

/// Numbered rounds and days without a year: what lets two sources' accounts of one round be compared.
@Suite struct RoundTests {
    @Test(arguments: [
        ("Russia and Ukraine held their first direct talks in three years in Istanbul.", 1),
        ("The second round of talks took place in Istanbul.", 2),
        ("Delegations met in Istanbul for the third round of negotiations.", 3),
        ("The first direct peace talks since 2022, held in Istanbul, ended quickly.", 1),
        ("Russia and Ukraine held direct talks in Istanbul.", nil),
        ("First, the delegations held talks in Istanbul.", nil),
    ] as [(String, Int?)])
    func theRoundNumberComesFromAnOrdinalBeforeTheTalksNoun(_ sentence: String, _ round: Int?) {
        let talks = Extractor.extract(body: sentence).meetings.first { $0.kind == .talks }
        #expect(talks != nil)
        #expect(talks?.round == round)
    }

    @Test func anEnumerationOfRoundsKeepsDaysWithoutAYear() {
        let body = "This year, Russia and Ukraine have conducted two rounds of direct peace discussions, the first occurring on May 16 and the second on June 2."
        let talks = Extractor.extract(body: body).meetings.filter { $0.kind == .talks }
        #expect(talks.map(\.date) == [nil, nil])
        #expect(talks.map(\.monthDay) == ["05-16", "06-02"])
        #expect(talks.map(\.round) == [1, 2])
    }

    @Test func anEnumerationWhoseFirstOrdinalStandsBeforeTheNoun() {
        let body = "Thursday, July 24, 2025\n\nThe first round of direct talks took place on May 16, the second on June 2."
        let talks = Extractor.extract(body: body).meetings.filter { $0.kind == .talks }
        #expect(talks.map(\.date) == ["2025-05-16", "2025-06-02"])
        #expect(talks.map(\.round) == [1, 2])
    }

    @Test func theArticleDateSuppliesTheYear() {
        let body = "Saturday, July 5, 2025\n\nThe two sides have held two rounds of talks, the first on May 16 and the second on June 2."
        let talks = Extractor.extract(body: body).meetings.filter { $0.kind == .talks }
        #expect(talks.map(\.date) == ["2025-05-16", "2025-06-02"])
        #expect(talks.map(\.monthDay) == ["05-16", "06-02"])
    }
}

/// Rounds and calls told as one of a series, by the two leaders, or by delegations named through their heads.
@Suite struct SeriesAndUndatedTests {
    private func meetings(_ body: String) -> [String] {
        Extractor.extract(body: body).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+"))" }
    }

    @Test func thePreviousRoundIsARoundOfItsOwn() {
        let body = "Talks end\n\nJuly 24, 2025\n\nRussian and Ukrainian delegations held a third round of talks in Istanbul on Wednesday. "
            + "The previous round, held in Istanbul on June 2, produced an agreement."
        #expect(meetings(body).prefix(2) == ["talks Istanbul 2025-07-23 RU+UA", "talks Istanbul 2025-06-02 RU+UA"])
    }

    @Test func theTwoPresidentsSpeakingOnADayIsACall() {
        let body = "Talks end\n\nAugust 19, 2025\n\nUS President Donald Trump met Russian President Vladimir Putin in Alaska on Friday. "
            + "The two presidents last spoke on 3 July."
        #expect(meetings(body).last == "call - 2025-07-03 RU+US")
    }

    @Test func delegationsNamedByTheirHeadsMeetAsTheirStates() {
        let body = "Talks end\n\nAugust 6, 2025\n\nThe delegations, led by Vladimir Medinsky and Rustem Umerov, have met three times in Istanbul, "
            + "most recently in July."
        let e = Extractor.extract(body: body)
        #expect(e.meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Istanbul 2025-07"])
        #expect(e.delegations.map { "\($0.side) \($0.head ?? "-")" } == ["RU Vladimir Medinsky", "UA Rustem Umerov"])
    }
}
