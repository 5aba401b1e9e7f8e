@testable import ParleyExtract
import Testing

@Suite struct PeopleTests {
    /// Without any actor dictionary: people are found by pattern alone.
    private func people(_ text: String) -> [Person] { Extractor.extract(body: text, actors: ActorDictionary()).people }

    private func names(_ text: String) -> [String] { people(text).map(\.name) }

    @Test(arguments: [
        ("Russian Foreign Minister Sergei Lavrov arrived.", "Sergei Lavrov", "RU"),
        ("U.S. Secretary of State Marco Rubio called.", "Marco Rubio", "US"),
        ("The talks were led by Ukrainian Minister of Defense Rustem Umerov today.", "Rustem Umerov", "UA"),
        ("Alexander Stubb, the President of Finland, spoke on Monday.", "Alexander Stubb", "FI"),
        ("Vladimir Medinsky, the chief negotiator for Russia, left.", "Vladimir Medinsky", "RU"),
        ("Turkish President Recep Tayyip Erdoğan hosted them.", "Recep Tayyip Erdoğan", "TR"),
        ("It was Russia’s Vladimir Putin who decided.", "Vladimir Putin", "RU"),
        ("He named Chief of the General Staff of the Russian Armed Forces Igor Kostyukov.", "Igor Kostyukov", "RU"),
    ])
    func findsTitledAndAppositivePeople(_ text: String, _ name: String, _ country: String) {
        let found = people(text)
        #expect(found.map(\.name) == [name])
        #expect(found.first?.country == country)
    }

    @Test func aTitleOfSomeoneElsesOfficeIsNotTheNamedPersonsRole() throws {
        let found = people("President Volodymyr Zelensky met them. Andriy Yermak, the head of Zelensky's office, was there.")
        let zelensky = try #require(found.first { $0.name == "Volodymyr Zelensky" })
        #expect(zelensky.roles.map(\.text) == ["President"])
        #expect(found.first { $0.name == "Andriy Yermak" }?.roles.map(\.text) == ["head of Zelensky's office"])
    }

    @Test func surnameOnlySubjectOfSayingIsAPerson() {
        #expect(names("Peskov stated that no date was set.") == ["Peskov"])
        #expect(names("Observers say the summit matters.") == [])
        #expect(names("Ukraine proposed new talks.") == [])
    }

    @Test func aliasesMergeSurnamesPossessivesAndTransliterations() {
        let text = """
        President Volodymyr Zelenskyy spoke in Kyiv. Later Zelensky’s office said more.
        Turkish President Recep Tayyip Erdogan met Putin. Erdoğan smiled.
        Russian Foreign Minister Sergey Lavrov arrived. Sergei Lavrov said little.
        """
        let found = people(text)
        let zelensky = found.first { $0.name == "Volodymyr Zelenskyy" }
        #expect(zelensky?.aliases.contains("Zelensky") == true)
        #expect(zelensky?.mentions.count == 2)
        let erdogan = found.first { $0.name.hasPrefix("Recep") }
        #expect(erdogan?.aliases.contains("Erdoğan") == true)
        #expect(found.filter { $0.name.hasSuffix("Lavrov") }.count == 1)
        #expect(!found.contains { $0.name == "Putin" && $0.country != nil && $0.country != "RU" })
    }

    @Test(arguments: [
        "Talks were held at Dolmabahçe Palace in Istanbul.",
        "He told RIA Novosti and Anadolu Agency about it.",
        "He was born in Cherkasy Oblast and joined United Russia.",
        "The Kremlin said Moscow and Kiev disagree.",
        "Leaders met in Kyiv with the European Union.",
        "Reporting by AFP contributed to this article.",
        "Both Sides Asked to Lay Out Clear Ceasefire Terms",
        "He spoke at a summit of Nordic and Bucharest Nine leaders.",
        "He spoke at a summit of the European Political Community.",
        "The Main Directorate said so, and the Coordination Headquarters agreed.",
        "Talks ended.\n\n(Reporting by Ayla Demirtas and Jonathan Hale in Istanbul; Editing by Peter Lindqvist)",
        "Talks ended.\n\nAssociated Press writer Jane Fielding in Moscow contributed to this report.",
        "Saudi Arabia mentioned it as a venue.",
        "One official said it was over. Another described the outcome as a reprieve.",
        "A professor at the Kyiv-Mohyla Academy said it was bad.",
    ])
    func placesAndOrganisationsAreNotPeople(_ text: String) {
        #expect(names(text) == [])
    }

    @Test func particlesInsideANameArePartOfIt() {
        #expect(names("European Commission President Ursula von der Leyen said more was needed.") == ["Ursula von der Leyen"])
    }

    @Test func aRegnalNumberIsPartOfTheName() {
        #expect(names("Pope Leo XIV offered to host the talks.") == ["Leo XIV"])
    }

    @Test func fullestFormIsTheName() {
        let found = people("Vladimir Medinsky spoke. Vladimir Rostislavovich Medinsky is a historian. Medinsky left.")
        #expect(found.count == 1)
        #expect(found[0].name == "Vladimir Rostislavovich Medinsky")
        #expect(Set(found[0].aliases) == ["Vladimir Medinsky", "Medinsky"])
    }

    @Test func rolesAreShortPhrasesFromTheText() {
        let found = people("Following the talks, head of the Russian delegation, Vladimir Medinsky, spoke.")
        #expect(found.first?.roles.map(\.text) == ["head of the Russian delegation"])
        #expect(found.first?.country == "RU")
    }
}
