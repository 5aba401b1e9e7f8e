import ParleySQLite

/// Built-in reports. Each is a SQL view shipped in a migration; the report adds ordering and
/// the filters that make sense for it, always as bound parameters.
public enum Report: String, CaseIterable, Sendable {
    case people, meetings, claims, statements, figures, delegations, sources, corroboration, conflicts

    public enum Filter: String, CaseIterable, Sendable {
        case person, topic, side, since, until, source
    }

    public var view: String { "v_" + rawValue }

    /// Built-in reports are trusted SQL: their limit only stops a runaway, while `parley query`
    /// keeps its short default for SQL the user writes. A whole-archive report on a large archive
    /// on a busy machine took more than that default.
    static let timeLimit = 300.0

    var orderBy: String {
        switch self {
        case .people: return "sources DESC, claims DESC, name"
        case .meetings: return "date IS NULL, date LIKE '--%', date, status = 'proposed', status = 'planned', id"
        case .corroboration: return "sources DESC, kind, who, what, files"
        case .conflicts: return "kind, subject, source_a, source_b"
        case .claims: return "date DESC, source, id"
        case .statements: return "sources DESC, last_reported DESC, id"
        case .figures: return "topic, date, id"
        case .delegations: return "date, meeting_id, side"
        case .sources: return "id"
        }
    }

    /// The condition each filter adds, with `:value` for the user's value.
    func condition(_ filter: Filter) -> String? {
        let person = "(SELECT person_id FROM person_aliases WHERE alias_key = :value)"
        switch (self, filter) {
        case (.people, .person): return "id IN \(person)"
        case (.people, .side): return "country = :value"
        case (.people, .source): return "id IN (SELECT m.person_id FROM person_mentions AS m JOIN sources AS s ON s.id = m.source_id WHERE s.file_name = :value)"
        case (.claims, .person): return "speaker_person_id IN \(person)"
        case (.claims, .topic): return "id IN (SELECT claim_id FROM claim_topics WHERE topic = :value)"
        case (.statements, .person): return "speaker_person_id IN \(person)"
        case (.statements, .topic): return "id IN (SELECT claim_id FROM claim_topics WHERE topic = :value)"
        case (.statements, .since): return "last_reported >= :value"
        case (.statements, .until): return "first_reported <= :value || '~'"
        case (.figures, .topic): return "topic = :value"
        case (.figures, .person): return "source_id IN (SELECT source_id FROM person_mentions WHERE person_id IN \(person))"
        case (.delegations, .person):
            return "(head_person_id IN \(person) OR id IN (SELECT delegation_id FROM delegation_members WHERE person_id IN \(person)))"
        case (.delegations, .side): return "side = :value"
        case (.claims, .since), (.figures, .since), (.delegations, .since), (.meetings, .since): return "date >= :value"
        case (.claims, .until), (.figures, .until), (.delegations, .until): return "date <= :value || '~'"
        // A meeting's '--MM-DD' (no year known) sorts before every year, but is in no date range.
        case (.meetings, .until): return "date <= :value || '~' AND date NOT LIKE '--%'"
        case (.meetings, .side): return "id IN (SELECT meeting_id FROM meeting_parties WHERE country = :value)"
        case (.meetings, .person):
            return "id IN (SELECT meeting_id FROM delegations WHERE head_person_id IN \(person) UNION SELECT d.meeting_id FROM delegations AS d JOIN delegation_members AS x ON x.delegation_id = d.id WHERE x.person_id IN \(person))"
        case (.meetings, .source): return "id IN (SELECT r.meeting_id FROM meeting_reports AS r JOIN sources AS s ON s.id = r.source_id WHERE s.file_name = :value)"
        case (.corroboration, .topic): return "(kind = 'figure' AND who = :value)"
        case (.conflicts, .source): return "(source_a = :value OR source_b = :value)"
        case (.sources, .since): return "published >= :value"
        case (.sources, .until): return "published <= :value || '~'"
        case (.claims, .source), (.figures, .source), (.delegations, .source): return "source = :value"
        case (.sources, .source): return "file = :value"
        default: return nil
        }
    }

