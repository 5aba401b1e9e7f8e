@testable import ParleyExtract
import Testing

/// Reported speech past a listener ("told both teams they ...", "told AFP, on condition of anonymity, that ..."), a
/// relative clause set off inside the words, and the subject of a verb or participle further back than the nearest name.
@Suite struct ToldAndAsideClaimTests {
    @Test(arguments: [
        ("Opening the session, Hakan Fidan told both teams they had two roads in front of them.",
         "Hakan Fidan | they had two roads in front of them"),
        ("Hakan Fidan told them they had a choice.", "Hakan Fidan | they had a choice"),
        ("A Ukrainian source close to the delegation told AFP, on condition of anonymity, that Russia had demanded more land.",
         "Ukrainian source close to the delegation | Russia had demanded more land"),
        ("Analysts said the prisoner exchange, which would be the largest of the war, was a modest but real result.",
         "Analysts | the prisoner exchange, which would be the largest of the war, was a modest but real result"),
        // (Who is told, then the words: "the Russian team looked 'decorative'" is the subject's, past the relative clause on it
        // and the leader met.)
        ("Volodymyr Zelensky, who had dared Putin to come, spent hours with Turkish President Recep Tayyip Erdogan before "
            + "telling reporters that the Russian team looked weak.", "Volodymyr Zelensky | the Russian team looked weak"),
        // (A name a preposition governs inside an aside is not the subject.)
        ("On Saturday, the leaders of France, Germany, Britain and Poland traveled to Kyiv and, after a joint call with Donald "
            + "Trump, demanded that Russia accept a ceasefire.", "leaders of France, Germany, Britain and Poland | Russia accept a ceasefire"),
    ])
    func theSpeakerAndTheWords(_ text: String, _ expected: String) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.map { "\($0.speaker) | \($0.text)" } == [expected])
    }
}
