import Foundation

/// Timestamped backups in one folder, keeping the newest N.
public enum BackupRotation {
    public struct Result: Sendable {
        public let backup: BackupService.Result
        /// Older backups removed to keep N.
        public let removed: [String]
    }

    /// Writes `<archive name>-<UTC timestamp>.db` into `directory`, then removes the oldest of
    /// those (and only those) beyond `keep`.
    public static func backup(archivePath: String, directory: String, keep: Int, fullCheck: Bool = false) throws -> Result {
        guard keep >= 1 else { throw ArchiveError.backup("--keep must be at least 1") }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let stem = stemOf(archivePath)
        var name = "\(stem)-\(Clock.compactNow()).db"
        var attempt = 2
        while FileManager.default.fileExists(atPath: directory + "/" + name) {
            name = "\(stem)-\(Clock.compactNow())-\(attempt).db"
            attempt += 1
        }
        let result = try BackupService.backup(archivePath: archivePath, to: directory + "/" + name, force: false, fullCheck: fullCheck)
        let ours = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { isRotated($0, stem: stem) }
            .sorted()
        var removed: [String] = []
        for old in ours.dropLast(keep) {
            let path = directory + "/" + old
            try FileManager.default.removeItem(atPath: path)
            removed.append(path)
        }
        return Result(backup: result, removed: removed)
    }

    static func stemOf(_ archivePath: String) -> String {
        let name = URL(fileURLWithPath: archivePath).lastPathComponent
        return name.hasSuffix(".db") ? String(name.dropLast(3)) : name
    }

    /// `<stem>-YYYYMMDDTHHMMSSZ.db` or `<stem>-YYYYMMDDTHHMMSSZ-N.db`; anything else is not ours to delete.
    static func isRotated(_ name: String, stem: String) -> Bool {
        guard name.hasPrefix(stem + "-"), name.hasSuffix(".db") else { return false }
        let stamp = name.dropFirst(stem.count + 1).dropLast(3)
        let parts = stamp.split(separator: "-")
        guard let first = parts.first, parts.count <= 2, first.count == 16 else { return false }
        let shapeOK = first.enumerated().allSatisfy { index, character in
            switch index {
            case 8: return character == "T"
            case 15: return character == "Z"
            default: return character.isASCII && character.isNumber
            }
        }
        return shapeOK && (parts.count == 1 || parts[1].allSatisfy(\.isNumber))
    }
}
