/// Full-text search over article bodies and claims (FTS5, bm25 ranking, diacritics folded).
/// `score` is the negated bm25: higher is a better match.
public enum Search {
    public enum Scope: String, CaseIterable, Sendable {
        case all, sources, claims
    }

    /// Plain words become quoted FTS5 strings joined by AND, so no user text is read as syntax.
    public static func plainExpression(_ text: String) -> String? {
        let words = plainPhrases(text)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Each plain word as a quoted FTS5 string: one phrase of the expression.
    static func plainPhrases(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map { word in
            "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    public static func run(archivePath: String, text: String, rawFTS: Bool = false, scope: Scope = .all,
                           limit: Int = 20) throws -> QueryResult {
        guard let expression = rawFTS ? (text.allSatisfy(\.isWhitespace) ? nil : text) : plainExpression(text) else {
            throw ArchiveError.query("nothing to search for; give one or more words")
        }
        let archive = try Archive.openForReading(at: archivePath)
        // Only plain words are known phrase by phrase; FTS5 syntax is always ranked.
        let phrases = rawFTS ? [] : plainPhrases(text)
        let sql = rankedSQL(scope: scope,
                            flatSources: scope != .claims && FlatRanking.holds(for: phrases, in: "sources_fts", on: archive.db),
                            flatClaims: scope != .sources && FlatRanking.holds(for: phrases, in: "claims_fts", on: archive.db))
        do {
            return try QueryRunner.run(on: archive.db, sql: sql, parameters: [("q", expression), ("limit", String(limit))])
        } catch ArchiveError.query(let message) where rawFTS || message.contains("fts5") {
            let detail = message.replacingOccurrences(of: "query failed: ", with: "")
            let hint = rawFTS ? "check the FTS5 syntax, or search plain words without --fts" : "try fewer special characters"
            throw ArchiveError.query("cannot search for \(text): \(detail); \(hint)")
        }
    }

    /// The best `:limit` hits of each table are ranked first, and snippets made for the winners
    /// only: a snippet for every match of a common word ("ceasefire" is in nearly every article)
    /// was most of a search's time. Superseded versions of an article are never hits.
    /// A flat table's hits all score 0.0 (see FlatRanking) and are taken in rowid order unranked.
    static func rankedSQL(scope: Scope, flatSources: Bool = false, flatClaims: Bool = false) -> String {
        let sourceHits = """
            SELECT 'source' AS kind, rowid AS id, \(flatSources ? "0.0" : "round(-bm25(sources_fts), 3)") AS score FROM sources_fts
            WHERE sources_fts MATCH :q AND rowid NOT IN superseded
            ORDER BY score DESC, id LIMIT :limit
            """
        // A claim's source is looked up only when the archive holds a superseded version at all.
        let claimHits = """
            SELECT 'claim' AS kind, rowid AS id, \(flatClaims ? "0.0" : "round(-bm25(claims_fts), 3)") AS score FROM claims_fts
            WHERE claims_fts MATCH :q
              AND (NOT EXISTS (SELECT 1 FROM superseded) OR (SELECT source_id FROM claims WHERE id = claims_fts.rowid) NOT IN superseded)
            ORDER BY score DESC, id LIMIT :limit
            """
        let hits: String
        switch scope {
        case .all: hits = "SELECT * FROM (\(sourceHits)) UNION ALL SELECT * FROM (\(claimHits))"
        case .sources: hits = sourceHits
        case .claims: hits = claimHits
        }
        return """
            WITH superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL),
            top AS (SELECT * FROM (\(hits)) ORDER BY score DESC, kind DESC, id LIMIT :limit)
            SELECT t.kind, t.id, s.file_name AS file, s.title, s.published, t.score,
                   CASE t.kind
                   WHEN 'source' THEN (SELECT snippet(sources_fts, 1, '[', ']', '…', 12) FROM sources_fts
                                       WHERE sources_fts MATCH :q AND rowid = t.id)
                   ELSE c.speaker || ': ' || (SELECT snippet(claims_fts, 1, '[', ']', '…', 12) FROM claims_fts
                                              WHERE claims_fts MATCH :q AND rowid = t.id)
                   END AS snippet
            FROM top AS t
            LEFT JOIN claims AS c ON t.kind = 'claim' AND c.id = t.id
            JOIN sources AS s ON s.id = iif(t.kind = 'source', t.id, c.source_id)
            ORDER BY t.score DESC, t.kind DESC, t.id
            """
    }
}