    public var filters: [Filter] { Filter.allCases.filter { condition($0) != nil } }

    /// The whole meetings timeline, read in report order from the index on meetings (0017) rather
    /// than sorted: the same rows as `SELECT * FROM v_meetings ORDER BY` orderBy, as each view row
    /// is the meetings row with its id and the order's terms are v_meetings' date and status
    /// spelled on that row. SQLite matches the index's expressions on the table only, not on the
    /// view's columns. Sorting the view's 128,000 rows (with their parties, heads and figures) was
    /// a fifth of the report's SQL on 100,000 generated articles. A filtered timeline keeps the
    /// view and its sort: its filters name the view's columns, and most leave few rows to sort
    /// (--side UA leaves 47,000 of the 128,000: 0.52 s, unchanged).
    static let meetingsInOrder = """
        SELECT v.* FROM meetings AS k CROSS JOIN v_meetings AS v ON v.id = k.id
        ORDER BY coalesce(k.date, '--' || k.month_day) IS NULL, coalesce(k.date, '--' || k.month_day) LIKE '--%',
                 coalesce(k.date, '--' || k.month_day), k.status = 'proposed', k.status = 'planned', k.id
        """

    /// The one person a name fits, if it fits one. The claims report then names them by id, and the
    /// index of a person's claims gives them in report order (migration 0014): claims of a list of
    /// people, as `IN` gives them, had to be sorted (11 ms of SQL for one person's 21,000 claims).
    static func onePerson(_ key: String, on db: Database) throws -> Int64? {
        let ids = try QueryRunner.run(on: db, sql: "SELECT DISTINCT person_id FROM person_aliases WHERE alias_key = :key LIMIT 2",
                                      parameters: [("key", key)]).rows
        return ids.count == 1 ? ids[0][0].int64 : nil
    }

    /// Runs the report on a read-only connection; `limit` nil means every row.
    public func run(archivePath: String, filters: [Filter: String] = [:], limit: Int? = nil) throws -> QueryResult {
        let archive = try Archive.openForReading(at: archivePath)
        let newestFirst = try self == .claims && ClaimsNewestFirst.isCheaper(filters: filters, limit: limit, on: archive.db)
        var speaker: Int64?
        if self == .claims, let person = filters[.person] { speaker = try Report.onePerson(PersonKey.of(person), on: archive.db) }
        var conditions: [String] = []
        var parameters: [(name: String, value: String)] = []
        for (index, (filter, value)) in filters.sorted(by: { $0.key.rawValue < $1.key.rawValue }).enumerated() {
            let name = "value\(index)"
            if filter == .person, let speaker {
                conditions.append("speaker_person_id = :" + name)
                parameters.append((name, String(speaker)))
                continue
            }
            guard let condition = newestFirst && filter == .topic ? ClaimsNewestFirst.topicCondition : condition(filter) else {
                throw ArchiveError.query("the \(rawValue) report has no --\(filter.rawValue) filter (it has \(self.filters.isEmpty ? "none" : self.filters.map { "--" + $0.rawValue }.joined(separator: ", ")))")
            }
            conditions.append(condition.replacingOccurrences(of: ":value", with: ":" + name))
            parameters.append((name, filter == .person ? PersonKey.of(value) : value))
        }
        var sql: String
        if self == .meetings && conditions.isEmpty {
            sql = Report.meetingsInOrder
        } else {
            sql = "SELECT * FROM \(newestFirst ? ClaimsNewestFirst.view : view)"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY \(orderBy)"
        }
        if let limit { sql += " LIMIT \(limit)" }
        return try QueryRunner.run(on: archive.db, sql: sql, parameters: parameters, timeout: Report.timeLimit)
    }
}
