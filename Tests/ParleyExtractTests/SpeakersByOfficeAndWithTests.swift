@testable import ParleyExtract
import Testing

/// "Moscow's chief delegate" heads Moscow's side; "the Kremlin's negotiator" is the head of Russia's delegation; ", but with
/// both men insisting that ..." has the men after "with" as speakers.
@Suite struct SpeakersByOfficeAndWithTests {
    @Test func theKremlinsNegotiatorIsTheChiefDelegate() {
        let text = "Two days of talks between Russian and Ukrainian negotiators in Geneva wrapped up Wednesday, with Moscow's chief "
            + "delegate Vladimir Medinsky calling the sessions difficult.\n\n\"The talks lasted two days,\" the Kremlin's negotiator "
            + "told reporters."
        let e = DatedArticle.extract(text, on: "18.02.2026")
        #expect(e.delegations.first { $0.side == "RU" }?.head == "Vladimir Medinsky")
        #expect(e.claims.map(\.speaker) == ["Vladimir Medinsky", "Vladimir Medinsky"])
    }

    @Test func speakersAfterButWith() {
        let text = "Talks in Abu Dhabi ended Saturday without a breakthrough, but with all three sides describing the format as worth continuing."
        #expect(DatedArticle.claims(text, on: "26.01.2026") == ["all three sides | the format as worth continuing"])
    }
}
