@testable import ParleyExtract
import Testing

/// A round named only to say when another meeting was, a round dated where the sentence opens with it, a numbered round
/// of the same series, a meeting on the sidelines, and sides and members told of other things than the talks.
@Suite struct RoundsToldAroundOtherMeetingsTests {
    static let lead = "Russian, Ukrainian and U.S. negotiators met for a second round of trilateral talks in Abu Dhabi, U.S. special envoy "
        + "Steve Witkoff said. Jared Kushner, President Donald Trump's son-in-law, was there. Kirill Dmitriev, the Kremlin's special "
        + "envoy, was there too.\n\n"

    @Test func aRoundNamedToSayWhenLeavesTheMeetingToTheVerb() {
        let text = Self.lead + "Before the second round, Dmitriev met Witkoff and Kushner in Miami on Saturday."
        #expect(DatedArticle.meetings(text, on: "February 5, 2026").contains("talks Miami 2026-01-31 held"))
    }

    @Test func aRoundNamedToSayWhenStaysTheRoundWithoutAMeetingOfItsOwn() {
        let text = Self.lead + "Before the second round, Dmitriev said he hoped for progress."
        #expect(DatedArticle.meetings(text, on: "February 5, 2026") == ["talks Abu Dhabi - held"])
    }

    @Test func aMeetingOnTheSidelinesIsAtTheRoundNotAtOneToldLater() {
        let text = "Russia and Ukraine agreed to exchange 314 prisoners following two days of U.S.-brokered talks in Abu Dhabi, U.S. "
            + "special envoy Steve Witkoff said. The U.S. delegation included Jared Kushner.\n\nKirill Dmitriev, the Kremlin's special "
            + "envoy, who met Witkoff and Kushner separately on the sidelines, told Russian media there had been movement.\n\nBefore "
            + "the second round, Dmitriev met Witkoff and Kushner in Miami on Saturday."
        let found = DatedArticle.extract(text, on: "February 5, 2026").meetings.filter { $0.kind == .talks && $0.parties.sorted() == ["RU", "US"] }
        #expect(found.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Abu Dhabi -", "Miami 2026-01-31"])
    }

    @Test func theTalksOpeningTheSentenceTakeTheirDayAndTheNumberedRoundItsOwn() {
        let text = Self.lead + "The talks on Feb. 4 and 5 followed a first round in Abu Dhabi on Jan. 23 and 24."
        let found = DatedArticle.extract(text, on: "February 5, 2026").meetings
        #expect(found.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
            == ["Abu Dhabi 2026-02-04 [\"RU\", \"UA\", \"US\"]", "Abu Dhabi 2026-01-23 [\"RU\", \"UA\", \"US\"]"])
    }

    @Test func aNumberedRoundElsewhereKeepsItsOwnSides() {
        let text = "Ukrainian and U.S. negotiators held trilateral talks with Russia in Abu Dhabi on Wednesday.\n\nThe talks on Feb. 4 "
            + "followed a first round of direct Russian-Ukrainian talks in Istanbul on May 16."
        let found = DatedArticle.extract(text, on: "February 5, 2026").meetings
        #expect(found.first { $0.place == "Istanbul" }?.parties.sorted() == ["RU", "UA"])
    }

    @Test func aSideLeadingSomethingElseNamesNoHead() {
        let text = "Russian, Ukrainian and U.S. negotiators met in Abu Dhabi on Thursday.\n\nWashington and Moscow agreed to restore a "
            + "military-to-military dialogue, to be led on the U.S. side by Gen. Alexus Grynkewich.\n\nThe U.S. delegation was led by "
            + "Steve Witkoff and included Jared Kushner. Ukraine's negotiators were headed by Rustem Umerov, with Kyrylo Budanov, the head "
            + "of the presidential office, among them."
        let delegations = DatedArticle.extract(text, on: "February 6, 2026").delegations
        #expect(delegations.first { $0.side == "US" }?.head == "Steve Witkoff")
        #expect(delegations.first { $0.side == "UA" }?.members == ["Kyrylo Budanov"])
    }
}

/// Days told together and the sides met after the noun's own place and day.
@Suite struct TalksOverDaysWithGuestsTests {
    @Test(arguments: ["on 14 and 15 December", "on 14-15 December", "on December 14 and 15"])
    func daysToldTogetherDateTheTalksByTheFirst(_ days: String) {
        let text = "Ukraine's team held two days of talks in Berlin \(days) with US envoy Steve Witkoff."
        #expect(DatedArticle.meetings(text, on: "29 December 2025") == ["talks Berlin 2025-12-14 held"])
    }

    @Test func theSidesMetPastThePlaceAndDayAreTheTalksOwnNotThoseOfTheNextClause() {
        let text = "Mr Zelenskyy's team held two days of talks in Berlin on 14 and 15 December with US envoy Steve Witkoff and "
            + "Jared Kushner, and a Russian delegation led by Kremlin envoy Kirill Dmitriev met the same two Americans in Miami on "
            + "20 and 21 December."
        let found = DatedArticle.extract(text, on: "29 December 2025").meetings
        #expect(found.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
            == ["Berlin 2025-12-14 [\"UA\", \"US\"]", "Miami 2025-12-20 [\"RU\", \"US\"]"])
    }
}
