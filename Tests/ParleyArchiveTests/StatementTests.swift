import ParleyArchive
import TestSupport
import Testing

/// The same words by the same speaker in several sources are one statement with several sources.
@Suite struct StatementTests {
    @Test func aQuoteCarriedByTwoOutletsIsOneStatementWithBothSources() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("wire.txt", "Talks ended in Istanbul. \u{201C}We are satisfied with the results,\u{201D} Vladimir Medinsky said.")
        _ = try folder.write("paper.txt", "Medinsky spoke after the talks.\n\n\"We are  satisfied with the results,\" Vladimir Medinsky told reporters.")
        _ = try folder.write("other.txt", "\u{201C}We are not satisfied,\u{201D} Rustem Umerov said after the talks in Istanbul.")
        let path = folder.file("a.db")
        do {
            let archive = try Archive.openForWriting(at: path)
            _ = try Importer(archive: archive).run(InputCollector.collect([folder.path]).inputs)
        }

        let statements = try Report.statements.run(archivePath: path)
        let shared = try #require(statements.rows.first { $0[3].displayText.contains("satisfied with the results") })
        #expect(shared[1].displayText == "Vladimir Medinsky")
        #expect(shared[4].int64 == 2)
        #expect(Set(shared[5].displayText.split(separator: ",")) == ["wire.txt", "paper.txt"])
        #expect(statements.rows.filter { $0[3].displayText.hasPrefix("We are not satisfied") }.first?[4].int64 == 1)
    }
}
