@testable import ParleyExtract
import Testing

/// Sentences the rules of this round must leave alone, and inputs that once read outside their sentence.
@Suite struct OverBroadRuleGuardTests {
    private func extract(_ text: String, published: String = "December 3, 2025") -> Extraction {
        Extractor.extract(body: "Headline here\n\n\(published)\n\n" + text)
    }

    private func meetings(_ text: String, published: String = "December 3, 2025") -> [String] {
        extract(text, published: published).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted())" }
    }

    @Test(arguments: [
        "And then travelled to Dublin to meet Taoiseach Micheál Martin.",
        "Zelensky, who met Macron. And then travelled to Dublin to meet Martin.",
    ])
    func anAndOpeningTheSentenceReadsNothingBeforeIt(text: String) {
        _ = extract(text)
    }

    @Test func aHandingVerbOpeningTheTextReadsNothingBeforeIt() {
        _ = Extractor.extract(body: "Presented the plan to Ukrainian President Volodymyr Zelensky in Kyiv.\n\nDecember 3, 2025\n\nText.")
    }

    @Test func heAfterASentenceOfSpeechIsNotItsSpeaker() {
        let text = "Ukrainian President Volodymyr Zelensky said U.S. envoy Steve Witkoff would travel to Moscow. On Tuesday he met "
            + "Russian President Vladimir Putin at the Kremlin."
        #expect(meetings(text).allSatisfy { !$0.contains("UA") })
    }

    @Test(arguments: [
        "U.S. and Ukrainian officials declined to comment in Kyiv on Monday.",
        "Russian and Ukrainian officials reported new drone attacks in Kharkiv and Belgorod on Sunday.",
    ])
    func officialsDoingOtherThingsHoldNoTalks(text: String) {
        #expect(meetings(text) == [])
    }

    @Test(arguments: [
        ("The delegations will review progress since the talks in Istanbul on July 23.", "January 10, 2026", "2025-07-23"),
        ("Umerov will brief Zelensky on the results of the talks in Istanbul on April 20.", "December 12, 2025", "2025-04-20"),
    ])
    func aFutureVerbElsewhereKeepsAPastDay(text: String, published: String, day: String) {
        #expect(meetings(text, published: published).contains { $0.contains(day) })
    }

    @Test func talksOfTheirOwnInTheSummitsRegionStayApart() {
        let text = "US President Donald Trump spoke. Ukrainian President Volodymyr Zelensky spoke. Rustem Umerov, Ukraine's "
            + "security council secretary, spoke. US special envoy Steve Witkoff spoke. Trump met Zelensky in Palm Beach, "
            + "Florida, on Dec. 28. The Florida talks between Umerov and Witkoff on Jan. 3 focused on security guarantees."
        #expect(meetings(text, published: "January 5, 2026").contains { $0.hasPrefix("talks") && $0.contains("2026-01-03") })
    }

    @Test(arguments: ["The Kremlin read-out states that Putin and Trump agreed to keep talking.",
                      "The European non-paper states that Ukraine would keep its army."])
    func statesBeforeThatIsAVerb(text: String) {
        #expect(extract(text).claims.count == 1)
    }

    @Test func aWhereClauseWithATimeOfItsOwnTakesNoDayFromBefore() {
        let text = "Zelensky briefed European leaders on Tuesday on progress in Geneva, where American and Ukrainian negotiators "
            + "reworked the plan last week."
        #expect(meetings(text).allSatisfy { !$0.contains("2025-12-02") })
    }

    @Test func daysOfOtherEventsFarFromTheRoundsAreNoRounds() {
        let text = "Both rounds of talks in Istanbul ended with agreements on prisoner swaps that were carried out on May 23 and June 9."
        #expect(meetings(text, published: "July 1, 2025").allSatisfy { !($0.hasPrefix("talks") && $0.contains("2025-06-09")) })
    }

    @Test func aTitleOfOneStateInsideARoleGivesNoState() {
        let text = "Andrii Yurash, ambassador to the Pope, met Cardinal Pietro Parolin in Rome on Monday."
        #expect(extract(text).people.first { $0.name == "Andrii Yurash" }?.country != "VA")
    }

    @Test(arguments: ["The coalition of the willing has lost 40 percent of its public support since June, a poll showed.",
                      "Some 80 nations signed the communique, but the coalition has struggled."])
    func theCoalitionCountsOnlyItsOwnStates(text: String) {
        #expect(extract(text).figures.allSatisfy { $0.topic != "security_guarantees" })
    }

    @Test func aSpeakerIsNotTheOneOnTheErrand() {
        let text = "French President Emmanuel Macron said U.S. Army Secretary Dan Driscoll flew to Kyiv on Thursday to present "
            + "the plan to Ukrainian President Volodymyr Zelensky."
        #expect(meetings(text) == ["talks Kyiv 2025-11-27 held [\"UA\", \"US\"]"])
    }
}
