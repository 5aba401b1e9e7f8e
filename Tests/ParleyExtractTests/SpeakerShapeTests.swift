@testable import ParleyExtract
import Testing

/// Speakers set apart from their verb by an aside, and speakers named by their role alone.
@Suite struct SpeakerShapeTests {
    @Test func aSpeakerAfterTheQuoteMayCarryAnAsideBeforeTheVerb() {
        let found = RuleTestSupport.claims("""
            “We have a humanitarian track,” Defence Minister Rustem Umerov, who led Kyiv’s delegation, told reporters afterwards. \
            “But what is needed is a ceasefire.”
            """)
        #expect(found.map(\.0) == ["Rustem Umerov", "Rustem Umerov"])
        #expect(found.map(\.2) == ["We have a humanitarian track", "But what is needed is a ceasefire."])
    }

    @Test func aClauseAfterAFrontedVerbOfSayingIsNoSpeaker() {
        RuleTestSupport.expectOneClaim(
            in: "Ukrainian Defence Minister Rustem Umerov, who headed Kyiv's delegation, said the prisoner exchange would take place in the coming days.",
            by: "Rustem Umerov", .reported, "the prisoner exchange would take place in the coming days")
    }

    @Test(arguments: [
        ("Ukrainian President Volodymyr Zelensky was in Vilnius. Later the Ukrainian president said Moscow wanted a pause.", "Volodymyr Zelensky"),
        ("Turkish Foreign Minister Hakan Fidan opened the talks. The Turkish foreign minister said both sides were ready.", "Hakan Fidan"),
    ])
    func aRoleWithTheNamesOnlyOnePersonIsThatPerson(_ text: String, _ speaker: String) {
        #expect(RuleTestSupport.claims(text).map(\.0) == [speaker])
    }

    @Test(arguments: [
        ("Both sides want Donald Trump on their side. The US president has said the war must end.", "Donald Trump"),
        ("Russian presidential aide Vladimir Medinsky spoke. The talks lasted an hour, the Russian presidential aide noted.",
         "Vladimir Medinsky"),
        ("“We will end this at the negotiating table,” US Secretary of State Marco Rubio said in Washington.", "Marco Rubio"),
        ("Ukrainian President Volodymyr Zelensky has repeated that Ukrainians will not give up their land.", "Volodymyr Zelensky"),
    ])
    func longTitlesAndHeadsOfStateNamedByOffice(_ text: String, _ speaker: String) {
        #expect(Extractor.extract(body: text).claims.map(\.speaker) == [speaker])
    }
}

/// Claims whose content is a named object with a quotation, and sources named by description.
@Suite struct NamingAndSourceTests {
    @Test(arguments: [
        ("French President Emmanuel Macron called Russia's position \"unacceptable\".", "Emmanuel Macron", "Russia's position \"unacceptable\""),
        ("U.S. envoy Keith Kellogg called the Istanbul format “a step in the right direction”.", "Keith Kellogg",
         "the Istanbul format “a step in the right direction”"),
        ("Ukrainian President Volodymyr Zelensky dismissed the offer, calling it a proposal that “changes nothing.”", "Volodymyr Zelensky",
         "it a proposal that “changes nothing.”"),
    ])
    func callingAnObjectWithAQuotationIsOneReportedClaim(_ text: String, _ speaker: String, _ claim: String) {
        RuleTestSupport.expectOneClaim(in: text, by: speaker, .reported, claim)
    }

    @Test func callingForIsNoNamingClaim() {
        #expect(!RuleTestSupport.claims("Zelensky called for “a full ceasefire” at once.").contains { $0.2.hasPrefix("for") })
    }

    @Test(arguments: [
        ("A senior Ukrainian official said talks were hard. \"They want land,\" the official said.", "senior Ukrainian official"),
        ("A source in the Ukrainian delegation told reporters that the memorandum repeated old demands.", "source in the Ukrainian delegation"),
        ("British Prime Minister Keir Starmer spoke. Four leaders spoke to Trump by phone, Starmer's office said.", "Starmer's office"),
    ])
    func unnamedSourcesKeepTheirDescription(_ text: String, _ speaker: String) {
        #expect(RuleTestSupport.claims(text).last?.0 == speaker)
    }
}

