@testable import ParleyExtract
import Testing

/// Figures whose unit or topic is told away from the number: the exchange before a colon, the
/// bodies before "of", people handed over, shares of land, halves, and quantities that differ only in unit.
@Suite struct FigureContextTests {
    private func figures(_ text: String) -> [String] {
        Extractor.extract(body: text).figures.map {
            "\($0.topic) \($0.value)-\($0.valueMax ?? $0.value) \($0.unit ?? "-")\($0.perSide ? " each" : "")"
        }
    }

    @Test(arguments: [
        ("Putin said an exchange of prisoners of war would take place between Russia and Ukraine: 175 for 175.",
         "prisoner_exchange 175.0-175.0 prisoners each"),
        ("Russia and Ukraine will carry out an exchange of prisoners of war, 175 for 175, on Wednesday.",
         "prisoner_exchange 175.0-175.0 prisoners each"),
        ("On 19 August, Ukraine received the bodies of 1,000 fallen defenders.", "remains_return 1000.0-1000.0 bodies"),
        ("In addition, 23 seriously wounded servicemen who are treated in Russian hospitals will be handed over.",
         "prisoner_exchange 23.0-23.0 prisoners"),
        ("Ukraine brought home 33 servicemen on Friday.", "prisoner_exchange 33.0-33.0 prisoners"),
        ("Russia demanded that Ukraine withdraw from four regions that Moscow claims to have annexed.", "territory 4.0-4.0 regions"),
        ("Russian forces hold roughly 19 percent of Ukraine's territory.", "territory 19.0-19.0 percent"),
        ("Russian forces hold about 70% of the Donetsk region.", "territory 70.0-70.0 percent"),
        ("The delegations held talks for four and a half hours.", "negotiations 4.5-4.5 hours"),
        ("Russia proposed short humanitarian pauses of 24 to 48 hours along the front.", "ceasefire 24.0-48.0 hours"),
        ("Medinsky proposed short cease-fires of 24 to 48 hours on some sections of the front.", "ceasefire 24.0-48.0 hours"),
        ("The exchange was completed over three days.", "prisoner_exchange 3.0-3.0 days"),
    ])
    func aFigureTakesItsContext(_ text: String, _ expected: String) {
        #expect(figures(text) == [expected])
    }

    @Test func quantitiesThatDifferInUnitAreTwo() {
        #expect(figures("Moscow declared a 30-hour Easter truce and later a 30-day ceasefire.")
            == ["ceasefire 30.0-30.0 hours", "ceasefire 30.0-30.0 days"])
    }

    @Test func countsNobodyHandsOverHaveNoTopic() {
        #expect(figures("The brigade lost 33 servicemen near the village.").isEmpty)
        #expect(figures("The talks began at 10:30 in the palace.").isEmpty)
    }
}

/// How long talks lasted, told far from the talks, and the length of the war, which is no figure.
@Suite struct DurationTopicTests {
    private func figures(_ text: String) -> [String] {
        Extractor.extract(body: text).figures.map { "\($0.topic) \($0.value) \($0.unit ?? "-")" }
    }

    @Test(arguments: [
        ("The talks at the Çırağan Palace on July 23, hosted by Foreign Minister Hakan Fidan and attended by the intelligence chief, lasted around 40 minutes.",
         "negotiations 40.0 minutes"),
        ("The first round, held at the Dolmabahçe Palace, lasted barely an hour and a half.", "negotiations 1.5 hours"),
        ("Donald Trump, who spoke to Putin for more than two hours on May 19, has since grown frustrated.", "negotiations 2.0 hours"),
        ("A further 307 Ukrainians came home on Saturday in exchange for the same number of Russians.", "prisoner_exchange 307.0 prisoners"),
        ("It resulted in an exchange of prisoners under the 1,000-for-1,000 formula.", "prisoner_exchange 1000.0 prisoners"),
        ("The deal came after more than eight hours of talks at the Ritz-Carlton.", "negotiations 8.0 hours"),
        ("The roughly two-and-a-half-hour call was the most substantive conversation.", "negotiations 2.5 hours"),
        ("The session lasted nearly four hours, according to a person familiar with it.", "negotiations 4.0 hours"),
        ("Russia will hand over 23 severely wounded Ukrainian soldiers as a gesture of goodwill.", "prisoner_exchange 23.0 prisoners"),
    ])
    func theDurationOrCountFindsItsTopic(_ text: String, _ expected: String) {
        #expect(figures(text) == [expected])
    }

    @Test func theWarsLengthIsNoFigure() {
        #expect(figures("The delegations agreed to document their frameworks for halting the conflict, which has now dragged on for over two years.").isEmpty)
        #expect(figures("Turkey urged a ceasefire after three and a half years of conflict.").isEmpty)
    }
}
