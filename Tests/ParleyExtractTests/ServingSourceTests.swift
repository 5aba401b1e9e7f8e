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
        ("Two people briefed on the visit told The National that the team would meet Dan Driscoll.",
         "Two people briefed on the visit | the team would meet Dan Driscoll"),
        ("Opening the meeting, Hakan Fidan thanked the delegations and said the aim was a ceasefire.", "Hakan Fidan | the aim was a ceasefire"),
        ("In Dublin, a spokeswoman for the Department of Foreign Affairs said Ireland welcomed any agreement that brought prisoners home.",
         "spokeswoman for the Department of Foreign Affairs | Ireland welcomed any agreement that brought prisoners home"),
        ("«Moscow will insist on the root causes,» Foreign Minister Sergei Lavrov was quoted as saying.",
         "Sergei Lavrov | Moscow will insist on the root causes"),
    ])
    func theSpeakerAndTheWords(_ text: String, _ expected: String) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.map { "\($0.speaker) | \($0.text)" } == [expected])
    }
}
