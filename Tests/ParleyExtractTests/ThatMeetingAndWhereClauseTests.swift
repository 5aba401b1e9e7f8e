@testable import ParleyExtract
import Testing

/// Talks told across clauses: "Umerov and General Andriy Hnatov, chief of Ukraine's general staff, are due to meet" (a
/// role set off after a name), "since Geneva, where US and Ukrainian officials whittled the draft down ... on November
/// 23" (a "where" clause on a city), "Umerov, who replaced Yermak as Kyiv's lead negotiator after Yermak resigned on
/// Friday, led a Ukrainian delegation" (a long relative clause before the verb of leading), and "That meeting, at a
/// private club in Hallandale Beach" (the talks told just before, refined to a city).
@Suite struct ThatMeetingAndWhereClauseTests {
    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\nDecember 3 2025\n\n" + text)
    }

    private func meetings(_ text: String) -> [String] {
        extract(text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    private let florida = "Rustem Umerov met Steve Witkoff and Jared Kushner in Florida on Sunday. "

    @Test func subjectWithARoleSetOff() {
        let text = florida + "Umerov and General Andriy Hnatov, chief of Ukraine’s general staff, are due to meet Witkoff and Kushner again in Miami on Thursday."
        #expect(meetings(text).last == "talks Miami 2025-12-04 planned [\"UA\", \"US\"]")
    }

    @Test func twoStatesOfficialsInAWhereClause() {
        let text = "Vladimir Putin received Steve Witkoff in the Kremlin on Tuesday. The meeting was the first contact since Geneva, where US and Ukrainian officials whittled the original 28-point draft "
            + "down to 19 points on November 23."
        #expect(meetings(text) == ["talks Moscow 2025-12-02 held [\"RU\", \"US\"]", "talks Geneva 2025-11-23 held [\"UA\", \"US\"]"])
    }

    @Test func headPastALongRelativeClause() {
        let text = "On Sunday, Rustem Umerov, who replaced Andriy Yermak as Kyiv’s lead negotiator after Yermak resigned on Friday, led a "
            + "Ukrainian delegation at talks in Florida with Secretary of State Marco Rubio."
        let out = extract(text)
        #expect(out.delegations.map { "\($0.side) \($0.head ?? "-")" }.contains("UA Rustem Umerov"))
    }

    @Test func thatMeetingIsTheTalksJustTold() {
        let text = "Vladimir Putin received Steve Witkoff in the Kremlin on Tuesday. "
            + "On Sunday, a Ukrainian delegation held talks in Florida with Secretary of State Marco Rubio. "
            + "That meeting, at a private club in Hallandale Beach, lasted about four hours."
        #expect(meetings(text).contains("talks Hallandale Beach 2025-11-30 held [\"UA\", \"US\"]"))
        #expect(!meetings(text).contains { $0.hasPrefix("talks Moscow") && $0.contains("Hallandale") })
    }
}
