import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

@Suite struct PersonSplitTests {
    /// Everyone called Smith: name, country, number of sources, number of claims.
    func smiths(_ archive: Archive) throws -> [[SQLiteValue]] {
        try archive.db.rows("SELECT name, country, sources, claims FROM v_people WHERE name LIKE '%Smith%' ORDER BY name").map(\.values)
    }

    func johnSmith(_ archive: Archive) throws -> String {
        try #require(try archive.db.scalar("SELECT id FROM people WHERE name = 'John Smith'")?.int64).description
    }

    /// The samples plus the foreign secretary and the general, whom the resolver takes for one Smith.
    func twoSmithsInOne() throws -> (SampleArchive, Archive) {
        let samples = try SampleArchive()
        let archive = try Archive.openForWriting(at: samples.path)
        try samples.importArticle("secretary.txt", CurationArticles.foreignSecretary, into: archive)
        try samples.importArticle("general.txt", CurationArticles.general, into: archive)
        try #require(try smiths(archive) == [[.text("John Smith"), .text("GB"), .integer(2), .integer(4)]])
        return (samples, archive)
    }

    @Test func theSourcesThatSayOnlySmithBecomeAPersonOfTheirOwn() throws {
        let (_, archive) = try twoSmithsInOne()
        try Curation(archive: archive).splitPerson(try johnSmith(archive), alias: "Smith", note: "two Smiths")
        let apart: [[SQLiteValue]] = [[.text("John Smith"), .text("GB"), .integer(1), .integer(2)],
                                      [.text("Smith"), .text("UA"), .integer(1), .integer(2)]]
        #expect(try smiths(archive) == apart)
        let roles = try archive.db.rows("SELECT role FROM v_roles WHERE name = 'Smith' ORDER BY role").map { $0[0].displayText }
        #expect(roles == ["General", "commander of the Ukrainian army"])
        try Reextraction.run(archive)
        #expect(try smiths(archive) == apart)
        #expect(ArchiveCheck.run(on: archive.db).passed)
    }

    @Test func aNewArticleAboutTheSplitOffSmithJoinsHimAndReextractionAgrees() throws {
        let (samples, archive) = try twoSmithsInOne()
        try Curation(archive: archive).splitPerson(try johnSmith(archive), alias: "Smith", note: nil)
        #expect(try samples.importArticle("again.txt", CurationArticles.generalAgain, into: archive) == 1)
        let expected: [[SQLiteValue]] = [[.text("John Smith"), .text("GB"), .integer(1), .integer(2)],
                                         [.text("Smith"), .text("UA"), .integer(2), .integer(3)]]
        #expect(try smiths(archive) == expected)
        try Reextraction.run(archive)
        #expect(try smiths(archive) == expected)
        #expect(ArchiveCheck.run(on: archive.db).passed)
    }

    @Test func undoPutsTheSmithsBackTogether() throws {
        let (_, archive) = try twoSmithsInOne()
        let curation = Curation(archive: archive)
        let before = try smiths(archive)
        let id = try curation.splitPerson(try johnSmith(archive), alias: "Smith", note: nil)
        #expect(try smiths(archive) != before)
        try curation.undo(id)
        #expect(try smiths(archive) == before)
    }

    @Test func aPersonWhoseNameKeyIsSharedIsRefused() throws {
        let (_, archive) = try twoSmithsInOne()
        let curation = Curation(archive: archive)
        let person = try johnSmith(archive)
        try curation.renamePerson("Alexander Stubb", to: "John Smith", note: nil)
        let error = #expect(throws: ArchiveError.self) { try curation.splitPerson(person, alias: "Smith", note: nil) }
        #expect(error?.description.contains("another person shares the name") == true)
        #expect(try archive.db.scalar("SELECT count(*) FROM corrections") == .integer(1))
    }

    @Test func aNameThePersonDoesNotGoByIsRefusedAndNothingChanges() throws {
        let (_, archive) = try twoSmithsInOne()
        let curation = Curation(archive: archive)
        let person = try johnSmith(archive)
        let unknown = #expect(throws: ArchiveError.self) { try curation.splitPerson(person, alias: "Smyth", note: nil) }
        #expect(unknown?.description == "person \(person) is never called Smyth (its names: John Smith, Smith)")
        let missing = #expect(throws: ArchiveError.self) { try curation.splitPerson("99999", alias: "Smith", note: nil) }
        #expect(missing?.description == "no person with id 99999 (see parley report people)")
        // Every sample that says "Medinsky" also gives his full name: the surname alone splits nothing off.
        let fuller = #expect(throws: ArchiveError.self) { try curation.splitPerson("Vladimir Medinsky", alias: "Medinsky", note: nil) }
        #expect(fuller?.description.contains("also gives a fuller name") == true)
        // Splitting off the name every source of a person uses would leave nothing.
        let everything = #expect(throws: ArchiveError.self) { try curation.splitPerson("Alexander Stubb", alias: "Alexander Stubb", note: nil) }
        #expect(everything?.description.contains("nothing would be left") == true)
        #expect(try archive.db.scalar("SELECT count(*) FROM corrections") == .integer(0))
        #expect(try smiths(archive) == [[.text("John Smith"), .text("GB"), .integer(2), .integer(4)]])
    }
}
