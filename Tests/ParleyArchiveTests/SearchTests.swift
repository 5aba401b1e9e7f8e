import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

@Suite struct SearchTests {
    let samples: SampleArchive
    var archive: String { samples.path }

    init() throws {
        samples = try SampleArchive()
    }

    @Test func diacriticsAreFolded() throws {
        let hits = try Search.run(archivePath: archive, text: "erdogan", scope: .sources)
        #expect(Set(hits.rows.map { $0[2].string ?? "" }) == ["003_01a0be8bfad849f4.txt", "004_905a684dd6f29ba4.txt"])
        #expect(hits.rows.allSatisfy { $0[6].string?.contains("[Erdo") == true })
    }

    @Test(arguments: ["\"unbalanced", "a (b", "-x*", "NEAR", "prisoner AND", "\"\"", "col:umn", "^start", "*"])
    func plainWordsNeverBreakTheQuery(_ text: String) throws {
        _ = try Search.run(archivePath: archive, text: text)
    }

    @Test func rawSyntaxErrorsAreExplained() throws {
        let error = #expect(throws: ArchiveError.self) { try Search.run(archivePath: archive, text: "\"unbalanced", rawFTS: true) }
        #expect(error?.description.hasPrefix("cannot search for") == true)
        #expect(error?.description.contains("without --fts") == true)
    }

    @Test func rawSyntaxFindsPhrasesAndProximity() throws {
        let phrase = try Search.run(archivePath: archive, text: "\"prisoner exchange\"", rawFTS: true, scope: .sources)
        #expect(phrase.rows.count >= 3)
        let near = try Search.run(archivePath: archive, text: "NEAR(Medinsky satisfied, 10)", rawFTS: true, scope: .sources)
        #expect(!near.rows.isEmpty)
    }

    @Test func emptySearchIsRefused() {
        #expect(throws: ArchiveError.self) { try Search.run(archivePath: archive, text: "   ") }
    }

    @Test func bestMatchComesFirst() throws {
        let hits = try Search.run(archivePath: archive, text: "Medinsky", scope: .sources)
        let scores = hits.rows.compactMap { $0[5].double }
        #expect(scores == scores.sorted(by: >))
    }
}
