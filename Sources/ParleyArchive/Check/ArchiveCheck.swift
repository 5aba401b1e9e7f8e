import Foundation
import ParleySQLite

/// The result of `parley check`: which checks ran and what each found wrong.
public struct CheckReport: Sendable {
    public struct Failure: Sendable, Equatable {
        public let check: String
        public let detail: String
    }

    public private(set) var checks: [String] = []
    public private(set) var failures: [Failure] = []

    public var passed: Bool { failures.isEmpty }

    public var summary: String {
        let failed = Set(failures.map(\.check))
        if failed.isEmpty { return "ok: \(checks.count) checks passed (\(checks.joined(separator: ", ")))" }
        return "FAILED: \(failed.count) of \(checks.count) checks failed (\(checks.filter(failed.contains).joined(separator: ", ")))"
    }

    mutating func ran(_ check: String, _ problems: [String]) {
        checks.append(check)
        failures += problems.map { Failure(check: check, detail: $0) }
    }
}

/// Everything that must hold for an archive to be trusted: SQLite's own checks, the full-text
/// indexes, the schema, and parley's promises (bodies match their hashes, spans point inside them).
public enum ArchiveCheck {
    /// At most this many problems are listed per check.
    static let detailLimit = 20

    public static func run(archivePath: String, quick: Bool = false) throws -> CheckReport {
        guard FileManager.default.fileExists(atPath: archivePath) else {
            throw ArchiveError.missing("no archive at \(archivePath); pass --db with the path of one")
        }
        // Read-write (never create): the FTS5 integrity check is spelled as an INSERT.
        let db = try Database(path: archivePath, mode: .readWrite)
        return run(on: db, quick: quick)
    }

    public static func run(on db: Database, quick: Bool = false) -> CheckReport {
        var report = CheckReport()
        report.ran("schema", schemaProblems(db))
        report.ran(quick ? "quick_check" : "integrity_check", listProblems(db, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check"))
        report.ran("foreign keys", foreignKeyProblems(db))
        report.ran("spans", spanProblems(db))
        if !quick {
            report.ran("full-text indexes", ftsProblems(db))
            report.ran("source hashes", hashProblems(db))
            report.ran("statements", statementProblems(db))
        }
        return report
    }

    static func schemaProblems(_ db: Database) -> [String] {
        do {
            let id = try db.scalar("PRAGMA application_id")?.int64 ?? 0
            guard id == Migrator.applicationID else { return ["not a parley archive (application_id \(id))"] }
            guard try Migrator.isCurrent(db) else { return ["schema is older than this parley's; run parley migrate"] }
            return []
        } catch {
            return ["\(error)"]
        }
    }

    static func listProblems(_ db: Database, _ sql: String) -> [String] {
        do {
            let lines = try db.rows(sql).compactMap { $0[0].string }
            return lines == ["ok"] ? [] : Array(lines.prefix(detailLimit))
        } catch {
            return ["\(error)"]
        }
    }

    static func foreignKeyProblems(_ db: Database) -> [String] {
        do {
            return try db.rows("PRAGMA foreign_key_check").prefix(detailLimit).map { row in
                "\(row[0].displayText) row \(row[1].displayText) points to a missing \(row[2].displayText) row"
            }
        } catch {
            return ["\(error)"]
        }
    }

    static let spanTables = ["people", "person_aliases", "person_mentions", "roles", "meetings", "meeting_reports", "delegations",
                             "delegation_members", "claims", "figures"]

    static func spanProblems(_ db: Database) -> [String] {
        var problems: [String] = []
        do {
            for table in spanTables {
                let bad = try db.rows("""
                    SELECT t.id, t.source_id, t.span_start, t.span_end, s.body_length
                    FROM \(table) AS t LEFT JOIN sources AS s ON s.id = t.source_id
                    WHERE s.id IS NULL OR t.span_start < 0 OR t.span_end < t.span_start OR t.span_end > s.body_length
                    LIMIT \(detailLimit)
                    """)
                problems += bad.map { "\(table) \($0[0].displayText): span [\($0[2].displayText), \($0[3].displayText)) is outside source \($0[1].displayText)" }
            }
            let speakers = try db.rows("""
                SELECT c.id FROM claims AS c JOIN sources AS s ON s.id = c.source_id
                WHERE c.speaker_span_end > s.body_length LIMIT \(detailLimit)
                """)
            problems += speakers.map { "claims \($0[0].displayText): speaker span is outside its source" }
            let lengths = try db.rows("SELECT id FROM sources WHERE length(body) <> body_length LIMIT \(detailLimit)")
            problems += lengths.map { "sources \($0[0].displayText): body_length does not match the body" }
        } catch {
            problems.append("\(error)")
        }
        return problems
    }

    static let ftsTables = ["sources_fts", "claims_fts"]

    /// `integrity-check` with rank 1 also compares the index with its content table;
    /// plain PRAGMA integrity_check does not look inside FTS5 at all.
    static func ftsProblems(_ db: Database) -> [String] {
        ftsTables.compactMap { table in
            do {
                try db.run("INSERT INTO \(table)(\(table), rank) VALUES ('integrity-check', 1)")
                return nil
            } catch let error as SQLiteError {
                return "\(table): \(error.message); rebuild it with INSERT INTO \(table)(\(table)) VALUES ('rebuild')"
            } catch {
                return "\(table): \(error)"
            }
        }
    }

    /// Each claim's speaker key and statement are what the claims triggers would make them: the
    /// import writes them itself with those triggers off, and the reports group claims by them.
    static func statementProblems(_ db: Database) -> [String] {
        do {
            return try db.rows("""
                SELECT c.id FROM claims AS c LEFT JOIN statements AS s ON s.id = c.statement_id
                WHERE c.speaker_key IS NOT coalesce('person ' || c.speaker_person_id, 'speaker ' || lower(c.speaker))
                   OR s.text_key IS NOT c.text_key OR s.speaker_key IS NOT c.speaker_key
                LIMIT \(detailLimit)
                """).map { "claims \($0[0].displayText): speaker key or statement does not match its text and speaker" }
        } catch {
            return ["\(error)"]
        }
    }

    static func hashProblems(_ db: Database) -> [String] {
        var problems: [String] = []
        do {
            let statement = try db.prepare("SELECT id, content_hash, front_matter, body FROM sources ORDER BY id")
            while try statement.step() {
                let hash = ArticleLoader.contentHash(frontMatter: statement.string(at: 2) ?? "", body: statement.string(at: 3) ?? "")
                if hash != statement.string(at: 1), problems.count < detailLimit {
                    problems.append("sources \(statement.int64(at: 0) ?? 0): text no longer matches its content hash")
                }
            }
        } catch {
            problems.append("\(error)")
        }
        return problems
    }
}
