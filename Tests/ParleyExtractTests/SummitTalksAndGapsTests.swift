@testable import ParleyExtract
import Testing

/// A summit a past verb of ending governs was held; the talks leaders met for are their summit; the gap before "the first
/// swap" is the exchanges'.
@Suite struct SummitTalksAndGapsTests {
    @Test func aSummitEndedWasHeldWhateverTheSentenceSaysNext() {
        let text = "Donald Trump and Vladimir Putin ended their first summit without an agreement, with Trump now saying the next "
            + "move is up to Kyiv."
        #expect(DatedArticle.meetings(text, on: "16/08/2025") == ["summit - - held"])
    }

    @Test func theTalksLeadersMetForAreTheirSummit() {
        let text = "Donald Trump and Vladimir Putin ended their first summit without an agreement.\n\nThe two leaders met on Friday at "
            + "Joint Base Elmendorf-Richardson in Anchorage, Alaska, for talks that lasted nearly three hours."
        let x = DatedArticle.extract(text, on: "16/08/2025")
        #expect(DatedArticle.meetings(text, on: "16/08/2025") == ["summit Anchorage 2025-08-15 held"])
        #expect(x.figures.map { "\($0.value) \($0.topic)" } == ["3.0 leaders_meeting"])
    }

    @Test func theGapBeforeTheFirstSwapIsTheExchanges() {
        let text = "The exchange of 314 prisoners was carried out on Feb. 5. It was the first swap in five months."
        #expect(DatedArticle.extract(text, on: "February 6, 2026").figures.map(\.topic) == ["prisoner_exchange", "prisoner_exchange"])
    }

    @Test func theGapBeforeTheFirstTalksStaysTheNegotiations() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Friday. The talks were the first in three years."
        #expect(DatedArticle.extract(text, on: "May 17, 2025").figures.map(\.topic) == ["negotiations"])
    }
}

/// Days a deadline or an ultimatum gives are the threat's (sanctions), whatever it demands.
@Suite struct DeadlineDaysTests {
    @Test func theDaysOfADeadlineAreTheThreats() {
        let text = "Donald Trump cut his deadline for Moscow to agree a ceasefire from 50 days to ten, threatening sanctions."
        #expect(DatedArticle.extract(text, on: "August 16, 2025").figures.first.map { "\($0.value) \($0.topic)" } == "50.0 sanctions")
    }

    @Test func daysOfACeasefireWithNoDeadlineStayTheCeasefires() {
        let text = "Russia proposed a ceasefire of 30 days along the front line."
        #expect(DatedArticle.extract(text, on: "August 16, 2025").figures.map(\.topic) == ["ceasefire"])
    }
}

/// People counted as they "came home" are prisoners exchanged.
@Suite struct CameHomeTests {
    @Test func peopleWhoCameHomeArePrisonersExchanged() {
        let text = "The most recent exchange took place on Oct. 2, 2025, when 185 Ukrainian soldiers and 20 civilians came home."
        #expect(DatedArticle.extract(text, on: "January 25, 2026").figures.map { "\($0.value) \($0.topic)" }
            == ["185.0 prisoner_exchange", "20.0 prisoner_exchange"])
    }
}
