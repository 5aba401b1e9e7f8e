import ParleyExtract
import ParleySQLite

/// Finds the archived person an extracted person is, by name keys, without merging two
/// different people who only share a surname. Every lookup is by an indexed key, so the cost
/// does not grow with the archive.
final class PersonResolver {
    private let firstByAlias, lastByAlias, fullNamesWithSurname, surnameOnly, rename: Statement

    init(db: Database) throws {
        firstByAlias = try db.prepare("SELECT person_id FROM person_aliases WHERE alias_key = ? ORDER BY person_id LIMIT 1")
        lastByAlias = try db.prepare("SELECT person_id FROM person_aliases WHERE alias_key = ? ORDER BY person_id DESC LIMIT 1")
        fullNamesWithSurname = try db.prepare("SELECT id FROM people WHERE surname_key = ?1 AND name_key <> ?1 LIMIT 2")
        surnameOnly = try db.prepare("SELECT min(id) FROM people WHERE surname_key = ?1 AND name_key = ?1")
        rename = try db.prepare("UPDATE people SET name = ?, name_key = ? WHERE id = ?")
    }

    /// The archived person this is:
    /// 1. a person already known by this full name or one of its multi-word forms (the oldest,
    ///    should two share one);
    /// 2. for a surname alone ("Peskov"), the one person known by that alias (a full name that
    ///    used it, or a merge), else the one person with a full name and that surname, or else
    ///    the person who is only that surname (where ambiguous surnames gather);
    /// 3. for a new full name, the person so far known only by its surname, when no one else
    ///    has that surname (the fuller name is then kept).
    func resolve(_ person: Person, keys: ExtractionKeys.PersonKeys) throws -> Int64? {
        for form in keys.forms where form.text.contains(" ") {
            if let id = try firstID(firstByAlias, [form.key]) { return id }
        }
        let words = keys.nameKey.split(separator: " ")
        guard let last = words.last else { return nil }
        let surname = String(last)
        let others = try ids(fullNamesWithSurname, [surname])
        if words.count == 1 {
            if let first = try firstID(firstByAlias, [surname]), try firstID(lastByAlias, [surname]) == first { return first }
            if others.count == 1 { return others[0] }
            return try firstID(surnameOnly, [surname])
        }
        if others.isEmpty, let id = try firstID(surnameOnly, [surname]) {
            try rename.run([person.name, keys.nameKey, id])
            return id
        }
        return nil
    }

    private func firstID(_ statement: Statement, _ values: [SQLiteBindable]) throws -> Int64? {
        try ids(statement, values).first
    }

    private func ids(_ statement: Statement, _ values: [SQLiteBindable]) throws -> [Int64] {
        try statement.bind(values)
        var found: [Int64] = []
        while try statement.step() { if let id = statement.int64(at: 0) { found.append(id) } }
        try statement.reset()
        return found
    }
}
