/// Built-in reports; each is a SQL view shipped in a migration.
public enum Report: String, CaseIterable, Sendable {
    case sources

    public var view: String { "v_" + rawValue }

    public var orderBy: String {
        switch self {
        case .sources: return "id"
        }
    }

    /// Runs the report on a read-only connection; `limit` nil means every row.
    public func run(archivePath: String, limit: Int?) throws -> QueryResult {
        let sql = "SELECT * FROM \(view) ORDER BY \(orderBy)" + (limit == nil ? "" : " LIMIT :limit")
        return try QueryRunner.run(archivePath: archivePath, sql: sql, parameters: limit.map { [("limit", String($0))] } ?? [])
    }
}
