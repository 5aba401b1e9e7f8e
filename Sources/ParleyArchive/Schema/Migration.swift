/// One numbered migration file, `NNNN_slug.sql`, as embedded at build time.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String

    /// Every migration shipped in this binary, in order.
    public static let all: [Migration] = EmbeddedMigrations.files
        .compactMap { Migration(fileName: $0.name, sql: $0.sql) }
        .sorted { $0.version < $1.version }

    public static var latestVersion: Int { all.last?.version ?? 0 }

    /// True for a migration that changes the text of the schema in place (0018 rewrites two CHECK
    /// constraints as equivalent comparisons); the migrator then lifts DEFENSIVE for it alone.
    var editsSchemaText: Bool { sql.contains("PRAGMA writable_schema = ON") }

    init?(fileName: String, sql: String) {
        let digits = fileName.prefix(while: \.isNumber)
        guard !digits.isEmpty, let version = Int(digits) else { return nil }
        self.version = version
        self.name = String(fileName.dropLast(fileName.hasSuffix(".sql") ? 4 : 0))
        self.sql = sql
    }
}
