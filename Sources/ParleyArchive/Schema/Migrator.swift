import ParleySQLite

/// Brings an archive's schema up to the migrations embedded in this binary, or refuses it.
public enum Migrator {
    /// `PRAGMA application_id` of a parley archive ("PRLY").
    public static let applicationID: Int64 = 0x5052_4C59

    static let ledgerSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            sql        TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT
        """

    /// Applies every pending migration, each in its own IMMEDIATE transaction with a foreign key check.
    /// Returns the versions applied.
    @discardableResult
    public static func migrate(_ db: Database, migrations: [Migration] = Migration.all) throws -> [Int] {
        let applied = try db.transaction(.immediate) {
            try refuseForeignFile(db)
            let applied = try verify(db, migrations: migrations)
            try db.execute(ledgerSQL)
            try db.execute("PRAGMA application_id = \(applicationID)")
            return applied
        }
        var done: [Int] = []
        for migration in migrations where !applied.contains(migration.version) {
            try db.transaction(.immediate) {
                if migration.editsSchemaText {
                    try db.editingSchemaText { try db.execute(migration.sql) }
                } else {
                    try db.execute(migration.sql)
                }
                let violations = try db.rows("PRAGMA foreign_key_check")
                guard violations.isEmpty else {
                    throw ArchiveError.schema("migration \(migration.name) leaves \(violations.count) foreign key violations")
                }
                try db.run("INSERT INTO schema_migrations(version, name, sql, applied_at) VALUES (?, ?, ?, ?)",
                           [migration.version, migration.name, migration.sql, Clock.isoNow()])
            }
            done.append(migration.version)
        }
        return done
    }

    /// Refuses, without changing it, a file that is not a parley archive or does not match this parley.
    public static func check(_ db: Database, migrations: [Migration] = Migration.all) throws {
        try refuseForeignFile(db)
        try verify(db, migrations: migrations)
    }

    /// Checks an archive against the embedded migrations without changing it.
    /// Returns the versions already applied; throws when the archive is newer or was altered.
    @discardableResult
    public static func verify(_ db: Database, migrations: [Migration] = Migration.all) throws -> Set<Int> {
        let hasLedger = try db.scalar("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'") != nil
        guard hasLedger else { return [] }
        let embedded = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        let latest = migrations.last?.version ?? 0
        var applied: Set<Int> = []
        for row in try db.rows("SELECT version, name, sql FROM schema_migrations ORDER BY version") {
            let version = Int(row["version"].int64 ?? -1)
            let name = row["name"].string ?? "?"
            guard let known = embedded[version] else {
                if version > latest {
                    throw ArchiveError.schema("""
                        \(db.path) was written by a newer parley (schema \(version) \(name); this parley knows up to \(latest)). \
                        Upgrade parley to open it; nothing was changed.
                        """)
                }
                throw ArchiveError.schema("\(db.path) records migration \(version) \(name), which this parley does not have. Nothing was changed.")
            }
            guard known.sql == row["sql"].string else {
                throw ArchiveError.schema("""
                    \(db.path): migration \(name) differs from the one this parley ships; the archive was made by a \
                    different build. Use the parley that made it, or restore a backup. Nothing was changed.
                    """)
            }
            applied.insert(version)
        }
        return applied
    }

    /// Whether every embedded migration has been applied.
    public static func isCurrent(_ db: Database, migrations: [Migration] = Migration.all) throws -> Bool {
        try verify(db, migrations: migrations).count == migrations.count
    }

    /// A file with tables but neither our application id nor a ledger is someone else's database.
    private static func refuseForeignFile(_ db: Database) throws {
        let id = try db.scalar("PRAGMA application_id")?.int64 ?? 0
        if id == applicationID { return }
        let tables = try db.scalar("SELECT count(*) FROM sqlite_schema")?.int64 ?? 0
        if id != 0 || tables > 0 {
            throw ArchiveError.schema("\(db.path) is a SQLite database but not a parley archive; choose another --db path. Nothing was changed.")
        }
    }
}
