@testable import ParleyExtract
import Testing

/// Ranks shortened without a dot, as British papers write them ("Adm Igor Kostyukov", "Maj Gen ..."), are titles, not
/// part of the name.
@Suite struct RankAbbreviationsTests {
    @Test(arguments: ["Adm Igor Kostyukov", "Adm. Igor Kostyukov", "Admiral Igor Kostyukov"])
    func aRankBeforeTheName(_ named: String) {
        let e = DatedArticle.extract("Russian and Ukrainian delegations met in Abu Dhabi on Wednesday. The Russian delegation was led by "
            + named + ", the head of military intelligence.", on: "February 5, 2026")
        #expect(e.delegations.first { $0.side == "RU" }?.head == "Igor Kostyukov")
        #expect(e.people.map(\.name).contains("Igor Kostyukov"))
    }
}