@Suite struct MultiParagraphQuoteTests {
    @Test func aQuotationOverTwoParagraphsIsOneClaimByTheSpeakerAfterItsEnd() {
        let text = """
            Umerov said the talks were useful.

            “They are doing everything to make sure these meetings produce nothing.

            “We are not going to give anyone grounds to say that Ukraine is blocking diplomacy,” Zelenskyy said.
            """
        let found = RuleTestSupport.claims(text).filter { $0.1 == .quote }
        #expect(found.map(\.0) == ["Zelenskyy"])
        #expect(found.first?.2 == "They are doing everything to make sure these meetings produce nothing. "
            + "We are not going to give anyone grounds to say that Ukraine is blocking diplomacy")
    }

    @Test func aPronounAfterATitledSubjectIsThatPerson() {
        let found = RuleTestSupport.claims("""
            Ukraine's Defence Minister Rustem Umerov said Kyiv would study the document. \
            Mr Vladimir Medinsky, a former culture minister, rejected that characterisation. “This is not an ultimatum,” he said.
            """)
        #expect(found.last?.0 == "Vladimir Medinsky")
    }

    @Test func aColonHandsTheQuotationToTheClausesSubject() {
        RuleTestSupport.expectOneClaim(
            in: "A senior European diplomat put it more bluntly: “Moscow is playing for time.”",
            by: "senior European diplomat", .quote, "Moscow is playing for time.")
    }

    @Test func whatIsToldToTheDelegationsIsReported() {
        RuleTestSupport.expectOneClaim(
            in: "Turkish Foreign Minister Hakan Fidan told the delegations there were two paths before them.",
            by: "Hakan Fidan", .reported, "there were two paths before them")
    }

    @Test func aDescriptionFittingSeveralPeopleIsTheOneAlreadyNamed() {
        let found = RuleTestSupport.claims("""
            Russian presidential aide Vladimir Medinsky led the talks. The Russian presidential aide noted that a memorandum was handed over. \
            Presidential aide Yury Ushakov spoke later.
            """)
        #expect(found.first?.0 == "Vladimir Medinsky")
    }

    @Test func inHisWordsReportsThePronounsPerson() {
        let found = RuleTestSupport.claims("""
            Russian presidential aide Vladimir Medinsky spoke to reporters. In his words, Kiev should study the document. \
            He specified that the exchange would involve at least one thousand people.
            """)
        #expect(found.map(\.0) == ["Vladimir Medinsky", "Vladimir Medinsky"])
        #expect(found.map(\.2) == ["Kiev should study the document", "the exchange would involve at least one thousand people"])
    }

    @Test func aParticipleAfterAQuotationAndAPronounIsThePronounsPerson() {
        let found = RuleTestSupport.claims("""
            Russian Foreign Minister Sergei Lavrov spoke after the talks. “We not only listened, but heard each other,” he told \
            Russian television, adding that Moscow would not accept the deployment of troops.
            """)
        #expect(found.map(\.0) == ["Sergei Lavrov", "Sergei Lavrov"])
    }
}

/// A short parenthesis between a speaker and the verb, and a dash joining two names inside the content.
@Suite struct ParenthesisAndJoinedNameTests {
    @Test(arguments: [
        ("Foreign Minister Elina Valtonen (NCP) said Finland was ready to contribute \"within our means\".",
         "Elina Valtonen", "Finland was ready to contribute \"within our means\""),
        ("Chancellor Friedrich Merz told reporters that the Putin–Zelensky meeting should take place soon.",
         "Friedrich Merz", "the Putin–Zelensky meeting should take place soon"),
    ])
    func theSpeakerAndTheWholeClause(_ sentence: String, _ speaker: String, _ text: String) {
        let found = RuleTestSupport.claims(sentence)
        #expect(found.map(\.0) == [speaker])
        #expect(found.map(\.2) == [text])
    }

    @Test func aSpacedDashStillEndsTheContent() {
        let found = RuleTestSupport.claims("Chancellor Friedrich Merz said the meeting should take place soon – a view others share.")
        #expect(found.map(\.2) == ["the meeting should take place soon"])
    }
}

/// A participle's subject is the clause's opening person, "he" before a verb of saying is a person, and an
/// unnamed source placed by a bare name keeps its place.
@Suite struct SpeakerSubjectTests {
    private let cast = "US President Donald Trump and Russian President Vladimir Putin are rivals. "

    @Test(arguments: [
        ("President Donald Trump has abandoned his demand after talks with Russian President Vladimir Putin in Alaska, "
            + "saying a full peace agreement is now the goal.", "Donald Trump"),
        ("Trump spoke with Putin on Friday. Earlier this month he had said he was considering new sanctions.", "Donald Trump"),
        ("A Western diplomat in Ankara said Turkey's hosting role had given it a seat.", "Western diplomat in Ankara"),
    ])
    func theSpeaker(_ text: String, _ speaker: String) {
        #expect(RuleTestSupport.claims(cast + text).map(\.0).last == speaker)
    }

