import ParleyExtract
import Testing

@Suite struct ActorDictionaryTests {
    static let tsv = """
        name\taliases\tcountry\troles
        Rustem Umerov\tUmierov|Rustem Umierov\tua\tDefence Minister@2023-09..2025-07|Secretary of the National Security and Defense Council@2025-07..
        # a comment line
        Jane Example\t\t\tMediator

        """

    @Test func tsvEntriesGiveNamesSpellingsCountriesAndDatedRoles() throws {
        let dictionary = try ActorDictionaryFile.parse(ActorDictionaryTests.tsv, name: "actors.tsv")
        let umerov = try #require(dictionary.actor(named: "Rustem Umierov"))
        #expect(umerov.name == "Rustem Umerov")
        #expect(umerov.country == "UA")
        #expect(ActorDictionary.roles(of: umerov, on: "2025-05-16") == ["Defence Minister"])
        #expect(ActorDictionary.roles(of: umerov, on: "2025-08-01") == ["Secretary of the National Security and Defense Council"])
        // In July 2025 both bounds touch: the month holds both roles.
        #expect(ActorDictionary.roles(of: umerov, on: "2025-07").count == 2)
        #expect(ActorDictionary.roles(of: umerov, on: nil).isEmpty)
        let jane = try #require(dictionary.actor(named: "Example"))
        #expect(ActorDictionary.roles(of: jane, on: nil) == ["Mediator"])
        #expect(jane.country == nil)
    }

    @Test func jsonEntriesReadTheSame() throws {
        let json = """
            [{"name": "Rustem Umerov", "aliases": ["Umierov"], "country": "UA",
              "roles": [{"title": "Defence Minister", "from": "2023-09", "to": "2025-07"}]}]
            """
        let dictionary = try ActorDictionaryFile.parse(json, name: "actors.json")
        #expect(dictionary.actor(named: "Umierov")?.name == "Rustem Umerov")
        #expect(dictionary.actors.first?.roles.first?.to == "2025-07")
    }

    @Test(arguments: [
        ("name\taliases\tcountry\nUmerov\t\tUkraine\n", "actors.tsv: line 2: country Ukraine is not a two-letter code (RU, UA, US, ...)"),
        ("name\troles\nUmerov\tMinister@May 2024..\n", "actors.tsv: line 2: May 2024 is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("name\troles\nUmerov\tMinister@2024\n", "actors.tsv: line 2: role Minister@2024: write dates as Title@FROM..TO"),
        ("who\tcountry\nUmerov\tUA\n", "actors.tsv: line 1: expected a header starting with name (name, aliases, country, roles, separated by tabs)"),
        ("name\taliases\n\tUmierov\n", "actors.tsv: line 2: the name is empty"),
        ("[{\"aliases\": []}]", "actors.tsv: not an actor dictionary ([0].name: No value associated with key CodingKeys(stringValue: \"name\", intValue: nil) (\"name\").)"),
    ])
    func badEntriesAreRefusedWithTheLineAndTheReason(_ text: String, _ message: String) {
        #expect(throws: ActorDictionaryFile.Problem.self) { try ActorDictionaryFile.parse(text, name: "actors.tsv") }
        do {
            _ = try ActorDictionaryFile.parse(text, name: "actors.tsv")
        } catch {
            #expect("\(error)".hasPrefix(String(message.prefix(40))))
        }
    }

    @Test func aSurnameSharedByTwoActorsOrAnotherGivenNameIsNoMatch() {
        let dictionary = ActorDictionary([Actor(name: "Sergei Ivanov", country: "RU"), Actor(name: "Mikhail Ivanov", country: "RU"),
                                          Actor(name: "Sergei Lavrov", country: "RU")])
        #expect(dictionary.actor(named: "Ivanov") == nil)
        #expect(dictionary.actor(named: "Lavrov")?.name == "Sergei Lavrov")
        #expect(dictionary.actor(named: "Sergey Lavrov")?.name == "Sergei Lavrov")
        #expect(dictionary.actor(named: "Maria Lavrov") == nil)
    }

    @Test func aLaterEntryReplacesAnEarlierOneOfTheSameName() {
        let user = ActorDictionary([Actor(name: "Donald Trump", country: "US", roles: [ActorRole(title: "President", from: "2025-01-20")])])
        let merged = ActorDictionary.builtIn.merging(user)
        #expect(merged.actors.count == ActorDictionary.builtIn.actors.count)
        #expect(merged.actor(named: "Trump")?.roles.count == 1)
    }
}

/// The built-in dictionary applied to what the rules find.
@Suite struct ActorKnowledgeTests {
    @Test func aKnownPersonIsReportedUnderOneNameWithTheArticlesFormsAsAliases() {
        let e = Extractor.extract(body: "Zelenskyy said on Monday that Ukraine was ready. \u{201C}We are ready,\u{201D} Zelenskyy added.")
        let person = e.people.first
        #expect(person?.name == "Volodymyr Zelensky")
        #expect(person?.aliases == ["Zelenskyy"])
        #expect(person?.country == "UA")
        #expect(e.claims.allSatisfy { $0.speaker == "Volodymyr Zelensky" })
    }

    @Test func withoutADictionaryTheArticlesFullestFormIsTheName() {
        let e = Extractor.extract(body: "Zelenskyy said on Monday that Ukraine was ready.", actors: ActorDictionary())
        #expect(e.people.first?.name == "Zelenskyy")
    }
}
