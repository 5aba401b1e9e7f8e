@testable import ParleyExtract
import Testing

/// The headline under a masthead of several lines (a tagline, a line of links, a kicker), a headline in title case with
/// a stop, a date under nine lines of furniture, and a copyright line's name without its year.
@Suite struct MastheadTests {
    private func source(_ text: String) -> SourceInfo {
        Extractor.extract(body: text, actors: ActorDictionary()).source
    }

    private let body = "\n\nRussian and Ukrainian delegations met in Istanbul on Monday, officials said.\n"

    @Test(arguments: [
        "AL-MONITOR\nThe Middle East's leading independent news source since 2012\n\nGulf\n\n"
            + "First US-Russia-Ukraine talks end in Abu Dhabi with no deal",
        "RFA\nRadio Free Asia\nChina | North Korea | Korea | Uyghur | Tibet | Myanmar\n\nNORTH KOREA\n\n"
            + "First US-Russia-Ukraine talks end in Abu Dhabi with no deal",
        "The Sydney Morning Herald\nWorld / Europe / Russia-Ukraine war\n\nFirst US-Russia-Ukraine talks end in Abu Dhabi with no deal",
        "Europe\nFirst US-Russia-Ukraine talks end in Abu Dhabi with no deal",
    ])
    func theHeadlineUnderTheMasthead(_ top: String) {
        #expect(source(top + body).title == "First US-Russia-Ukraine talks end in Abu Dhabi with no deal")
    }

    @Test func aHeadlineInTitleCaseWithAStop() {
        let text = "NEWS ANALYSIS\n\nUkraine Offers to Shelve Its NATO Dream. The Harder Question Is Land.\n\nDec. 16, 2025" + body
        #expect(source(text).title == "Ukraine Offers to Shelve Its NATO Dream. The Harder Question Is Land.")
    }

    @Test func aDateUnderNineLinesOfFurnitureAndACopyrightNameWithoutItsYear() {
        let text = "Balkan Insight\nBalkan Investigative Reporting Network\n\nHome > News > Serbia\n\n"
            + "Vucic Declines to Sign Odesa Declaration as Kyiv, Moscow Trade Captives\n\n"
            + "Serbia's President made his first trip to Ukraine since the invasion but stayed out of a regional call for sanctions.\n\n"
            + "Jelena Radosavljevic, Ivan Kostov\nBIRN\nBelgrade, Sofia\nJune 12, 2025 11:05" + body
            + "\n© Balkan Investigative Reporting Network 2025. All rights reserved.\n"
        let s = source(text)
        #expect(s.published == "2025-06-12")
        #expect(s.outlet == "Balkan Investigative Reporting Network")
    }
}
