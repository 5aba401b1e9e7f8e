import ParleyExtract
import Testing

@Suite struct RoleCountryTests {
    @Test(arguments: [("Ukrainian President", "UA"), ("U.S. President", "US"), ("U.S. Secretary of State", "US"),
                      ("President of Finland", "FI"), ("Russia’s chief negotiator", "RU"), ("Turkish President", "TR"),
                      ("head of the Russian delegation", "RU")])
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
