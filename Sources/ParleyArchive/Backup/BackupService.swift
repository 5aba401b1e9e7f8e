import Foundation
import ParleySQLite

/// A consistent copy of the archive: written under a temporary name, synced, checked, then
/// renamed into place, so the final name never holds a half-written file.
public enum BackupService {
    public struct Result: Sendable {
        public let path: String
        public let bytes: Int
        public let sha256: String
    }

    /// - Parameter fullCheck: run every `parley check` on the copy, not only SQLite's integrity check.
    public static func backup(archivePath: String, to destination: String, force: Bool, fullCheck: Bool = false) throws -> Result {
        let target = URL(fileURLWithPath: destination).standardizedFileURL.path
        let live = URL(fileURLWithPath: archivePath).standardizedFileURL.path
        guard target != live else { throw ArchiveError.backup("\(destination) is the archive itself; choose another path") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw ArchiveError.backup("\(destination) is a folder; give a file path for the backup") }
            if !force { throw ArchiveError.backup("\(destination) already exists; pass --force to replace it") }
        }
        let source = try Archive.openForReading(at: archivePath)
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let temporary = folder + "/." + URL(fileURLWithPath: target).lastPathComponent + ".partial-\(getpid())"
        defer { removeQuietly(temporary) }
        do {
            let copy = try Database(path: temporary, mode: .readWriteCreate)
            try source.db.backup(into: copy)
            // The copy stands alone: one file, no WAL beside it.
            try copy.execute("PRAGMA journal_mode = DELETE")
        }
        try verifyIntegrity(of: temporary, display: destination)
        if fullCheck {
            let report = ArchiveCheck.run(on: try Database(path: temporary, mode: .readWrite))
            if let first = report.failures.first {
                throw ArchiveError.backup("the copy for \(destination) fails the check (\(first.check): \(first.detail)); the archive was not changed")
            }
        }
        try FileSync.file(temporary)
        guard rename(temporary, target) == 0 else {
            throw ArchiveError.backup("cannot move the backup into \(destination): \(String(cString: strerror(errno)))")
        }
        try FileSync.directory(folder)
        let bytes = try readAll(target)
        return Result(path: target, bytes: bytes.count, sha256: SHA256.hex(bytes))
    }

    /// `PRAGMA integrity_check` must answer exactly "ok".
    static func verifyIntegrity(of path: String, display: String) throws {
        let db = try Database(path: path, mode: .readOnly)
        let rows = try db.rows("PRAGMA integrity_check")
        guard rows.count == 1, rows[0][0].string == "ok" else {
            let detail = rows.prefix(3).compactMap { $0[0].string }.joined(separator: "; ")
            throw ArchiveError.backup("the copy for \(display) failed its integrity check (\(detail)); the archive was not changed")
        }
    }

    static func readAll(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArchiveError.backup("cannot read back \(path)")
        }
        return Array(data)
    }

    private static func removeQuietly(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }
}

/// fsync for a file and for the folder that names it (so a rename survives a power cut).
enum FileSync {
    static func file(_ path: String) throws {
        try sync(path, flags: O_RDONLY)
    }

    static func directory(_ path: String) throws {
        try sync(path, flags: O_RDONLY | O_DIRECTORY)
    }

    private static func sync(_ path: String, flags: Int32) throws {
        let fd = open(path, flags | O_CLOEXEC)
        guard fd >= 0 else { throw ArchiveError.backup("cannot open \(path) to sync it: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ArchiveError.backup("cannot sync \(path): \(String(cString: strerror(errno)))") }
    }
}
