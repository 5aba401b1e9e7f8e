@testable import ParleyExtract
import Testing

/// Speakers as papers of record name them: "Mr." before the name, an unnamed source without the relative clause
/// after it, sources "close to" a body, a bare noun taking up the speaker it heads, long intros.
@Suite struct SpeakerDescriptionTests {
    private func speakers(_ text: String) -> [String] {
        Extractor.extract(body: text).claims.map(\.speaker)
    }

    @Test(arguments: [
        ("“This was the first step of a long journey,” Mr. Rubio told reporters at the end of the day.", "Marco Rubio"),
        ("“It is a good day, but it is the first day,” said a European diplomat who attended the talks.",
         "European diplomat"),
        ("A Ukrainian official who asked not to be named told ABC News the two sides had begun compiling lists.",
         "Ukrainian official"),
        ("A source close to the Presidential Administration told Meduza that nobody expected Zelensky to accept.",
         "source close to the Presidential Administration"),
        ("At Friday’s summit at Joint Base Elmendorf-Richardson in Anchorage, Trump dropped his demand and said he now favoured a deal.",
         "Donald Trump"),
        // "one" is no article: the source keeps it.
        ("“Nobody expected peace today,” said one Istanbul-based diplomat.", "one Istanbul-based diplomat"),
        ("One senior Ukrainian official said the memorandum was an ultimatum.", "One senior Ukrainian official"),
        ("One member of the delegation said the memorandum was an ultimatum.", "One member of the delegation"),
    ])
    func theSpeakerIsNamedWhole(_ sentence: String, _ expected: String) {
        #expect(speakers("Secretary of State Marco Rubio and President Donald Trump spoke on Monday.\n\n\(sentence)") == [expected])
    }

    @Test(arguments: [
        ("A source in the Ukrainian delegation quoted by The Economist said Medinsky had threatened a longer war.",
         "source in the Ukrainian delegation"),
        ("Putin demanded that Kyiv withdraw from Donetsk, according to people briefed on the discussions.",
         "people briefed on the discussions"),
        ("Driscoll held talks in Abu Dhabi, according to two US officials quoted by American media.", "two US officials"),
        ("Critics in Kyiv and European capitals said it echoed Moscow's core demands.", "Critics in Kyiv and European capitals"),
        ("The talks at Çırağan Palace lasted just over an hour, UP sources in the delegation said.", "UP sources in the delegation"),
    ])
    func aParticipleClauseIsCutUnlessItDescribesTheSource(_ sentence: String, _ expected: String) {
        #expect(speakers("Secretary of State Marco Rubio and President Donald Trump spoke on Monday.\n\n\(sentence)") == [expected])
    }

    @Test func aJointStatementsParticiplesAreItsSignatories() {
        let text = """
            The leaders of the UK, France, Germany, Italy, Poland and Finland, together with the European Commission president, \
            Ursula von der Leyen, issued a joint statement welcoming Trump's efforts but stressing that Ukraine must have \
            'ironclad' security guarantees and that international borders must not be changed by force.
            """
        let claims = Extractor.extract(body: text).claims
        #expect(Set(claims.map(\.speaker)) == ["leaders of the UK, France, Germany, Italy, Poland and Finland"])
        #expect(claims.map(\.text) == ["Trump's efforts",
                                       "Ukraine must have 'ironclad' security guarantees and that international borders must not be changed by force"])
    }

    @Test func severalOfficialsAreCountedAsTheTextCountsThem() {
        #expect(speakers("Several officials in Berlin and Paris said they were preparing to travel.") == ["Several officials in Berlin and Paris"])
    }

    @Test func aPronounAfterADescribedSubjectIsTheOneItDescribes() {
        let text = """
            Donald Trump spoke on Sunday.

            Three days after his summit with Vladimir Putin in Alaska, the American president received Volodymyr Zelensky \
            in Washington on Monday. He said he had begun arranging a meeting between the two presidents.
            """
        #expect(speakers(text) == ["Donald Trump"])
    }

    @Test func aRoleNobodyHoldsIsTheOwnersCompatriotWhoSpeaksNext() {
        let text = """
            President Vladimir Putin held talks with Steve Witkoff, but the sides failed to agree, Putin's foreign policy aide said.

            "We have not found a compromise," Yury Ushakov told reporters.
            """
        #expect(speakers(text) == ["Yuri Ushakov", "Yuri Ushakov"])
    }

    @Test func theSameNounIsTheDescriptionToldBefore() {
        let text = "A senior German diplomat said the move was clever. The same diplomat conceded that the ultimatum had been "
            + "overtaken by events."
        #expect(speakers(text) == ["senior German diplomat", "senior German diplomat"])
    }

    @Test func anotherIsAnotherOfTheSameDescription() {
        let text = "One senior EU official said Trump had erred. Another described the outcome as a reprieve."
        #expect(speakers(text) == ["One senior EU official", "senior EU official"])
        #expect(speakers("Another described the outcome as a reprieve.") == [])
    }

    @Test func aBareNounTakesUpTheSpeakerItHeads() {
        let text = """
            The Russian Defence Ministry said 84 prisoners were returned. Eight residents of the Kursk region were also \
            returned, the ministry said. The Kremlin said the talks went well.
            """
        #expect(speakers(text) == ["Russian Defence Ministry", "Russian Defence Ministry", "Kremlin"])
    }

    @Test func aVenueIsNoPerson() {
        let found = Extractor.extract(body: "Trump met Putin at Joint Base Elmendorf-Richardson in Anchorage on Friday.")
        #expect(!found.people.contains { $0.name.contains("Base") })
    }
}

/// A news outlet as the listener after "told", with no "that" before the content.
@Suite struct OutletListenerTests {
    @Test(arguments: ["Fox News", "NBC News", "LRT RADIO", "the BBC"])
    func theContentAfterTheOutlet(_ outlet: String) {
        let found = Extractor.extract(body: "Talks end\n\nSpecial envoy Steve Witkoff told \(outlet) the negotiations would begin on Sunday.").claims
        #expect(found.map(\.text) == ["the negotiations would begin on Sunday"])
    }
}
