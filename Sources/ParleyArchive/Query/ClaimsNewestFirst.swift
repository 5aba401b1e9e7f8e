import ParleySQLite

/// `report claims --limit N`: where reading sources newest first (v_claims_newest_first) stops
/// sooner than gathering every matching claim and sorting it (v_claims). Both give the same rows.
enum ClaimsNewestFirst {
    static let view = "v_claims_newest_first"

    /// The topic is tested claim by claim as the sources go by: the IN list that drives v_claims
    /// would be searched once per source.
    static let topicCondition = "EXISTS (SELECT 1 FROM claim_topics AS t WHERE t.claim_id = \(view).id AND t.topic = :value)"

    /// Newest first reads about limit × claims / matching claims before it has its rows; the other
    /// way reads the matching claims once. A person or a source names few claims, read by index.
    static func isCheaper(filters: [Report.Filter: String], limit: Int?, on db: Database) throws -> Bool {
        guard let limit, filters[.person] == nil, filters[.source] == nil else { return false }
        let counts = try QueryRunner.run(on: db, sql: """
            SELECT (SELECT max(id) FROM claims), iif(:topic IS NULL, (SELECT max(id) FROM claims),
                    (SELECT count(*) FROM claim_topics WHERE topic = :topic))
            """, parameters: filters[.topic].map { [("topic", $0)] } ?? [])
        guard let row = counts.rows.first, let claims = row[0].int64, let matching = row[1].int64 else { return false }
        return isCheaper(limit: limit, claims: claims, matching: matching)
    }

    static func isCheaper(limit: Int, claims: Int64, matching: Int64) -> Bool {
        Double(limit) * Double(claims) < Double(matching) * Double(matching)
    }
}
