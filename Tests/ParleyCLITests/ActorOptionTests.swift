import Foundation
import ParleyArchive
import ParleySQLite
import TestSupport
import Testing

/// `--actors FILE` on extract, import and reextract.
@Suite struct ActorOptionTests {
    static let article = """
        Talks ended in Geneva. "We will return next week," Ivo Mediatorsson told reporters on Friday.
        Mediatorsson added that both delegations were ready.
        """
    static let dictionary = "name\taliases\tcountry\troles\nIvo Mediator\tIvo Mediatorsson|Mediatorsson\tno\tSpecial Envoy@2025..\n"

    @Test func extractReportsTheDictionaryNameCountryAndRole() throws {
        let folder = try TemporaryFolder()
        let article = try folder.write("a.txt", "---\npublished: 2025-06-01\n---\n" + ActorOptionTests.article)
        let actors = try folder.write("actors.tsv", ActorOptionTests.dictionary)
        let plain = parley(["extract", article, "--json"])
        #expect(plain.code == 0)
        #expect(!plain.stdout.contains("\"Ivo Mediator\""))
        let known = parley(["extract", article, "--json", "--actors", actors])
        #expect(known.code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(known.stdout.utf8)) as? [String: Any])
        let people = try #require(json["people"] as? [[String: Any]])
        let person = try #require(people.first { $0["name"] as? String == "Ivo Mediator" })
        #expect(person["country"] as? String == "NO")
        #expect(person["known_roles"] as? [String] == ["Special Envoy"])
        #expect((person["aliases"] as? [String])?.contains("Ivo Mediatorsson") == true)
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.contains { $0["speaker"] as? String == "Ivo Mediator" })
    }

    @Test func importAndReextractUseTheDictionary() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        _ = try folder.write("in/a.txt", ActorOptionTests.article)
        let actors = try folder.write("actors.tsv", ActorOptionTests.dictionary)
        let db = folder.file("parley.db")
        #expect(parley(["import", folder.file("in"), "--db", db, "--actors", actors]).code == 0)
        let names = { try QueryRunner.run(archivePath: db, sql: "SELECT name FROM people").rows.map(\.[0].displayText) }
        #expect(try names() == ["Ivo Mediator"])
        #expect(parley(["reextract", "--db", db]).code == 0)
        #expect(try names() == ["Ivo Mediatorsson"])
        #expect(parley(["reextract", "--db", db, "--actors", actors]).code == 0)
        #expect(try names() == ["Ivo Mediator"])
    }

    @Test func aBadDictionaryIsOneLineAndTouchesNothing() throws {
        let folder = try TemporaryFolder()
        let article = try folder.write("a.txt", ActorOptionTests.article)
        let actors = try folder.write("actors.tsv", "name\tcountry\nIvo Mediator\tNorway\n")
        let db = folder.file("parley.db")
        let result = parley(["import", article, "--db", db, "--actors", actors])
        #expect(result.code != 0)
        #expect(result.stderr.contains("actors.tsv: line 2: country Norway is not a two-letter code"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
