import Foundation
@testable import ParleyArchive
import ParleyExtract
import ParleySQLite
import TestSupport
import Testing

@Suite struct PersonKeyTests {
    @Test(arguments: [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"), ("Sergey Lavrov", "Sergei Lavrov"), ("Rustem Umierov", "Rustem Umerov"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"), ("Zelensky’s", "zelensky"), ("Oleksandr Syrskyi", "Olexandr Syrsky"),
        ("Dmitriy Peskov", "Dmitry Peskov"), ("Mikhail Podolyak", "Mihail Podoliak"),
    ])
    func spellingsOfOneNameShareAKey(_ a: String, _ b: String) {
        #expect(PersonKey.of(a) == PersonKey.of(b))
    }

    @Test(arguments: [("Donald Trump", "Donald Tusk"), ("Medinsky", "Medvedev"), ("Sergei Lavrov", "Sergei Ivanov")])
    func differentNamesKeepDifferentKeys(_ a: String, _ b: String) {
        #expect(PersonKey.of(a) != PersonKey.of(b))
    }
}

/// Stores hand-made extractions, one article each, and reads back the people table.
final class PeopleFixture {
    let folder: TemporaryFolder
    let archive: Archive
    let writer: ExtractionWriter
    private var count = 0

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive.openForWriting(at: folder.file("parley.db"))
        writer = try ExtractionWriter(db: archive.db)
    }

    /// An article whose text is `body`, naming each person at the first place their name appears.
    func store(_ body: String, people: [(name: String, aliases: [String])]) throws {
        count += 1
        let scalars = Array(body.unicodeScalars)
        let persons = people.map { entry -> Person in
            let needle = Array(entry.name.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle } ?? 0
            return Person(name: entry.name, aliases: entry.aliases, mentions: [Span(start, start + needle.count)])
        }
        let extraction = Extraction(source: SourceInfo(file: "a\(count).txt"), people: persons)
        let article = PreparedArticle(input: ImportInput(display: "a\(count).txt", path: nil),
                                      contentHash: SHA256.hex(body.utf8), frontMatter: "", body: body,
                                      metadata: ArticleMetadata(), extraction: extraction)
        try archive.db.transaction {
            _ = try writer.store(article)
            try writer.flushSearchIndex()
        }
    }

    func names() throws -> [String] {
        try archive.db.rows("SELECT name FROM people ORDER BY name").compactMap { $0[0].string }
    }
}

@Suite struct PersonResolutionTests {
    @Test func transliterationsAcrossSourcesAreOnePerson() throws {
        let fixture = try PeopleFixture()
        try fixture.store("Volodymyr Zelenskyy spoke.", people: [("Volodymyr Zelenskyy", [])])
        try fixture.store("Volodymyr Zelensky and Zelensky again.", people: [("Volodymyr Zelensky", ["Zelensky"])])
        #expect(try fixture.names().count == 1)
        let mentions = try fixture.archive.db.scalar("SELECT count(DISTINCT source_id) FROM person_mentions")
        #expect(mentions == .integer(2))
    }

    @Test func aSurnameJoinsTheFullNameAndTheFullerNameWins() throws {
        let fixture = try PeopleFixture()
        try fixture.store("Peskov said little.", people: [("Peskov", [])])
        try fixture.store("Dmitry Peskov, the spokesman, said more.", people: [("Dmitry Peskov", ["Peskov"])])
        #expect(try fixture.names() == ["Dmitry Peskov"])
        try fixture.store("Peskov again.", people: [("Peskov", [])])
        #expect(try fixture.names() == ["Dmitry Peskov"])
    }

    @Test func peopleWhoShareOnlyASurnameStayApart() throws {
        let fixture = try PeopleFixture()
        try fixture.store("Sergei Ivanov spoke.", people: [("Sergei Ivanov", ["Ivanov"])])
        try fixture.store("Mikhail Ivanov spoke.", people: [("Mikhail Ivanov", ["Ivanov"])])
        try fixture.store("Ivanov spoke.", people: [("Ivanov", [])])
        // An ambiguous surname gathers in one person of its own, article after article.
        try fixture.store("Ivanov spoke again.", people: [("Ivanov", [])])
        #expect(try fixture.names() == ["Ivanov", "Mikhail Ivanov", "Sergei Ivanov"])
    }

    @Test func manyPeopleWithOneSurnameStayOnePersonEachHoweverOftenTheyAppear() throws {
        let fixture = try PeopleFixture()
        let firsts = ["Antony", "Denys", "Donald", "Maria"]
        for round in 0..<3 {
            for first in firsts {
                try fixture.store("\(first) Kallas spoke, round \(round).", people: [("\(first) Kallas", ["Kallas"])])
                try fixture.store("Kallas spoke, round \(round), after \(first).", people: [("Kallas", [])])
            }
        }
        #expect(try fixture.names() == ["Antony Kallas", "Denys Kallas", "Donald Kallas", "Kallas", "Maria Kallas"])
    }
}