    @Test func sheAfterAQuotationIsTheSubjectOfTheSentenceBefore() {
        let text = cast + "Putin said the talks were useful. EU foreign policy chief Kaja Kallas was blunter. "
            + "«Every time there is hope for peace, Putin plays for time,» she said in Luxembourg."
        #expect(RuleTestSupport.claims(text).map(\.0) == ["Vladimir Putin", "Kaja Kallas"])
    }

    @Test func aParticipleAfterAQuotationStaysWithTheSpeakerNamedAfterIt() {
        let found = RuleTestSupport.claims(cast + "\"We will see,\" Putin told reporters on Friday, adding that Trump was a serious man.")
        #expect(found.map(\.0) == ["Vladimir Putin", "Vladimir Putin"])
    }

    @Test func aPronounOpeningARelativeClauseNamesNoSpeaker() {
        let found = RuleTestSupport.claims("Ukraine handed over a list of 339 children it says were deported.")
        #expect(!found.contains { $0.0.contains("children") })
    }

    @Test(arguments: [
        ("The plan, which officials say was drafted in Moscow, has 28 points.", "officials", "was drafted in Moscow"),
        ("Rustem Umerov, who said the talks were useful, left early.", "Rustem Umerov", "the talks were useful"),
    ])
    func whatIsSaidInsideARelativeAsideEndsWithIt(_ text: String, _ speaker: String, _ claim: String) {
        RuleTestSupport.expectOneClaim(in: text, by: speaker, .reported, claim)
    }

    @Test func aRelativeAsideWithoutAVerbOfSayingReportsNothing() {
        #expect(RuleTestSupport.claims("Rustem Umerov, who suggested the meeting, left early.").isEmpty)
    }

    @Test(arguments: [
        ("Twenty-six countries have committed to sending troops, French President Emmanuel Macron announced on Thursday.",
         "Emmanuel Macron", "Twenty-six countries have committed to sending troops"),
        ("Russia launched 500 drones overnight, Ukrainian officials confirmed.", "Ukrainian officials", "Russia launched 500 drones overnight"),
    ])
    func speechBeforeItsAttributionWithOtherVerbs(_ text: String, _ speaker: String, _ claim: String) {
        RuleTestSupport.expectOneClaim(in: text, by: speaker, .reported, claim)
    }

    @Test func whatASourceRelaysIsTheSourcesClaim() {
        RuleTestSupport.expectOneClaim(
            in: "According to two sources familiar with the Kremlin's thinking, Russian President Vladimir Putin told Trump that Russia would freeze the front.",
            by: "two sources familiar with the Kremlin's thinking", .reported,
            "Russian President Vladimir Putin told Trump that Russia would freeze the front")
        RuleTestSupport.expectOneClaim(in: "According to the Kremlin, the talks were useful.", by: "Kremlin", .reported, "the talks were useful")
    }

    @Test(arguments: [
        ("Ukrainian and American negotiators said they had made significant progress.", "Ukrainian and American negotiators",
         "they had made significant progress"),
        ("The White House and Ukraine said the talks had produced a framework.", "White House and Ukraine", "the talks had produced a framework"),
        ("The proposal has been reworked after marathon talks, officials say, as allies push their own draft.", "officials",
         "The proposal has been reworked after marathon talks"),
    ])
    func sourcesJoinedByAndAndAnAttributionBeforeAClauseOfItsOwn(_ text: String, _ speaker: String, _ claim: String) {
        RuleTestSupport.expectOneClaim(in: text, by: speaker, .reported, claim)
    }

    @Test func aStateARelativeClauseHangsOnSpeaks() {
        let found = RuleTestSupport.claims("India, which has maintained that the conflict must be resolved through dialogue, welcomed the talks.")
        #expect(found.first.map { "\($0.0): \($0.2)" } == "India: the conflict must be resolved through dialogue")
    }

    @Test func aParticipleAfterAQuotationsAttributionIsTheQuotationsSpeakers() {
        let found = RuleTestSupport.claims("\"Russia is playing dirty games,\" the Coordination Headquarters said in response, "
            + "adding that identification of the remains would take time.")
        #expect(found.map(\.0) == ["Coordination Headquarters", "Coordination Headquarters"])
    }
}
