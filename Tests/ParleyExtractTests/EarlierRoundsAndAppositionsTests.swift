@testable import ParleyExtract
import Testing

/// "The meeting in the Swiss city, the third trilateral round brokered by Washington ..., came after two rounds in Abu Dhabi, the
/// capital of the United Arab Emirates, on Jan. 23 and 24 and on Feb. 4 and 5": the numbered round in the apposition is the
/// meeting told, the two rounds after "after" are held in their own city between the main round's sides; "Jared Kushner, the
/// son-in-law of President Donald Trump" lists no Trump; "Medinsky, an aide to President Vladimir Putin who headed Moscow's
/// delegation in Istanbul last year, returned to lead the Russian team" heads the round reported; "a possible ceasefire" makes
/// no swap the clause reports a proposal.
@Suite struct EarlierRoundsAndAppositionsTests {
    private static let lead = "GENEVA - Russian, Ukrainian and U.S. negotiators wrapped up two days of talks in Geneva on Wednesday."
    private static let day = "Feb 19, 2026"

    @Test func roundsTheMainRoundCameAfter() {
        let text = Self.lead + "\n\nThe meeting in the Swiss city, the third trilateral round brokered by Washington and the first held in "
            + "Europe, came after two rounds in Abu Dhabi, the capital of the United Arab Emirates, on Jan. 23 and 24 and on Feb. 4 and 5."
        let found = DatedArticle.extract(text, on: Self.day)
        #expect(found.meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: ","))" }
            == ["Geneva 2026-02-17 RU,UA,US", "Abu Dhabi 2026-01-23 RU,UA,US", "Abu Dhabi 2026-02-04 RU,UA,US"])
    }

    private func sides(_ text: String) -> [String] {
        DatedArticle.extract(Self.lead + "\n\n" + text, on: Self.day).delegations
            .map { "\($0.side) \($0.head ?? "-") \($0.members.joined(separator: "; "))" }.sorted()
    }

    @Test func aPersonTheDescriptionIsToldByIsNoMember() {
        #expect(sides("The U.S. side was represented by special envoy Steve Witkoff and Jared Kushner, the son-in-law of President "
            + "Donald Trump.").contains("US - Steve Witkoff; Jared Kushner"))
    }

    @Test func aTitleWithOfStillNamesAMember() {
        #expect(sides("The Ukrainian team, led by Rustem Umerov, included presidential chief of staff Kyrylo Budanov.")
            .contains("UA Rustem Umerov Kyrylo Budanov"))
    }

    @Test func aHeadWhoseAsideToldAnotherRoundHeadsTheOneReported() {
        #expect(sides("Vladimir Medinsky, an aide to Russian President Vladimir Putin who headed Moscow's delegation in the Istanbul talks "
            + "with Ukraine last year, returned to lead the Russian team.").contains("RU Vladimir Medinsky "))
    }

    @Test func aPossibleCeasefireProposesNoSwap() {
        #expect(DatedArticle.meetings("The Abu Dhabi rounds focused on a possible ceasefire and how to monitor it, and produced the first "
            + "prisoner swap in five months on Feb. 5, when each side freed 157 prisoners of war.", on: Self.day)
            == ["exchange - 2026-02-05 held"])
        #expect(DatedArticle.meetings("Ushakov said a new summit between Trump and Putin was possible.", on: Self.day)
            == ["summit - - proposed"])
    }
}
