@testable import ParleyExtract
import Testing

/// One verb with a second clause set off by a participle gives two claims ("said X, adding that Y"); one verb with two
/// that-clauses joined by "and" gives one, its whole reported clause ("said X and that Y"), as does one subject with two
/// predicates joined by "but" ("would support a halt, but wanted to see the details first").
@Suite struct TwoThatClausesTests {
    @Test(arguments: [
        ("Rubio said ending the conflict would require concessions and that the European Union would have to be at the table.",
         ["ending the conflict would require concessions and that the European Union would have to be at the table"]),
        ("Trump said he could \"possibly see it happening,\" adding that he would \"get some heat\" for it.",
         ["he could \"possibly see it happening,\"", "he would \"get some heat\" for it"]),
        ("Zelensky said Kyiv would support a halt to strikes on energy infrastructure, but wanted to see the details first.",
         ["Kyiv would support a halt to strikes on energy infrastructure, but wanted to see the details first"]),
        ("Zelensky said Kyiv would support a halt, but the Kremlin has dismissed the idea.", ["Kyiv would support a halt"]),
        ("Peskov said the talks were useful and that was all.", ["the talks were useful and that was all"]),
        ("Peskov said the talks were useful and that international borders must not change.",
         ["the talks were useful and that international borders must not change"]),
        // (An aside between the verb and its "that".)
        ("Putin suggested, in English, that the next meeting could take place in Moscow.", ["the next meeting could take place in Moscow"]),
    ])
    func theClaims(_ text: String, _ expected: [String]) {
        let e = Extractor.extract(body: "Headline here\n\n" + text, actors: ActorDictionary())
        #expect(e.claims.map(\.text) == expected)
    }
}
