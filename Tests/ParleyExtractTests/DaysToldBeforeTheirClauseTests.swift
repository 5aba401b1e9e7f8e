@testable import ParleyExtract
import Testing

/// Days told apart from their verb: a yearless day set off before a past verb of meeting is of the year before a later
/// article; a "when" clause after "Thursday night"; two days "24 and 25 November" told together. And a clause after
/// "under" is no member's role.
@Suite struct DaysToldBeforeTheirClauseTests {
    @Test func aYearlessDayBeforeAPastMeetingIsOfTheYearBefore() {
        let text = "Less than a month later, on 11 March, a US team under Marco Rubio met a Ukrainian delegation led by Andriy "
            + "Yermak in Jeddah."
        #expect(DatedArticle.meetings(text, on: "24.01.2026") == ["talks Jeddah 2025-03-11 held"])
    }

    @Test func aWhenClauseAfterAPartOfTheDay() {
        let text = "Two days of talks between Russian, Ukrainian and American officials ended in Abu Dhabi on Saturday.\n\nRussia's "
            + "delegation was headed by Admiral Igor Kostyukov. The US team was led by special envoy Steve Witkoff and included Jared "
            + "Kushner.\n\nThe Abu Dhabi round was set up in Moscow on Thursday night, when Witkoff and Kushner met Russian President "
            + "Vladimir Putin in the Kremlin for more than three hours."
        #expect(DatedArticle.meetings(text, on: "24.01.2026").contains("talks Moscow 2026-01-22 held"))
    }

    @Test func twoDaysToldTogetherAreDatedByTheFirst() {
        let text = "In November, US Army Secretary Dan Driscoll flew to Abu Dhabi and met a Russian delegation there over 24 and 25 "
            + "November."
        #expect(DatedArticle.meetings(text, on: "24.01.2026") == ["talks Abu Dhabi 2025-11-24 held"])
    }

    @Test func aClauseAfterUnderIsNoMembersRole() {
        let text = "On 11 March 2025, a US team under Rubio met a Ukrainian delegation led by Andriy Yermak in Jeddah."
        let e = DatedArticle.extract(text, on: "24.01.2026")
        #expect(e.delegations.allSatisfy { $0.members.allSatisfy { !$0.contains(" met ") } })
    }
}

/// "from Florida, where on Sunday they joined Rubio for talks with a Ukrainian delegation ... in Hallandale Beach": the day
/// opening a "where" clause dates the talks told in it, in a report on another round.
@Suite struct WhereClauseOpeningDayTests {
    @Test func theDayOpeningAWhereClause() {
        let text = "Russian president Vladimir Putin met US envoys in the Kremlin on Tuesday.\n\nSteve Witkoff had travelled to Moscow "
            + "from Florida, where on Sunday he joined Marco Rubio for talks with a Ukrainian delegation at the Shell Bay club in "
            + "Hallandale Beach."
        #expect(DatedArticle.meetings(text, on: "03.12.2025").contains("talks Hallandale Beach 2025-11-30 held"))
    }
}
