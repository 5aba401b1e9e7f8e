@testable import ParleyArchive
import ParleySQLite
import Testing

/// One person's claims come from the index of migration 0014, in report order; the rows and their
/// order are those of v_claims sorted as before.
extension ReportTests {
    static let sortedAsBefore = "ORDER BY date DESC, source, id"

    func personsClaimsAsBefore(_ key: String) throws -> QueryResult {
        try QueryRunner.run(archivePath: archive, sql: """
            SELECT * FROM v_claims WHERE speaker_person_id IN (SELECT person_id FROM person_aliases WHERE alias_key = :key)
            \(Self.sortedAsBefore)
            """, parameters: [("key", key)])
    }

    @Test(arguments: ["Medinsky", "Vladimir Putin", "Zelensky", "Peskov"])
    func aPersonsClaimsComeInTheOrderTheyWereSorted(name: String) throws {
        let report = try Report.claims.run(archivePath: archive, filters: [.person: name])
        #expect(report == (try personsClaimsAsBefore(PersonKey.of(name))))
        #expect(!report.rows.isEmpty)
    }

    @Test func theDossierListsClaimsAsBefore() throws {
        let claims = try #require(try Dossier.person("Medinsky", archivePath: archive).last?.result)
        let id = try #require(try Report.onePerson(PersonKey.of("Medinsky"), on: Archive.openForReading(at: archive).db))
        let before = try QueryRunner.run(archivePath: archive, sql: """
            SELECT date, kind, text, topics, source FROM v_claims WHERE speaker_person_id = :id ORDER BY date IS NULL, date DESC, source, id
            """, parameters: [("id", String(id))])
        #expect(claims == before)
    }

    @Test func oneNameOfTwoPeopleGivesBothTheirClaims() throws {
        let db = try Archive.openForWriting(at: archive).db
        try db.execute("""
            INSERT INTO person_aliases(person_id, alias, alias_key, source_id, span_start, span_end)
            SELECT p.id, 'Medinsky', 'medinsky', a.source_id, a.span_start, a.span_end
            FROM people AS p JOIN person_aliases AS a ON a.person_id = p.id WHERE p.name = 'Vladimir Putin' LIMIT 1
            """)
        #expect(try Report.onePerson("medinsky", on: db) == nil)
        let report = try Report.claims.run(archivePath: archive, filters: [.person: "Medinsky"])
        #expect(report == (try personsClaimsAsBefore("medinsky")))
        #expect(Set(column(report, "speaker")) == ["Vladimir Medinsky", "Vladimir Putin"])
    }

    @Test func onePersonsClaimsNeedNoSort() throws {
        let db = try Archive.openForReading(at: archive).db
        let plan = try db.rows("EXPLAIN QUERY PLAN SELECT * FROM v_claims WHERE speaker_person_id = 1 \(Self.sortedAsBefore)")
            .map { $0[3].displayText }.joined(separator: "\n")
        #expect(plan.contains("COVERING INDEX claims_by_person_newest_first"))
        #expect(!plan.contains("TEMP B-TREE"))
    }
}
