import ParleySQLite

/// Splitting a person: the sources that know the person by one name form — that form and parts of
/// it, nothing fuller — move out with all they say about the person (aliases, mentions, roles,
/// claims, delegation seats) into a person of their own. It undoes the resolver's guess that a
/// surname alone ("Smith") is the one person archived with that surname.
extension Curation {
    /// Splits the name form `alias` off `who` (an id or a name).
    @discardableResult
    public func splitPerson(_ who: String, alias: String, note: String?) throws -> Int64 {
        let person = try person(who)
        let key = PersonKey.of(alias)
        let forms = try nameForms(of: person.id)
        guard !key.isEmpty, forms.contains(where: { $0.key == key }) else {
            let names = try db.rows("SELECT DISTINCT alias FROM person_aliases WHERE person_id = ? ORDER BY alias", [person.id])
                .map(\.[0].displayText).joined(separator: ", ")
            throw ArchiveError.query("person \(who) is never called \(alias) (its names: \(names))")
        }
        let moving = Curation.sources(goingBy: key, forms)
        guard !moving.isEmpty else {
            throw ArchiveError.query("every source that calls person \(who) \(alias) also gives a fuller name: nothing to split off")
        }
        guard moving.count < Set(forms.map(\.source)).count else {
            throw ArchiveError.query("every source knows person \(who) as \(alias): nothing would be left; use parley people rename")
        }
        // The correction names the person by its name key: it must find this person again.
        guard try splitSubject(person.key) == person.id else {
            throw ArchiveError.query("another person shares the name of person \(who); rename one of them first (parley people rename)")
        }
        return try record(.splitPerson, target: person.key, value: alias, note: note)
    }

    // MARK: Applying

    /// Every step takes the new person as ?1, the person split as ?2 and one source as ?3.
    static let splitSteps = [
        "UPDATE OR IGNORE person_aliases SET person_id = ?1 WHERE person_id = ?2 AND source_id = ?3",
        "DELETE FROM person_aliases WHERE person_id = ?2 AND source_id = ?3",
        "UPDATE person_mentions SET person_id = ?1 WHERE person_id = ?2 AND source_id = ?3",
        "UPDATE roles SET person_id = ?1 WHERE person_id = ?2 AND source_id = ?3",
        "UPDATE claims SET speaker_person_id = ?1 WHERE speaker_person_id = ?2 AND source_id = ?3",
        "UPDATE delegations SET head_person_id = ?1 WHERE head_person_id = ?2 AND source_id = ?3",
        "UPDATE delegation_members SET person_id = ?1 WHERE person_id = ?2 AND source_id = ?3",
    ]

    /// Idempotent: once split, no source of the person goes by the form alone any more.
    func applySplit(personKey: String, alias: String) throws {
        guard let from = try splitSubject(personKey) else { return }
        let key = PersonKey.of(alias)
        let forms = try nameForms(of: from)
        let moving = Curation.sources(goingBy: key, forms)
        // The person keeps at least one source: a split never empties it.
        guard let first = moving.min(), moving.count < Set(forms.map(\.source)).count else { return }
        try db.savepoint("split_person") {
            let to = try splitOffPerson(key: key, from: from, firstSource: first)
            for source in moving.sorted() {
                for sql in Curation.splitSteps { try db.run(sql, [to, from, source]) }
            }
            try settle(to, isNew: true)
            try settle(from, isNew: false)
            if try db.scalar("SELECT name_key FROM people WHERE id = ?", [from])?.string == key { try renameToFullestForm(from) }
        }
    }

    /// Each source's name forms (keys) for the person.
    func nameForms(of person: Int64) throws -> [(source: Int64, key: String)] {
        try db.rows("SELECT DISTINCT source_id, alias_key FROM person_aliases WHERE person_id = ?", [person])
            .compactMap { row in row[0].int64.map { ($0, row[1].displayText) } }
    }

    /// Sources that use the form `key` and no form with a word it lacks.
    static func sources(goingBy key: String, _ forms: [(source: Int64, key: String)]) -> Set<Int64> {
        let words = Set(key.split(separator: " "))
        let bySource = Dictionary(grouping: forms, by: \.source)
        return Set(bySource.filter { _, forms in
            forms.contains { $0.key == key } && forms.allSatisfy { Set($0.key.split(separator: " ")).isSubset(of: words) }
        }.keys)
    }

    /// The person split, by the name key recorded: the one person so named, else the one known by it.
    private func splitSubject(_ key: String) throws -> Int64? {
        let named = try db.rows("SELECT id FROM people WHERE name_key = ? LIMIT 2", [key]).compactMap { $0[0].int64 }
        return named.count == 1 ? named[0] : try personID(key: key)
    }

    /// The person the form went to when the split was applied before (re-applied after an import),
    /// or a new one named as the first moved source spells the form.
    private func splitOffPerson(key: String, from: Int64, firstSource: Int64) throws -> Int64 {
        let existing = try db.rows("SELECT id FROM people WHERE name_key = ? AND id <> ? LIMIT 2", [key, from]).compactMap { $0[0].int64 }
        if existing.count == 1 { return existing[0] }
        guard let row = try db.rows("""
            SELECT alias, source_id, span_start, span_end FROM person_aliases
            WHERE person_id = ? AND source_id = ? AND alias_key = ? ORDER BY id LIMIT 1
            """, [from, firstSource, key]).first else { throw ArchiveError.query("no name form \(key) in source \(firstSource)") }
        try db.run("INSERT INTO people(name, name_key, source_id, span_start, span_end) VALUES (?, ?, ?, ?, ?)",
                   [row[0], key, row[1], row[2], row[3]])
        return db.lastInsertRowID
    }

    /// After rows moved: the person's evidence is one of its own mentions, and its country the one
    /// its first role naming a state gives (a new person has none otherwise).
    private func settle(_ person: Int64, isNew: Bool) throws {
        try db.run("""
            UPDATE people SET (source_id, span_start, span_end) = (
                SELECT source_id, span_start, span_end FROM person_mentions WHERE person_id = ?1 ORDER BY source_id, span_start LIMIT 1)
            WHERE id = ?1 AND source_id NOT IN (SELECT source_id FROM person_mentions WHERE person_id = ?1)
              AND EXISTS (SELECT 1 FROM person_mentions WHERE person_id = ?1)
            """, [person])
        let country = try db.scalar("""
            SELECT country FROM roles WHERE person_id = ? AND country IS NOT NULL ORDER BY source_id, span_start LIMIT 1
            """, [person])?.string
        if country != nil || isNew { try db.run("UPDATE people SET country = ? WHERE id = ?", [country, person]) }
    }

    /// A person whose display name went away with the split takes its fullest remaining form.
    private func renameToFullestForm(_ person: Int64) throws {
        let forms = try db.rows("SELECT alias, alias_key FROM person_aliases WHERE person_id = ? ORDER BY id", [person])
        guard let fullest = forms.max(by: { $0[1].displayText.split(separator: " ").count < $1[1].displayText.split(separator: " ").count })
        else { return }
        try db.run("UPDATE people SET name = ?, name_key = ? WHERE id = ?", [fullest[0], fullest[1], person])
    }
}
