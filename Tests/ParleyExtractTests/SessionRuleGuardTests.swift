@testable import ParleyExtract
import Testing

/// Sentences the rules of sessions, possessives, carried documents and fronted days must leave alone: each once gave a
/// meeting, a day, a status or a member that the text does not tell.
@Suite struct SessionRuleGuardTests {
    private func extract(_ text: String, on day: String = "December 14, 2025") -> Extraction {
        Extractor.extract(body: "Headline here\n\n\(day)\n\n" + text)
    }

    private func meetings(_ text: String, on day: String = "December 14, 2025") -> [String] {
        extract(text, on: day).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test func membersNamedByATitleOfAnotherStateStay() {
        let text = "Russian and Ukrainian delegations met US officials in Abu Dhabi on Sunday. The US delegation was led by special "
            + "envoy Steve Witkoff and included Ukraine envoy Keith Kellogg and Russia expert Fiona Hill."
        let us = extract(text).delegations.first { $0.side == "US" }
        #expect(us?.members == ["Keith Kellogg", "Fiona Hill"])
    }

    @Test func aFutureInARelativeClauseMovesNoFrontedDay() {
        #expect(meetings("On Friday, Ukrainian negotiators arrived in Miami for talks that will continue over the weekend.")
                == ["talks Miami 2025-12-12 held"])
    }

    @Test func somethingElseWillContinue() {
        let text = "Ukrainian President Volodymyr Zelensky met US special envoy Steve Witkoff in Berlin on Sunday. Russian strikes on "
            + "Ukrainian energy infrastructure will continue on Monday, Zelensky warned."
        #expect(meetings(text) == ["talks Berlin 2025-12-14 held"])
    }

    @Test(arguments: [
        "Ukrainian President Volodymyr Zelensky's meeting with soldiers in Kharkiv on Friday was filmed.",
        "Friday's meeting of the Ukrainian cabinet in Kyiv approved the budget.",
        "Ukrainian President Volodymyr Zelensky later took the proposal to US President Donald Trump's allies in Congress on Tuesday.",
    ])
    func noMeeting(text: String) {
        #expect(meetings(text) == [])
    }

    @Test func aPlanCarriedByPhoneIsTheCallOnly() {
        let text = "Ukrainian President Volodymyr Zelensky brought the plan to US President Donald Trump's attention in a phone call on Tuesday."
        #expect(meetings(text) == ["call - 2025-12-09 held"])
    }

    @Test func anAimIsNoPlannedMeeting() {
        let text = "Ukrainian President Volodymyr Zelensky and US President Donald Trump held a summit at the White House, and the aim "
            + "is to sign a deal by Christmas."
        #expect(meetings(text).map { $0.hasSuffix("held") } == [true])
    }

    @Test func noPlanOnTheTableIsNoDenial() {
        let text = "There was no plan on the table when US special envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Tuesday."
        #expect(meetings(text) == ["talks Moscow 2025-12-09 held"])
    }

    @Test func aVenueOfAnotherClauseIsNoOtherPlace() {
        let text = "Delegations from the United States, Russia and Ukraine began two days of talks in Abu Dhabi on Friday.\n\n"
            + "Witkoff met Ukrainian negotiator Rustem Umerov on Thursday, hours after Russian President Vladimir Putin spoke at the Kremlin."
        #expect(meetings(text, on: "January 23, 2026") == ["talks Abu Dhabi 2026-01-23 held"])
    }

    @Test func aDayInAnotherClauseDatesNoFurtherRound() {
        let text = "Russian President Vladimir Putin met US special envoy Steve Witkoff at the Kremlin in Moscow on Tuesday.\n\n"
            + "Ukrainian President Volodymyr Zelensky has long demanded new talks in Geneva, and on Thursday Kyiv repeated the demand."
        #expect(!meetings(text).contains { $0.hasPrefix("talks Geneva 2025") })
    }
}
