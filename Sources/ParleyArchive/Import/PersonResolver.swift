import ParleyExtract
import ParleySQLite

/// Finds the archived person an extracted person is, by name keys, without merging two
/// different people who only share a surname.
final class PersonResolver {
    private let byAlias, byNameKey, rename: Statement

    init(db: Database) throws {
        byAlias = try db.prepare("SELECT DISTINCT person_id FROM person_aliases WHERE alias_key = ? LIMIT 2")
        byNameKey = try db.prepare("SELECT id, name FROM people WHERE name_key = ? LIMIT 2")
        rename = try db.prepare("UPDATE people SET name = ?, name_key = ? WHERE id = ?")
    }

    /// The one archived person this is, if exactly one fits:
    /// 1. a person known by this full name or one of its multi-word forms;
    /// 2. for a surname alone ("Peskov"), the one person known by that surname, or else the one
    ///    person who is only that surname (where ambiguous surnames gather);
    /// 3. for a full name, the one person so far known only by its surname (then the fuller name is kept).
    func resolve(_ person: Person) throws -> Int64? {
        let fullForms = ([person.name] + person.aliases).filter { $0.contains(" ") }
        for form in fullForms {
            if let id = try single(byAlias, PersonKey.of(form)) { return id }
        }
        let words = PersonKey.of(person.name).split(separator: " ")
        if words.count == 1 {
            return try single(byAlias, String(words[0])) ?? single(byNameKey, String(words[0]))
        }
        if let surname = words.last, let id = try single(byNameKey, String(surname)) {
            try rename.run([person.name, PersonKey.of(person.name), id])
            return id
        }
        return nil
    }

    private func single(_ statement: Statement, _ key: String) throws -> Int64? {
        try statement.bind([key])
        var found: [Int64] = []
        while try statement.step() { if let id = statement.int64(at: 0) { found.append(id) } }
        try statement.reset()
        return found.count == 1 ? found[0] : nil
    }
}
