@testable import ParleyExtract
import Testing

@Suite struct RoleCountryTests {
    @Test(arguments: [("Ukrainian President", "UA"), ("U.S. President", "US"), ("U.S. Secretary of State", "US"),
                      ("President of Finland", "FI"), ("Russia’s chief negotiator", "RU"), ("Turkish President", "TR"),
                      ("head of the Russian delegation", "RU"), ("UAE President", "AE"), ("Norwegian Prime Minister", "NO")])
    func rolesNameTheirState(_ role: String, _ code: String) {
        #expect(RoleCountry.of(role) == code)
    }

    @Test(arguments: ["President", "presidential aide", "chief negotiator", ""])
    func rolesWithoutAStateHaveNone(_ role: String) {
        #expect(RoleCountry.of(role) == nil)
    }
}

@Suite struct RoleTitleKeyTests {
    @Test(arguments: [("Ukrainian President", "president"), ("U.S. President", "president"), ("President of Finland", "president"),
                      ("Russia’s chief negotiator", "chief negotiator"), ("head of the Russian delegation", "head delegation"),
                      ("presidential aide", "presidential aide")])
    func titlesLoseTheirState(_ role: String, _ key: String) {
        #expect(RoleCountry.titleKey(role) == key)
    }
}

/// Roles set off around a name in less common shapes, and the state of an envoy.
@Suite struct RoleShapeTests {
    private func person(_ text: String, _ name: String) -> Person? {
        Extractor.extract(body: text, actors: ActorDictionary()).people.first { $0.name == name }
    }

    @Test(arguments: [
        ("The talks were chaired by Turkey's top diplomat, Hakan Fidan.", "Hakan Fidan", "Turkey's top diplomat"),
        ("Steve Witkoff, Trump's special envoy, arrived in Moscow.", "Steve Witkoff", "Trump's special envoy"),
        ("The talks ended, the Russian delegation's head Vladimir Medinsky said.", "Vladimir Medinsky", "Russian delegation's head"),
        ("UN Secretary-General Antonio Guterres spoke.", "Antonio Guterres", "Secretary-General"),
        ("Ukraine's Human Rights Commissioner Dmytro Lubinets said the bodies were returned.", "Dmytro Lubinets",
         "Ukraine's Human Rights Commissioner"),
        ("On Tuesday Foreign Minister Sergei Lavrov came.", "Sergei Lavrov", "Foreign Minister"),
    ])
    func theRoleIsTheNounPhraseBesideTheName(_ text: String, _ name: String, _ role: String) {
        #expect(person(text, name)?.roles.map(\.text) == [role])
    }

    @Test func anEnvoyDoesNotActForTheStateHeIsSentTo() {
        #expect(person("John Smith, the American special envoy for Ukraine, arrived.", "John Smith")?.country == "US")
        #expect(person("Jane Doe, the special envoy for Ukraine, arrived.", "Jane Doe")?.country == nil)
        #expect(person("Vladimir Medinsky, the chief negotiator for Russia, spoke.", "Vladimir Medinsky")?.country == "RU")
    }

    @Test func aRelativeClauseOfAnotherEventIsNoRole() {
        let text = "President Recep Tayyip Erdogan, who spoke with Ukrainian President Volodymyr Zelenskyy in Ankara, said Turkey was ready."
        let erdogan = person(text, "Recep Tayyip Erdogan")
        #expect(erdogan?.roles.map(\.text) == ["President"])
        #expect(erdogan?.country != "UA")
    }

    @Test func aRoleHeldForAnotherPersonIsHeldForTheirState() {
        let text = "Ukrainian President Volodymyr Zelensky spoke. Zelensky's spokesman, Serhiy Nykyforov, said more talks were due."
        #expect(person(text, "Serhiy Nykyforov")?.country == "UA")
    }
}
