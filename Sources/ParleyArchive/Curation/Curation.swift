import Foundation
import ParleySQLite

/// The user's corrections: recorded with who, when and why, applied at once, and re-applied
/// after every import and re-extraction, so they survive both.
public final class Curation {
    public enum Action: String, Sendable {
        case mergePeople = "merge_people"
        case renamePerson = "rename_person"
        case reassignClaim = "reassign_claim"
        case splitPerson = "split_person"
        case mergeMeetings = "merge_meetings"
        case setMeetingDate = "set_meeting_date"
    }

    let db: Database

    public init(archive: Archive) {
        db = archive.db
    }

    // MARK: Recording

    /// Merges person `merged` into person `kept` (ids or names).
    @discardableResult
    public func mergePeople(keep kept: String, merge merged: String, note: String?) throws -> Int64 {
        let keep = try person(kept), merge = try person(merged)
        guard keep.id != merge.id else { throw ArchiveError.query("\(kept) and \(merged) are already one person") }
        return try record(.mergePeople, target: keep.key, value: merge.key, note: note)
    }

    @discardableResult
    public func renamePerson(_ who: String, to name: String, note: String?) throws -> Int64 {
        let target = try person(who)
        guard !name.trimmed(of: " ").isEmpty else { throw ArchiveError.query("give the new name") }
        return try record(.renamePerson, target: target.key, value: name, note: note)
    }

    @discardableResult
    public func reassignClaim(_ id: Int64, to speaker: String, note: String?) throws -> Int64 {
        guard let row = try db.rows("""
            SELECT s.content_hash, c.span_start, c.span_end FROM claims AS c JOIN sources AS s ON s.id = c.source_id WHERE c.id = ?
            """, [id]).first else { throw ArchiveError.query("no claim with id \(id)") }
        let key = "\(row[0].displayText):\(row[1].displayText):\(row[2].displayText)"
        return try record(.reassignClaim, target: key, value: speaker, note: note)
    }

    /// Marks a correction undone and rebuilds the extracted facts without it.
    public func undo(_ id: Int64) throws {
        try db.transaction {
            let changed = try db.run("UPDATE corrections SET undone_at = ? WHERE id = ? AND undone_at IS NULL", [Clock.isoNow(), id])
            guard changed == 1 else { throw ArchiveError.query("no correction \(id) to undo (see parley curation list)") }
            try Reextraction.rebuild(db)
            try reapply()
        }
    }

    func record(_ action: Action, target: String, value: String, note: String?) throws -> Int64 {
        try db.transaction {
            try db.run("INSERT INTO corrections(action, target, value, note, made_by, made_at) VALUES (?, ?, ?, ?, ?, ?)",
                       [action.rawValue, target, value, note, Curation.user, Clock.isoNow()])
            let id = db.lastInsertRowID
            try apply(action, target: target, value: value)
            return id
        }
    }

    static var user: String { ProcessInfo.processInfo.environment["USER"] ?? "unknown" }

    // MARK: Applying

    /// Applies every correction not undone, oldest first. Each is idempotent.
    public func reapply() throws {
        for row in try db.rows("SELECT action, target, value FROM corrections WHERE undone_at IS NULL ORDER BY id") {
            guard let action = row[0].string.flatMap(Action.init(rawValue:)) else { continue }
            try apply(action, target: row[1].displayText, value: row[2].displayText)
        }
    }

    static let mergeSteps = [
        "UPDATE OR IGNORE person_aliases SET person_id = ?1 WHERE person_id = ?2",
        "DELETE FROM person_aliases WHERE person_id = ?2",
        "UPDATE person_mentions SET person_id = ?1 WHERE person_id = ?2",
        "UPDATE roles SET person_id = ?1 WHERE person_id = ?2",
        "UPDATE claims SET speaker_person_id = ?1 WHERE speaker_person_id = ?2",
        "UPDATE delegations SET head_person_id = ?1 WHERE head_person_id = ?2",
        "UPDATE delegation_members SET person_id = ?1 WHERE person_id = ?2",
        "UPDATE people SET country = coalesce(country, (SELECT country FROM people WHERE id = ?2)) WHERE id = ?1",
        "DELETE FROM people WHERE id = ?2",
    ]

    func apply(_ action: Action, target: String, value: String) throws {
        switch action {
        case .mergePeople:
            guard let keep = try personID(key: target), let merge = try personID(key: value), keep != merge else { return }
            try db.savepoint("merge_people") {
                for sql in Curation.mergeSteps { try db.run(sql, [keep, merge]) }
            }
        case .renamePerson:
            guard let id = try personID(key: target) else { return }
            try db.run("UPDATE people SET name = ?, name_key = ? WHERE id = ?", [value, PersonKey.of(value), id])
        case .reassignClaim:
            let parts = target.split(separator: ":")
            guard parts.count == 3, let start = Int(parts[1]), let end = Int(parts[2]) else { return }
            guard let row = try db.rows("""
                SELECT c.id, c.speaker, c.text FROM claims AS c JOIN sources AS s ON s.id = c.source_id
                WHERE s.content_hash = ? AND c.span_start = ? AND c.span_end = ?
                """, [String(parts[0]), start, end]).first, let id = row[0].int64 else { return }
            // The FTS row follows the speaker, as the importer keeps it.
            try db.run("INSERT INTO claims_fts(claims_fts, rowid, speaker, text) VALUES ('delete', ?, ?, ?)", [id, row[1], row[2]])
            try db.run("UPDATE claims SET speaker = ?, speaker_person_id = ? WHERE id = ?", [value, try personID(key: PersonKey.of(value)), id])
            try db.run("INSERT INTO claims_fts(rowid, speaker, text) VALUES (?, ?, ?)", [id, value, row[2]])
        case .splitPerson:
            try applySplit(personKey: target, alias: value)
        case .mergeMeetings:
            try applyMeetingMerge(keptReport: target, mergedReport: value)
        case .setMeetingDate:
            try applyMeetingDate(report: target, date: value)
        }
    }

    // MARK: Finding people

    /// A person by id ("12") or by any spelling of a name that fits exactly one person.
    func person(_ text: String) throws -> (id: Int64, key: String) {
        if let id = Int64(text) {
            guard let key = try db.scalar("SELECT name_key FROM people WHERE id = ?", [id])?.string else {
                throw ArchiveError.query("no person with id \(id) (see parley report people)")
            }
            return (id, key)
        }
        guard let id = try personID(key: PersonKey.of(text)),
              let key = try db.scalar("SELECT name_key FROM people WHERE id = ?", [id])?.string else {
            throw ArchiveError.query("no single person called \(text); use the id from parley report people")
        }
        return (id, key)
    }

    func personID(key: String) throws -> Int64? {
        let ids = try db.rows("""
            SELECT person_id FROM person_aliases WHERE alias_key = ?1 UNION SELECT id FROM people WHERE name_key = ?1 LIMIT 2
            """, [key]).compactMap { $0[0].int64 }
        return ids.count == 1 ? ids[0] : nil
    }
}
