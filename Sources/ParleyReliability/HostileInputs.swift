import Foundation

/// Statements that `parley query` must refuse, leaving the archive byte-identical.
public enum HostileSQL {
    public static let statements: [String] = [
        "DELETE FROM sources",
        "UPDATE sources SET title = 'x'",
        "INSERT INTO people(name, name_key, source_id, span_start, span_end) VALUES ('x', 'x', 1, 0, 0)",
        "REPLACE INTO claim_topics VALUES (1, 'x')",
        "DROP TABLE sources",
        "CREATE TABLE evil(x)",
        "CREATE TEMP TABLE evil(x)",
        "CREATE VIEW v_evil AS SELECT 1",
        "CREATE TRIGGER t AFTER INSERT ON sources BEGIN SELECT 1; END",
        "CREATE INDEX evil ON sources(title)",
        "ALTER TABLE sources ADD COLUMN evil TEXT",
        "ALTER TABLE sources RENAME TO gone",
        "ATTACH DATABASE '/tmp/parley-evil.db' AS evil",
        "DETACH DATABASE main",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA user_version = 42",
        "PRAGMA application_id = 1",
        "PRAGMA writable_schema = ON",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA query_only = OFF",
        "PRAGMA trusted_schema = ON",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "PRAGMA optimize",
        "BEGIN",
        "BEGIN IMMEDIATE",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT s",
        "RELEASE s",
        "VACUUM",
        "VACUUM INTO '/tmp/parley-evil-copy.db'",
        "REINDEX",
        "ANALYZE",
        "SELECT fts3_tokenizer('simple')",
        "SELECT load_extension('/tmp/evil.so')",
        "SELECT writefile('/tmp/parley-evil.txt', 'x')",
        "INSERT INTO sources_fts(sources_fts) VALUES ('delete-all')",
        "WITH x AS (SELECT 1) DELETE FROM claims",
        "SELECT 1; DELETE FROM sources",
        "UPDATE sqlite_master SET sql = 'x'",
        "DELETE FROM schema_migrations",
    ]
}

/// Files `parley import` must refuse one by one, each with a reason, while valid files go in.
enum HostileFiles {
    /// Writes each hostile file into `folder`; returns the names that must fail.
    static func write(into folder: String) throws -> [String] {
        func put(_ name: String, _ bytes: [UInt8]) throws {
            guard FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes)) else {
                throw BatteryError("cannot write \(name) in \(folder)")
            }
        }
        try put("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" in Kyiv.\n".utf8))
        try put("utf16.txt", [0xFF, 0xFE] + Array("talks".utf8).flatMap { [$0, 0] })
        try put("nul.txt", Array("Talks in Istanbul".utf8) + [0] + Array(" resumed on Monday after a pause.".utf8))
        try put("empty.txt", [])
        try put("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        try put("page.txt", Array("<!DOCTYPE html>\n<html><body><p>Talks</p></body></html>\n".utf8))
        try put("oversize.txt", Array(String(repeating: "Talks went on in Istanbul. ", count: 2_000).utf8))
        try FileManager.default.createDirectory(atPath: folder + "/folder.txt", withIntermediateDirectories: true)
        guard mkfifo(folder + "/pipe.txt", 0o600) == 0 else { throw BatteryError("cannot make a FIFO in \(folder)") }
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.txt", withDestinationPath: folder + "/nowhere")
        return ["latin1.txt", "utf16.txt", "nul.txt", "empty.txt", "image.txt", "page.txt", "oversize.txt", "pipe.txt", "dangling.txt"]
    }

    /// The size cap the battery imports with: above every sample, below oversize.txt.
    static let maxSize = "20KB"
}
