@testable import ParleyExtract
import Testing

/// "a revised version of Washington's peace plan, hammered out with a Ukrainian delegation in Florida on Sunday" tells talks
/// there between that delegation's state and the state named before; "Vladimir Putin kept Donald Trump's peace envoys in the
/// Kremlin for around five hours of talks" is a round between the states of the people named; "..., at the table" is no member.
@Suite struct WorkedOverWithDelegationTests {
    private static let lead = "Vladimir Putin kept Donald Trump's peace envoys in the Kremlin for around five hours of talks on Tuesday night."
    private static let day = "3 December 2025"

    @Test func aTextWorkedOverWithADelegationInACity() {
        let found = DatedArticle.extract(Self.lead + "\n\nSteve Witkoff, the US special envoy, and Jared Kushner arrived in Moscow on "
            + "Tuesday with a revised version of Washington's peace plan, hammered out with a Ukrainian delegation in Florida on Sunday.",
            on: Self.day)
        #expect(found.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: ","))" }
            == ["Moscow 2025-12-02 RU,US", "Florida 2025-11-30 UA,US"])
    }

    @Test func aTextWorkedOverWithNoOtherStateTellsNoTalks() {
        #expect(DatedArticle.meetings("The plan was hammered out with a Ukrainian delegation in Florida on Sunday.", on: Self.day).isEmpty)
    }

    @Test func aPlaceAfterTheListIsNoMember() {
        let found = DatedArticle.extract("Ukrainian and US negotiators held talks on 30 November in Hallandale Beach. The "
            + "American side was led by Secretary of State Marco Rubio, with Steve Witkoff and Jared Kushner, the US president's son-in-law, "
            + "at the table.", on: "1 December 2025")
        #expect(found.delegations.first { $0.side == "US" }?.members == ["Steve Witkoff", "Jared Kushner"])
    }
}
