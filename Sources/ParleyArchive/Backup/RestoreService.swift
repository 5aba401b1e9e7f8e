import Foundation
import ParleySQLite

/// Puts a backup in place of the live archive, only after it passes every check, and keeps the
/// archive it replaces. Every refusal leaves the live archive exactly as it was.
public enum RestoreService {
    public struct Result: Sendable {
        public let restored: String
        /// Where the replaced archive was kept, if there was one.
        public let previous: String?
    }

    public static func restore(from source: String, to archivePath: String, force: Bool) throws -> Result {
        let candidate = URL(fileURLWithPath: source).standardizedFileURL.path
        let live = URL(fileURLWithPath: archivePath).standardizedFileURL.path
        guard candidate != live else { throw ArchiveError.backup("\(source) is the archive itself; nothing to restore") }
        try checkCandidateFile(candidate, display: source)
        let liveExists = FileManager.default.fileExists(atPath: live)
        if liveExists {
            guard force else {
                throw ArchiveError.backup("\(archivePath) exists; pass --force to replace it (it will be kept as \(archivePath).before-restore-TIMESTAMP)")
            }
            for suffix in ["-wal", "-journal"] where FileManager.default.fileExists(atPath: live + suffix) {
                throw ArchiveError.backup("\(archivePath) is in use or was interrupted (\(archivePath + suffix) exists); close other parley commands or run parley check first")
            }
        }
        let folder = URL(fileURLWithPath: live).deletingLastPathComponent().path
        let staging = folder + "/." + URL(fileURLWithPath: live).lastPathComponent + ".restoring-\(getpid())"
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { unlink(staging + suffix) } }
        try copyFile(candidate, to: staging, display: source)
        try verify(staging, display: source)
        try FileSync.file(staging)

        // The replaced archive is kept by a second name (a hard link), then the staged copy is renamed
        // over the live name in one atomic step: at every instant the live name holds a whole archive.
        var kept: String?
        if liveExists {
            let previous = live + ".before-restore-" + Clock.compactNow()
            guard link(live, previous) == 0 else {
                throw ArchiveError.backup("cannot keep \(archivePath) as \(previous): \(String(cString: strerror(errno))); nothing was changed")
            }
            kept = previous
        }
        guard rename(staging, live) == 0 else {
            let reason = String(cString: strerror(errno))
            if let kept { unlink(kept) }
            throw ArchiveError.backup("cannot move the restored archive into place: \(reason); \(archivePath) was left as it was")
        }
        try FileSync.directory(folder)
        return Result(restored: live, previous: kept)
    }

    /// What can be refused from the file alone: missing, not a file, not SQLite, truncated, or a
    /// leftover journal beside it (the copy would be missing what that journal holds).
    static func checkCandidateFile(_ path: String, display: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArchiveError.backup("\(display): no such file")
        }
        guard !isDirectory.boolValue else { throw ArchiveError.backup("\(display) is a folder, not a backup file") }
        for suffix in ["-wal", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            throw ArchiveError.backup("\(display) has a leftover \(suffix.dropFirst()) file beside it (\(display + suffix)); it may be incomplete. Make a clean copy with parley backup --db \(display) first")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ArchiveError.backup("\(display): cannot read")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        guard header.count == 100, header.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            throw ArchiveError.backup("\(display) is not a SQLite database")
        }
        // The header records the page size and page count; a shorter file was cut off.
        let pageSizeField = Int(header[16]) << 8 | Int(header[17])
        let pageSize = pageSizeField == 1 ? 65_536 : pageSizeField
        let pageCount = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if pageCount > 0 && size < pageSize * pageCount {
            throw ArchiveError.backup("\(display) is truncated (\(size) bytes, its header promises \(pageSize * pageCount))")
        }
    }

    /// The staged copy must be a current parley archive that passes the full check.
    static func verify(_ staging: String, display: String) throws {
        let db = try Database(path: staging, mode: .readWrite)
        do {
            let id = try db.scalar("PRAGMA application_id")?.int64 ?? 0
            guard id == Migrator.applicationID else { throw ArchiveError.backup("\(display) is not a parley archive") }
            try Migrator.check(db)
            guard try Migrator.isCurrent(db) else {
                throw ArchiveError.backup("\(display) is from an older parley; restore it with the parley that made it, or run parley migrate --db on a copy")
            }
        } catch let error as ArchiveError {
            throw ArchiveError.backup(error.description)
        } catch let error as SQLiteError {
            throw ArchiveError.backup("\(display) cannot be read as an archive: \(error.message)")
        }
        let report = ArchiveCheck.run(on: db)
        guard report.passed else {
            let first = report.failures[0]
            throw ArchiveError.backup("\(display) fails the check (\(first.check): \(first.detail)); nothing was changed")
        }
    }

    static func copyFile(_ source: String, to target: String, display: String) throws {
        unlink(target)
        do {
            try FileManager.default.copyItem(atPath: source, toPath: target)
        } catch {
            throw ArchiveError.backup("cannot copy \(display): \(error.localizedDescription)")
        }
    }
}
