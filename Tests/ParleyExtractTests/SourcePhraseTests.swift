@testable import ParleyExtract
import Testing

/// How much of a subject names the source: "who last week accused" goes back past the time to the person; a list of
/// demonyms runs on past its commas; a document keeps who issued it; a body keeps the city placing it.
@Suite struct SourcePhraseTests {
    @Test(arguments: [
        ("Presidents Volodymyr Zelensky and Donald Trump spoke. Mr Trump, who last week accused Mr Zelensky of not having read the proposal, has said he wants a deal.",
         "Donald Trump | Mr Zelensky of not having read the proposal"),
        ("British, French and German leaders, attending the Group of 20 summit in Johannesburg, said in a joint statement that the draft was a basis.",
         "British, French and German leaders | the draft was a basis"),
        ("A joint statement released by the White House said the two delegations had reaffirmed their aims.",
         "joint statement released by the White House | the two delegations had reaffirmed their aims"),
        ("The foreign ministry in Abu Dhabi said in October that its mediation had helped free 4,600 captives.",
         "foreign ministry in Abu Dhabi | its mediation had helped free 4,600 captives"),
        // (Who was quoted by a paper still speaks, not the paper.)
        ("A source in the Ukrainian delegation quoted by The Economist said the talks were hard.",
         "source in the Ukrainian delegation | the talks were hard"),
    ])
    func theSourcesPhrase(_ text: String, _ expected: String) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.map { "\($0.speaker) | \($0.text)" }.contains(expected))
    }
}
