@testable import ParleyExtract
import Testing

/// Days and months told without a year take the year the sentence names: "last year, with rounds on May 16, June 2
/// and July 23"; "in February 2022 ... in March of that year". Rounds told by the year alone are those dated rounds.
@Suite struct YearNamedBeforeTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n07.01.2026\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test func roundsOfLastYear() {
        let text = "Direct Russia-Ukraine talks resumed in Istanbul last year after a break of more than three years, "
            + "with rounds on May 16, June 2 and July 23."
        #expect(meetings(text) == ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held", "talks Istanbul 2025-07-23 held"])
    }

    @Test func aMonthOfThatYear() {
        let text = "Ankara has kept ties with both Kyiv and Moscow since the start of the war in February 2022 and hosted the "
            + "last direct talks between the warring parties, in Istanbul in March of that year."
        #expect(meetings(text) == ["talks Istanbul 2022-03 held"])
    }

    @Test func aYearInRightBeforeTheDays() {
        let text = "Russia and Ukraine had earlier held three rounds of direct talks in Istanbul in 2025 - on May 16, June 2 and July 23 "
            + "- hosted by Türkiye."
        #expect(DatedArticle.meetings(text, on: "18.02.2026")
            == ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held", "talks Istanbul 2025-07-23 held"])
    }

    @Test func daysListedTogetherRunInOrder() {
        let text = "Delegations from the two countries met three times in Istanbul, on May 16, June 2 and July 23."
        #expect(DatedArticle.meetings(text, on: "18.02.2026")
            == ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held", "talks Istanbul 2025-07-23 held"])
    }

    @Test func aDayAPastVerbTellsIsTheYearBefore() {
        let text = "Russian and Ukrainian delegations held talks in Istanbul on May 16, the first in three years."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == ["talks Istanbul 2025-05-16 held"])
    }

    @Test func aDayAgreedToIsStillAhead() {
        let text = "Russian and Ukrainian delegations agreed to meet in Istanbul on May 16."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == ["talks Istanbul 2026-05-16 planned"])
    }

    @Test func aYearOutsideTheDaysPhraseNamesNone() {
        let text = "The war began in 2022. Russian and Ukrainian delegations will meet in Istanbul on May 16."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == ["talks Istanbul 2026-05-16 planned"])
    }

    @Test func aDayAheadInTheArticlesYearStaysSo() {
        let text = "Russian and Ukrainian delegations will meet in Istanbul on May 16, the Turkish foreign ministry said."
        #expect(meetings(text) == ["talks Istanbul 2026-05-16 planned"])
    }
}
