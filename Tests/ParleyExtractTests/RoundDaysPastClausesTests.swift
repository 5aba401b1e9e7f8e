@testable import ParleyExtract
import Testing

/// Days that belong to other words than they seem to: a relative year is not the year of days in a later relative
/// clause; a year owning the noun ("last year's talks") is its date; a list of states' commas part no noun from its day;
/// "wrapped up" ends talks as "ended" does.
@Suite struct RoundDaysPastClausesTests {
    private let main = "Two days of talks between Russian and Ukrainian negotiators in Geneva ended on Wednesday. "

    @Test func daysOfARelativeClauseKeepTheArticlesYear() {
        let text = "Vladimir Medinsky led Russia's team at last year's talks in Istanbul, and Igor Kostyukov, who had headed "
            + "Moscow's delegation at two earlier rounds in Abu Dhabi on Jan. 23-24 and Feb. 4-5, stayed home."
        #expect(DatedArticle.meetings(text, on: "18.02.2026")
            == ["talks Istanbul 2025 held", "talks Abu Dhabi 2026-01-23 held", "talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func aYearOwningTheTalksDatesThem() {
        let text = main + "Medinsky - who led Russia's team at last year's talks in Istanbul - took over from Igor Kostyukov, "
            + "who had headed Moscow's delegation at two earlier rounds in Abu Dhabi on Jan. 23-24 and Feb. 4-5."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == ["talks Geneva 2026-02-17 held", "talks Istanbul 2025 held",
                                                                 "talks Abu Dhabi 2026-01-23 held", "talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func aListOfStatesKeepsTheTalksDay() {
        let text = "The two days of closed-door talks produced no breakthrough.\n\nTwo days of closed-door talks between Russian, "
            + "Ukrainian and American officials in the Emirati capital ended Saturday without a breakthrough."
        #expect(DatedArticle.meetings(text, on: "26.01.2026") == ["talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func wrappedUpEndsTheTalks() {
        let text = "Two days of US-brokered talks between Russian and Ukrainian negotiators in Geneva wrapped up Wednesday "
            + "without a breakthrough."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == ["talks Geneva 2026-02-17 held"])
    }

    /// Guard: a relative year right before the days still dates them ("in Istanbul last year, with rounds on May 16").
    @Test func aRelativeYearBeforeTheDaysStillDatesThem() {
        let text = "Talks resumed in Istanbul last year, with rounds on May 16 and June 2."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held"])
    }
}
