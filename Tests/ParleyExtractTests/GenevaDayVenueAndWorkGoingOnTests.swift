@testable import ParleyExtract
import Testing

/// "officials said Sunday they had made real progress, after hours of closed-door talks in Geneva" dates the talks by the
/// statement past a hyphened modifier; "Rubio led the U.S. delegation at the U.S. Mission in Geneva" places the round at that
/// venue; "Rubio said work would continue in Geneva on Monday" is a further session there.
@Suite struct GenevaDayVenueAndWorkGoingOnTests {
    private static let lead = "GENEVA -- Senior American and Ukrainian officials said Sunday they had made real progress toward a deal, "
        + "after hours of closed-door talks in Geneva over a U.S. peace plan."
    private static let day = "November 23, 2025, 7:14 PM"

    @Test func talksDatedByTheStatementAfterThem() {
        #expect(DatedArticle.meetings(Self.lead, on: Self.day) == ["talks Geneva 2025-11-23 held"])
    }

    @Test func aDelegationLedAtAVenuePlacesTheRound() {
        let found = DatedArticle.extract(Self.lead + "\n\nSecretary of State Marco Rubio led the U.S. delegation at the U.S. Mission in "
            + "Geneva, accompanied by special envoy Steve Witkoff.", on: Self.day)
        #expect(found.meetings.first?.venue == "U.S. Mission")
    }

    @Test func workGoingOnWhereTheTalksWere() {
        #expect(DatedArticle.meetings(Self.lead + "\n\nMarco Rubio said work would continue in Geneva on Monday.", on: Self.day)
            == ["talks Geneva 2025-11-23 held", "talks Geneva 2025-11-24 planned"])
    }

    @Test func workGoingOnElsewhereIsNoSession() {
        #expect(DatedArticle.meetings(Self.lead + "\n\nMarco Rubio said work would continue in Washington on Monday.", on: Self.day)
            == ["talks Geneva 2025-11-23 held"])
    }
}
