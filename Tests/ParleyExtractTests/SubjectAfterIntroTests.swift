@testable import ParleyExtract
import Testing

/// "Asked whether he would meet Volodymyr Zelensky, the Russian leader said ...": the description after the comma is the
/// main clause's subject, not an appositive on the name before it; ", and that ..." is the same verb's second clause.
@Suite struct SubjectAfterIntroTests {
    @Test func theDescriptionAfterAnIntroIsTheSpeaker() {
        let text = "Russian President Vladimir Putin met US envoy Steve Witkoff on Wednesday.\n\n"
            + "Asked whether he was prepared to meet Volodymyr Zelensky, the Russian leader said he had nothing against it in principle."
        let found = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(found.claims.map(\.speaker) == ["Vladimir Putin"])
        #expect(found.people.first { $0.name == "Volodymyr Zelensky" }?.country != "RU")
    }

    @Test(arguments: [
        "The team was headed by Marco Rubio, the Secretary of State, who said there was more work to be done.",
        "The team was headed by Marco Rubio, the Secretary of State, who afterwards said there was more work to be done.",
    ])
    func aRelativeClauseAfterAnAppositiveHangsOnTheName(_ sentence: String) {
        RuleTestSupport.expectOneClaim(in: sentence, by: "Marco Rubio", .reported, "there was more work to be done")
    }

    @Test(arguments: [
        ("Defence Minister Rustem Umerov said the swap could happen soon, and that Kyiv had put forward a Zelensky-Putin meeting "
            + "as the next step.",
         "the swap could happen soon, and that Kyiv had put forward a Zelensky-Putin meeting as the next step"),
        ("Defence Minister Rustem Umerov said the swap could happen soon and that Kyiv was ready for any format.",
         "the swap could happen soon and that Kyiv was ready for any format"),
    ])
    func aSecondThatClauseIsTheSameClaim(_ sentence: String, _ claim: String) {
        RuleTestSupport.expectOneClaim(in: sentence, by: "Rustem Umerov", .reported, claim)
    }
}
