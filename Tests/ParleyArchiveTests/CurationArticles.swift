import ParleyArchive
import TestSupport

/// Small articles that give the curation tests something to correct: two different Smiths the
/// resolver joins on the surname, and one round of talks two sources date and place differently.
enum CurationArticles {
    static let foreignSecretary = """
        Talks in Geneva

        GENEVA, June 2, 2025 — John Smith, the British foreign secretary, said on Monday that the talks would resume. \
        "We are close to a ceasefire," Smith said.

        """
    static let general = """
        Exchange planned

        KYIV, June 3, 2025 — General Smith, the commander of the Ukrainian army, said on Tuesday that prisoners \
        would be exchanged. "We are ready for the exchange of prisoners," Smith told reporters.

        """
    static let generalAgain = """
        Front line

        KYIV, June 9, 2025 — General Smith, the commander of the Ukrainian army, said on Monday that the front was quiet.

        """
    static let talksInIstanbul = """
        Talks held in Istanbul

        ISTANBUL, May 17, 2025 — Russian and Ukrainian delegations held talks in Istanbul on Friday, May 16, and agreed \
        to exchange 1,000 prisoners each.

        """
    static let talksInAntalya = """
        Talks held in Antalya

        MOSCOW, May 18, 2025 — Russian and Ukrainian delegations held talks in Antalya on Thursday, May 15, and agreed \
        to exchange 1,000 prisoners each.

        """
    static let talksInAntalyaRetold = """
        Talks in Antalya

        ANKARA, May 19, 2025 — Russian and Ukrainian delegations held talks in Antalya on Thursday, May 15, \
        Turkish officials said.

        """
    static let exchangeBegins = """
        Exchange begins

        KYIV, May 23, 2025 — Russia and Ukraine began the exchange of 1,000 prisoners each agreed at talks in Istanbul on May 16.

        """
}

extension SampleArchive {
    /// Imports one more article into the archive and returns how many were imported.
    @discardableResult
    func importArticle(_ name: String, _ text: String, into archive: Archive) throws -> Int {
        let path = try folder.write(name, text)
        return try Importer(archive: archive).run(InputCollector.collect([path]).inputs).imported
    }
}
