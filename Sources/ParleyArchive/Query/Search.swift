/// Full-text search over article bodies and claims (FTS5, bm25 ranking, diacritics folded).
/// `score` is the negated bm25: higher is a better match.
public enum Search {
    public enum Scope: String, CaseIterable, Sendable {
        case all, sources, claims
    }

    /// Plain words become quoted FTS5 strings joined by AND, so no user text is read as syntax.
    public static func plainExpression(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map { word in
            "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    public static func run(archivePath: String, text: String, rawFTS: Bool = false, scope: Scope = .all,
                           limit: Int = 20) throws -> QueryResult {
        guard let expression = rawFTS ? (text.allSatisfy(\.isWhitespace) ? nil : text) : plainExpression(text) else {
            throw ArchiveError.query("nothing to search for; give one or more words")
        }
        let bodies = """
            SELECT 'source' AS kind, s.id AS id, s.file_name AS file, s.title AS title, s.published AS published,
                   round(-bm25(sources_fts), 3) AS score, snippet(sources_fts, 1, '[', ']', '…', 12) AS snippet
            FROM sources_fts JOIN sources AS s ON s.id = sources_fts.rowid
            WHERE sources_fts MATCH :q AND s.superseded_by IS NULL
            """
        let claims = """
            SELECT 'claim', c.id, s.file_name, s.title, s.published, round(-bm25(claims_fts), 3),
                   c.speaker || ': ' || snippet(claims_fts, 1, '[', ']', '…', 12)
            FROM claims_fts JOIN claims AS c ON c.id = claims_fts.rowid JOIN sources AS s ON s.id = c.source_id
            WHERE claims_fts MATCH :q AND s.superseded_by IS NULL
            """
        let parts: [String]
        switch scope {
        case .all: parts = [bodies, claims]
        case .sources: parts = [bodies]
        case .claims: parts = [claims]
        }
        let sql = parts.joined(separator: "\nUNION ALL\n") + "\nORDER BY score DESC, kind DESC, id LIMIT :limit"
        do {
            return try QueryRunner.run(archivePath: archivePath, sql: sql, parameters: [("q", expression), ("limit", String(limit))])
        } catch ArchiveError.query(let message) where rawFTS || message.contains("fts5") {
            let detail = message.replacingOccurrences(of: "query failed: ", with: "")
            let hint = rawFTS ? "check the FTS5 syntax, or search plain words without --fts" : "try fewer special characters"
            throw ArchiveError.query("cannot search for \(text): \(detail); \(hint)")
        }
    }
}
