@testable import ParleyExtract
import Testing

/// Unnamed sources described at length and taken up again, "according to" after a quotation's comma,
/// a clause with its own verb before "that", and a participle after a document's name.
@Suite struct UnnamedSourceTests {
    private func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMay 16, 2025\n\nRussian President Vladimir Putin spoke.\n\n" + text).claims
            .map { "\($0.speaker): \($0.text)" }
    }

    @Test func aDescribedSourceTakenUpAgain() {
        let text = """
            A Ukrainian official familiar with the talks said the Russian side demanded that Kyiv withdraw its forces. \
            The demands were “non-starters,” according to the official, who asked not to be identified.
            """
        #expect(claims(text) == [
            "Ukrainian official familiar with the talks: the Russian side demanded that Kyiv withdraw its forces",
            "Ukrainian official familiar with the talks: The demands were “non-starters,”",
        ])
    }

    @Test func aNameIsNotGrownIntoAnEarlierOne() {
        let text = """
            The Coordination Headquarters for the Treatment of Prisoners of War said 390 people came home. \
            The headquarters said the next stage would follow, the Coordination Headquarters added.
            """
        #expect(!claims(text).contains { $0.hasPrefix("Coordination Headquarters for the Treatment of Prisoners of War: the next") })
    }

    @Test func anOutletAsListenerAfterTold() {
        let text = "The Ukrainian delegation handed over a list of deported children, a source in the Ukrainian delegation told Novaya Gazeta Europe."
        #expect(claims(text) == ["source in the Ukrainian delegation: The Ukrainian delegation handed over a list of deported children"])
    }

    @Test func aDashedAsideInsideReportedSpeech() {
        let text = "According to Vladimir Putin, Moscow proposed creating three working groups — on political and military issues — that would meet online."
        #expect(claims(text) == ["Vladimir Putin: Moscow proposed creating three working groups — on political and military issues — that would meet online"])
    }

    @Test func aDocumentNamedBeforeAParticiple() {
        let text = "The two sides agreed to appoint teams, according to a joint statement released after the meeting."
        #expect(claims(text) == ["joint statement: The two sides agreed to appoint teams"])
    }
}
