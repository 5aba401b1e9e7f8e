@testable import ParleyExtract
import Testing

/// Speech set off before its attribution without quotation marks, and attributions whose verb is
/// followed only by where and when it was said.
@Suite struct FrontedSpeechTests {
    private func claims(_ text: String) -> [(String, ClaimKind, String)] { RuleTestSupport.claims(text) }

    @Test(arguments: [
        ("We are satisfied with the results, Medinsky said.", "Medinsky", "We are satisfied with the results"),
        ("The ceasefire must come first, said Volodymyr Zelensky.", "Volodymyr Zelensky", "The ceasefire must come first"),
        ("Moscow is ready to continue the talks, Kremlin spokesman Dmitry Peskov told reporters on Monday.",
         "Dmitry Peskov", "Moscow is ready to continue the talks"),
        ("Both sides agreed to exchange 1,000 prisoners each, Rustem Umerov said after the talks in Istanbul that lasted two hours.",
         "Rustem Umerov", "Both sides agreed to exchange 1,000 prisoners each"),
        ("KYIV, Ukraine (AP) — The talks will resume in June, Andrii Sybiha said.", "Andrii Sybiha", "The talks will resume in June"),
        ("No date has been set for the next round, the Kremlin said late on Tuesday.", "Kremlin", "No date has been set for the next round"),
        ("The sides agreed on an exchange under the “all-for-all” principle, Medinsky added.", "Medinsky",
         "The sides agreed on an exchange under the “all-for-all” principle"),
    ])
    func wordsBeforeTheAttributionAreTheClaim(_ text: String, _ speaker: String, _ claim: String) {
        RuleTestSupport.expectOneClaim(in: text, by: speaker, .reported, claim)
    }

    @Test(arguments: [
        "Medinsky said after the talks in Istanbul.",
        "When asked about the ceasefire, Peskov said at a briefing in Moscow.",
        "Zelensky spoke in Vilnius, where he said on Monday.",
        "Meanwhile, Peskov said.",
        "On Monday, Medinsky said.",
        "KYIV, Ukraine (AP) — Meanwhile, Peskov said.",
        ", said",
        "a, b said",
    ])
    func whereAndWhenAreNotAClaim(_ text: String) {
        #expect(claims(text).isEmpty)
    }

    @Test(arguments: [
        ("Marco Rubio said on Thursday he did not expect a breakthrough.", "Marco Rubio", "he did not expect a breakthrough"),
        ("Peskov said late on Monday the Kremlin was ready.", "Peskov", "the Kremlin was ready"),
        ("A Ukrainian official said Russia had demanded that Ukraine withdraw its troops.", "Ukrainian official",
         "Russia had demanded that Ukraine withdraw its troops"),
        ("Medinsky said on May 16 that the talks were useful.", "Medinsky", "the talks were useful"),
    ])
    func aTimePhraseOrANestedThatLeavesTheContentWhole(_ text: String, _ speaker: String, _ claim: String) {
        RuleTestSupport.expectOneClaim(in: text, by: speaker, .reported, claim)
    }

    /// The trailing attribution owns the whole sentence, the verb of proposing inside it included.
    @Test func aProposalBeforeATrailingAttributionIsTheAttributionsClaim() {
        let found = claims("The Russian delegation, led by Vladimir Medinsky, proposed a two-day ceasefire along the front, Medinsky told reporters.")
        #expect(found.map(\.2) == ["The Russian delegation, led by Vladimir Medinsky, proposed a two-day ceasefire along the front"])
        #expect(found.first?.0 == "Vladimir Medinsky")
    }

    @Test(arguments: [
        ("Ukraine and Russia agreed to exchange prisoners, Defense Minister Rustem Umierov, who led Ukraine's delegation, said.",
         ["Ukraine and Russia agreed to exchange prisoners"]),
        ("Ukraine proposed that Zelenskyy and Putin meet in August, Umerov said, adding that Kyiv wanted Trump to take part.",
         ["Ukraine proposed that Zelenskyy and Putin meet in August", "Kyiv wanted Trump to take part"]),
    ])
    func aTrailingAttributionMayCarryAnAsideOrAParticiple(_ text: String, _ expected: [String]) {
        let found = claims(text)
        #expect(found.map(\.2) == expected)
        #expect(Set(found.map(\.0)).count == 1)
    }

    @Test func aQuotedQuestionKeepsTheAttributionThatFollowsIt() {
        RuleTestSupport.expectOneClaim(in: "“Why would they need a ceasefire for two days?” Zelensky said at a news conference in Vilnius.",
                                       by: "Zelensky", .quote, "Why would they need a ceasefire for two days?")
    }

    @Test func aBareWeekdayAndWhenAfterTheVerbLeaveTheFrontedContentWhole() {
        RuleTestSupport.expectOneClaim(
            in: "Türkiye is ready to host a meeting between the leaders, President Recep Tayyip Erdoğan said Thursday, a day after the talks in Istanbul.",
            by: "Recep Tayyip Erdoğan", .reported, "Türkiye is ready to host a meeting between the leaders")
    }
}

/// "X, Umerov said, and repeated ...": a second verb after the attribution does not stop the words before it being
/// the attribution's claim.
@Suite struct AttributionAndVerbTests {
    @Test func theFrontedClaim() {
        let text = "Ukraine proposed holding another round before the end of June, Umerov said, and repeated Kyiv's call for a meeting."
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.first.map { "\($0.speaker) | \($0.text)" } == "Umerov | Ukraine proposed holding another round before the end of June")
    }
}
