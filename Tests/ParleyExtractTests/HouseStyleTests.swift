@testable import ParleyExtract
import Testing

/// Newspaper house styles: middle initials, honorifics with dots, and "said that" after an aside.
@Suite struct HouseStyleTests {
    @Test func aMiddleInitialStaysInsideTheName() {
        let found = Extractor.extract(body: """
            Zelensky called for a meeting with President Vladimir V. Putin. “There is no date yet,” Dmitri S. Peskov, \
            the Kremlin spokesman, told reporters. Mr. Peskov added that Russia was studying the proposals.
            """, actors: ActorDictionary())
        let names = found.people.map(\.name)
        #expect(names.contains("Vladimir Putin"))
        #expect(names.contains("Dmitri Peskov"))
        #expect(!names.contains { $0.hasSuffix(" V") || $0.hasSuffix(" S") })
        #expect(found.claims.suffix(2).map(\.speaker) == ["Dmitri Peskov", "Dmitri Peskov"])
    }

    @Test func anHonorificsDotDoesNotEndAnAppositive() {
        let found = Extractor.extract(body: "Russia’s team was headed by Vladimir Medinsky, an aide to Mr. Putin, who spoke briefly.")
        #expect(found.people.first { $0.name == "Vladimir Medinsky" }?.roles.map(\.text) == ["aide to Mr. Putin"])
    }

    @Test func saidThatAfterAnAsideIsReportedSpeech() {
        RuleTestSupport.expectOneClaim(
            in: "Ukrainian President Volodymyr Zelensky spoke. Mr. Zelensky, speaking in Kyiv, said that a ceasefire of at least 30 days was the minimum.",
            by: "Volodymyr Zelensky", .reported, "a ceasefire of at least 30 days was the minimum")
    }

    @Test func aDayBetweenSubjectAndVerbDatesTheStatementNotTheTalks() {
        let text = """
            ISTANBUL
            Published Jul 24, 2025 11:42 am

            President Recep Tayyip Erdoğan on Thursday reiterated that Türkiye is ready to host a meeting, a day after the \
            third round of Russia-Ukraine talks ended in Istanbul.

            The talks on Wednesday at Çırağan Palace lasted about 40 minutes.
            """
        let found = Extractor.extract(body: text)
        #expect(found.claims.map(\.speaker) == ["Recep Tayyip Erdoğan"])
        #expect(found.meetings.first { $0.kind == .talks }?.date == "2025-07-23")
    }

    @Test func aCapitalisedVerbInsideANameIsNoVerbOfSaying() {
        let found = RuleTestSupport.claims("""
            Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump. \
            Putin thanked Trump for the United States' support.
            """)
        #expect(found.isEmpty)
    }

    @Test func aWireLabelHandsTheQuotationToThePerson() {
        let found = RuleTestSupport.claims("""
            Rustem Umierov, Secretary of the council, spoke on Monday. Quote from Umierov: "We have proposed to hold the meeting next week."
            """)
        #expect(found.map(\.0) == ["Rustem Umierov"])
    }

    @Test func aMonthAloneIsTheLatestSuchMonthAndTwoDelegationsAreTwoSides() {
        let text = """
            KYIV, July 21, 2025 - Ukraine is ready to hold the next meeting with the Russian side in Istanbul on Wednesday, 23 July.

            In June, the two delegations met in Istanbul and agreed to exchange prisoners. Russia handed over 78 bodies since May.
            """
        let found = Extractor.extract(body: text)
        #expect(found.meetings.contains { $0.kind == .talks && $0.date == "2025-06" && $0.status == .held })
        #expect(found.figures.first { $0.value == 78 }?.qualifier == nil)
    }

    @Test func aPhotoCreditAndAPrivacyNoticeAreNoNamesAndArabicNamesKeepTheirParticles() {
        let found = Extractor.extract(body: """
            Talks in Riyadh

            The meeting was hosted by the Saudi foreign minister, Prince Faisal bin Farhan Al Saud, on Tuesday.

            Marco Rubio, second left, and Sergei Lavrov, second right, face each other. Photograph: Pool/AFP/Getty Images

            Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.
            """, actors: ActorDictionary())
        let names = found.people.map(\.name)
        #expect(names.contains("Faisal bin Farhan Al Saud"))
        #expect(!names.contains { $0.contains("Getty") || $0.contains("Privacy") })
    }

    @Test(arguments: [
        ("During the conversation, Donald Trump put forward a proposal to refrain from strikes for 30 days.", "Donald Trump",
         "a proposal to refrain from strikes for 30 days"),
        ("Russian President Vladimir Putin informed his counterpart that an exchange would take place.", "Vladimir Putin",
         "an exchange would take place"),
        ("The Russian side outlined a number of significant points regarding control over a ceasefire.", "Russian side",
         "a number of significant points regarding control over a ceasefire"),
    ])
    func readoutVerbsReportSpeech(_ text: String, _ speaker: String, _ claim: String) {
        RuleTestSupport.expectOneClaim(in: text, by: speaker, .reported, claim)
    }

    @Test func anOrganisationsLongNameAndATitlesPortfolioAreKeptApart() {
        let found = RuleTestSupport.claims("""
            The Coordination Headquarters for the Treatment of Prisoners of War said the defenders had served in the army. \
            Ukraine's Parliamentary Commissioner for Human Rights Dmytro Lubinets said that the next stages would include more prisoners.
            """)
        #expect(found.map(\.0) == ["Coordination Headquarters for the Treatment of Prisoners of War", "Dmytro Lubinets"])
    }

    @Test func aBareQuoteLabelIsTheSourceLinesPerson() {
        let found = RuleTestSupport.claims("""
            Ukraine brought home another group of soldiers.

            Source: Volodymyr Zelenskyy, President of Ukraine, on Telegram

            Quote: "Our people are home."
            """)
        #expect(found.map(\.0) == ["Volodymyr Zelenskyy"])
    }

    @Test func aCaptionsCreditNamesNoPerson() {
        let found = Extractor.extract(body: """
            Talks

            Volodymyr Zelenskyy and Donald Trump in the Oval Office on Monday. Photograph: Daniel Okafor/Reuters

            Zelenskyy said the talks were useful.
            """, actors: ActorDictionary())
        #expect(!found.people.map(\.name).contains("Daniel Okafor"))
    }
}
