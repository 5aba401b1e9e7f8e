/// `parley report person NAME`: everything the archive holds on one person, in sections.
public enum Dossier {
    public struct Section: Sendable {
        public let title: String
        public let result: QueryResult
    }

    public static func person(_ name: String, archivePath: String) throws -> [Section] {
        let key = PersonKey.of(name)
        // One connection for every section. The person is found by either index (an OR across a
        // join read every person); a person is known by an alias only when it has one.
        let archive = try Archive.openForReading(at: archivePath)
        let matches = try QueryRunner.run(on: archive.db, sql: """
            SELECT p.id, p.name FROM people AS p
            WHERE (p.id IN (SELECT person_id FROM person_aliases WHERE alias_key = :key) OR p.name_key = :key)
              AND EXISTS (SELECT 1 FROM person_aliases WHERE person_id = p.id)
            ORDER BY p.id
            """, parameters: [("key", key)])
        guard let first = matches.rows.first, let id = first[0].int64 else {
            throw ArchiveError.query("no person called \(name) in the archive; see parley report people")
        }
        guard matches.rows.count == 1 else {
            let names = matches.rows.map { "\($0[1].displayText) (id \($0[0].displayText))" }.joined(separator: ", ")
            throw ArchiveError.query("\(name) could be \(names); give a fuller name")
        }
        let queries: [(String, String)] = [
            ("person", "SELECT id, name, country FROM people WHERE id = :id"),
            ("aliases", """
                SELECT alias, count(DISTINCT source_id) AS sources FROM person_aliases WHERE person_id = :id
                GROUP BY alias ORDER BY sources DESC, alias
                """),
            ("roles", "SELECT role, country, as_of, source FROM v_roles WHERE person_id = :id ORDER BY as_of IS NULL, as_of, source, role"),
            ("meetings", """
                SELECT m.id, m.date, m.kind, m.place, m.parties, m.status FROM v_meetings AS m
                WHERE m.id IN (SELECT meeting_id FROM delegations WHERE head_person_id = :id
                               UNION SELECT d.meeting_id FROM delegations AS d JOIN delegation_members AS x ON x.delegation_id = d.id
                               WHERE x.person_id = :id)
                ORDER BY m.date IS NULL, m.date, m.id
                """),
            ("delegations led", "SELECT meeting, side, members, source FROM v_delegations WHERE head_person_id = :id ORDER BY date, meeting_id"),
            // Undated claims come last in date DESC as well: this is the order of the index that serves it (0014).
            ("claims", "SELECT date, kind, text, topics, source FROM v_claims WHERE speaker_person_id = :id ORDER BY date DESC, source, id"),
        ]
        return try queries.map { title, sql in
            Section(title: title, result: try QueryRunner.run(on: archive.db, sql: sql, parameters: [("id", String(id))]))
        }
    }
}
