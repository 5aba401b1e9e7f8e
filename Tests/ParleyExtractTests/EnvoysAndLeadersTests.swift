@testable import ParleyExtract
import Testing

/// Guests welcomed, leaders told by office, venues after "his", time spent together, meetings denied past a word, talks
/// placed past those met, and a delegation to be led to a city.
@Suite struct EnvoysAndLeadersTests {
    @Test func aLeaderWelcomedToAPlaceIsAGuestNotWordsSaid() {
        let text = "The US president spoke to Vladimir Putin by phone before welcoming the Ukrainian leader to his Florida estate."
        let found = DatedArticle.extract(text, on: "29 December 2025")
        #expect(found.claims.isEmpty)
        #expect(found.meetings.map { $0.parties } == [["US", "RU"]])
    }

    @Test func aDecisionWelcomedIsStillAClaim() {
        let found = DatedArticle.extract("Volodymyr Zelensky welcomed Donald Trump's readiness to meet Vladimir Putin.", on: "29 December 2025")
        #expect(found.claims.map(\.text) == ["Donald Trump's readiness to meet Vladimir Putin"])
    }

    @Test func aVenueAfterHisIsTheSummits() {
        let text = "Donald Trump said a deal was closer after hosting Volodymyr Zelenskyy at his Mar-a-Lago club in Palm Beach on Sunday."
        #expect(DatedArticle.extract(text, on: "29 December 2025").meetings.map { $0.venue } == ["Mar-a-Lago"])
    }

    @Test func hoursSpentTogetherAtAVenueAreTalks() {
        let text = "President Vladimir Putin spent close to five hours at the Kremlin on Tuesday evening with U.S. special envoy Steve Witkoff."
        #expect(DatedArticle.meetings(text, on: "Dec. 3, 2025") == ["talks Moscow 2025-12-02 held"])
    }

    @Test func aMeetingDeniedPastAWordDescribingItIsNone() {
        let text = "No new meeting between Vladimir Putin and Donald Trump has been scheduled for now, the Kremlin aide added."
        #expect(DatedArticle.meetings(text, on: "Dec. 3, 2025").isEmpty)
    }

    @Test func talksPlacedPastTheOneLeadingThoseMetAreElsewhere() {
        let text = "President Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Tuesday.\n\nOn Sunday, Rustem Umerov "
            + "headed Kyiv's delegation at talks with a U.S. team led by Secretary of State Marco Rubio at a golf club in Hallandale "
            + "Beach, Florida."
        #expect(DatedArticle.meetings(text, on: "Dec. 3, 2025").contains("talks Hallandale Beach 2025-11-30 held"))
    }

    @Test func aDelegationToBeLedToACityIsARoundToCome() {
        let text = "President Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Tuesday.\n\nRustem Umerov is expected "
            + "to lead a Ukrainian delegation to Miami later this week for follow-up talks with the U.S. team."
        let found = DatedArticle.extract(text, on: "Dec. 3, 2025").meetings
        #expect(found.contains { $0.place == "Miami" && $0.status == .planned && $0.parties == ["UA", "US"] })
    }

    @Test func aDelegationLedToACityBeforeIsNoRoundToCome() {
        let text = "President Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Tuesday.\n\nRustem Umerov led a "
            + "Ukrainian delegation to Miami last week."
        #expect(!DatedArticle.extract(text, on: "Dec. 3, 2025").meetings.contains { $0.status == .planned })
    }
}
