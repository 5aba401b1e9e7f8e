@testable import ParleyExtract
import Testing

/// Rounds listed after a dash, a day set off after a short fronted phrase of time, and two days of hyphened talks told
/// ended by a sentence whose meeting noun comes later.
@Suite struct RoundsAfterADashAndFrontedDaysTests {
    private let lead = "Steve Witkoff and Jared Kushner travelled.\n\n"

    @Test func roundsListedAfterADash() {
        let text = lead + "The channel follows three rounds of direct Russia-Ukraine talks in Istanbul last year — on May 16, June 2, and "
            + "July 23, 2025."
        #expect(DatedArticle.meetings(text, on: "January 25, 2026")
            == ["talks Istanbul 2025-05-16 held", "talks Istanbul 2025-06-02 held", "talks Istanbul 2025-07-23 held"])
    }

    @Test func aDaySetOffAfterAFrontedPhraseOfTime() {
        let text = lead + "Weeks before Abu Dhabi, on Jan. 6, the leaders of the so-called coalition of the willing met in Paris."
        #expect(DatedArticle.meetings(text, on: "January 25, 2026") == ["summit Paris 2026-01-06 held"])
    }

    @Test func aDayAfterANounPhraseDatesNoOtherMeeting() {
        let text = lead + "His previous visit, on August 6, came just days before Vladimir Putin and Donald Trump met in Anchorage."
        #expect(!DatedArticle.meetings(text, on: "December 3, 2025").contains("summit Anchorage 2025-08-06 held"))
    }

    @Test func twoDaysOfHyphenedTalksEndedOnADay() {
        let text = "Ukrainian, Russian, and U.S. negotiators wrapped up two days of closed-door talks in Abu Dhabi on Jan. 24, the first "
            + "meeting in this format since Russia launched its full-scale invasion."
        #expect(DatedArticle.meetings(text, on: "January 25, 2026") == ["talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func aHeadlineTellsTheTalksAndTheLeadTheirTwoDays() {
        let body = "First trilateral talks with Russia, US end in Abu Dhabi without breakthrough\n\nJanuary 25, 2026\n\nUkrainian, "
            + "Russian, and U.S. negotiators wrapped up two days of closed-door talks in Abu Dhabi on Jan. 24, the first meeting in this "
            + "format since Russia launched its full-scale invasion."
        #expect(Extractor.extract(body: body).meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Abu Dhabi 2026-01-23"])
    }

    @Test func aMeetingWithACityAndADayOfItsOwn() {
        let text = "Ukrainian, Russian, and U.S. negotiators wrapped up two days of talks in Abu Dhabi on Jan. 24.\n\nThe Abu Dhabi round "
            + "was agreed at a late-night meeting in Moscow on Jan. 22, when Steve Witkoff spent more than three hours with Vladimir Putin."
        #expect(DatedArticle.meetings(text, on: "January 25, 2026") == ["talks Abu Dhabi 2026-01-23 held", "talks Moscow 2026-01-22 held"])
    }

    @Test func theRoundOnTwoDaysFollowedAFirstMeeting() {
        let text = "Russia and Ukraine agreed to exchange prisoners after a second round of US-brokered talks in Abu Dhabi.\n\nThe round "
            + "on February 4 and 5 followed a first meeting in Abu Dhabi on January 23 and 24."
        #expect(DatedArticle.meetings(text, on: "February 6, 2026").filter { $0.hasPrefix("talks") }
            == ["talks Abu Dhabi 2026-02-04 held", "talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func twoMeetingsOnDaysOfTheirOwnInTheirCity() {
        let text = "Negotiators from Russia, Ukraine and the United States ended talks in Geneva on Wednesday.\n\nThe Geneva round came "
            + "after two meetings in the Emirati capital, on January 23-24 and February 4-5."
        #expect(DatedArticle.meetings(text, on: "19 Feb 2026")
            == ["talks Geneva 2026-02-18 held", "talks Abu Dhabi 2026-01-23 held", "talks Abu Dhabi 2026-02-04 held"])
    }

    @Test func theNumberedRoundOpenedOnItsFirstDay() {
        let text = "Negotiators from Russia, Ukraine and the United States ended talks in Geneva on Wednesday.\n\nThe third round of "
            + "US-brokered trilateral talks, and the first on European soil, opened on Tuesday with a session that lasted six hours."
        #expect(DatedArticle.meetings(text, on: "19 Feb 2026") == ["talks Geneva 2026-02-17 held"])
    }

    @Test func enumeratedRoundsTakeTheCityAndTheVenueAfterEachDay() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Wednesday for a third round.\n\nThe first round of direct talks "
            + "took place in Istanbul on May 16 at the Dolmabahçe Palace, and the second on June 2 at the Çırağan Palace."
        let x = DatedArticle.extract(text, on: "July 24, 2025")
        #expect(x.meetings.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" } == [
            "Istanbul - 2025-07-23", "Istanbul Dolmabahçe Palace 2025-05-16", "Istanbul Çırağan Palace 2025-06-02",
        ])
    }
}
