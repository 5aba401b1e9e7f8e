@testable import ParleyExtract
import Testing

/// Where reported words start and end, and who speaks them: a day before "that", an aside right after it, a reason in
/// the speaker's modal, a quotation ending a "that" clause, "according to" with no comma before it, sources placed twice
/// over, a group a relative clause of urging hangs on, a subject after a fronted "Aboard ...", and an object whose words a
/// participle gives.
@Suite struct ReportedWordsBoundsTests {
    @Test func aDayBeforeThatIsNoNounARelativeClauseDescribes() {
        let text = "Rustem Umerov said late Friday that armed forces chief of staff Gen. Andrii Hnatov would join the team."
        #expect(DatedArticle.claims(text, on: "25.01.2026") == [
            "Rustem Umerov | armed forces chief of staff Gen. Andrii Hnatov would join the team",
        ])
    }

    @Test func anAsideOpeningTheWordsIsTheirs() {
        let text = "Keir Starmer said that, after a ceasefire, Britain and France would set up military hubs across Ukraine."
        #expect(DatedArticle.claims(text, on: "06.01.2026") == [
            "Keir Starmer | after a ceasefire, Britain and France would set up military hubs across Ukraine",
        ])
    }

    @Test(arguments: [
        ("Dmitry Peskov said no one should expect a breakthrough, as the settlement process would require extensive work.",
         "Dmitry Peskov | no one should expect a breakthrough, as the settlement process would require extensive work"),
        ("Dmitry Peskov said no one should expect a breakthrough, as Washington presses Kyiv to give ground.",
         "Dmitry Peskov | no one should expect a breakthrough"),
    ])
    func aReasonInTheSpeakersModalGoesOn(text: String, claim: String) {
        #expect(DatedArticle.claims(text, on: "24.07.2025") == [claim])
    }

    @Test func aQuotationEndingAThatClauseIsPartOfIt() {
        let text = "Rustem Umerov said on Thursday morning that the second day of talks had begun in the same formats as the "
            + "first: \u{201C}trilateral consultations, group work, and alignment of positions.\u{201D}"
        #expect(DatedArticle.claims(text, on: "05.02.2026") == [
            "Rustem Umerov | the second day of talks had begun in the same formats as the first: \u{201C}trilateral consultations, "
                + "group work, and alignment of positions.\u{201D}",
        ])
    }

    @Test func accordingToWithNoCommaTellsASourceOnlyClosingTheSentence() {
        let text = "Yuri Ushakov also told reporters that there could be no settlement unless the territorial issue was resolved "
            + "according to the formula agreed at the Trump-Putin summit in Anchorage, Alaska, last August.\n\n"
            + "Talks will resume next week according to a Kremlin source."
        #expect(DatedArticle.claims(text, on: "25.01.2026") == [
            "Yuri Ushakov | there could be no settlement unless the territorial issue was resolved according to the formula "
                + "agreed at the Trump-Putin summit in Anchorage, Alaska, last August",
            "Kremlin source | Talks will resume next week",
        ])
    }

    @Test(arguments: [
        ("Critics on Capitol Hill said the welcome handed Vladimir Putin a victory.", "Critics on Capitol Hill"),
        ("Critics in Kyiv and in European capitals had said the plan read like a wish list.", "Critics in Kyiv and in European capitals"),
    ])
    func sourcesPlacedTwiceOver(text: String, speaker: String) {
        #expect(DatedArticle.claims(text, on: "02.12.2025").map { $0.components(separatedBy: " | ")[0] } == [speaker])
    }

    @Test func aGroupThatARelativeClauseOfUrgingHangsOn() {
        let text = "Donald Trump held a video call with Volodymyr Zelensky and European leaders, who urged him to insist on a "
            + "ceasefire before any discussion of territory."
        #expect(DatedArticle.claims(text, on: "16.08.2025") == [
            "European leaders | him to insist on a ceasefire before any discussion of territory",
        ])
    }

    @Test func aSubjectAfterAFrontedAboardSpeaksTheQuoteAfter() {
        let text = "Dmitry Peskov had said the talks could last seven hours.\n\nAboard Air Force One, Donald Trump had struck an "
            + "upbeat tone. \u{201C}There is a good respect level on both sides,\u{201D} he said."
        #expect(DatedArticle.claims(text, on: "16.08.2025") == [
            "Dmitry Peskov | the talks could last seven hours",
            "Donald Trump | There is a good respect level on both sides",
        ])
    }

    @Test func anObjectWhoseWordsAParticipleGivesIsNoClaim() {
        let text = "Steve Witkoff announced the deal on X, saying that the delegations had agreed to exchange 314 prisoners."
        #expect(DatedArticle.claims(text, on: "05.02.2026") == [
            "Steve Witkoff | the delegations had agreed to exchange 314 prisoners",
        ])
    }
}
