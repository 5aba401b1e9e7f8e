@testable import ParleyExtract
import Testing

/// "an aide to Merz said": the aide speaks, not Merz; "A member of the delegation, speaking on condition of anonymity, said
/// ...": an aside, not words said before; "The U.S. president, according to people in the German delegation, backed ...":
/// the source tells the whole clause around it.
@Suite struct ServingSourceTests {
    @Test(arguments: [
        ("In the Chancellery, an aide to Friedrich Merz said the Europeans would not let Moscow set the sequence.",
         "aide to Friedrich Merz | the Europeans would not let Moscow set the sequence"),
        ("A spokesman for Sir Keir Starmer said Britain remained committed to peace.",
         "spokesman for Sir Keir Starmer | Britain remained committed to peace"),
        ("A senior adviser to President Volodymyr Zelensky said the talks were over.",
         "senior adviser to President Volodymyr Zelensky | the talks were over"),
        ("A member of the Ukrainian delegation, speaking on condition of anonymity, said the Russian document read like an ultimatum.",
         "member of the Ukrainian delegation | the Russian document read like an ultimatum"),
        ("The U.S. president, according to people in the German delegation, backed the 30-day demand during the call.",
         "people in the German delegation | The U.S. president backed the 30-day demand during the call"),
    ])
    func theSpeakerAndTheWords(_ text: String, _ expected: String) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.map { "\($0.speaker) | \($0.text)" } == [expected])
    }
}
