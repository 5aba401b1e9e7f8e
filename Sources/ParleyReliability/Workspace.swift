import ParleyArchive
import Foundation

/// A scratch folder for one scenario, and the facts the scenarios compare.
final class Workspace {
    let path: String

    init(_ name: String) throws {
        path = NSTemporaryDirectory() + "parley-torture-\(name)-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func remove(_ name: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: file(name) + suffix) }
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    func entries() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    func sha256(_ name: String) -> String {
        guard let data = FileManager.default.contents(atPath: file(name)) else { return "missing" }
        return SHA256.hex(Array(data))
    }

    func copy(_ from: String, to name: String) throws {
        remove(name)
        try FileManager.default.copyItem(atPath: from, toPath: file(name))
    }
}

/// What each archived article yielded, by content hash: equal fingerprints mean the same whole articles.
struct Fingerprint: Equatable {
    var rows: [String: String]

    static let sql = """
        SELECT s.content_hash,
               (SELECT count(*) FROM claims WHERE source_id = s.id) || '/' ||
               (SELECT count(*) FROM figures WHERE source_id = s.id) || '/' ||
               (SELECT count(*) FROM person_mentions WHERE source_id = s.id) || '/' ||
               (SELECT count(*) FROM meetings WHERE source_id = s.id) || '/' ||
               (SELECT count(*) FROM roles WHERE source_id = s.id) AS facts
        FROM sources AS s
        """

    static func of(_ db: String, runner: ProcessRunner) throws -> Fingerprint {
        let output = try runner.run(["query", sql, "--csv", "--db", db])
        guard output.code == 0 else { throw BatteryError("query failed on \(db): \(output.stderr)") }
        var rows: [String: String] = [:]
        for line in output.stdout.split(separator: "\r\n").dropFirst() {
            let parts = line.split(separator: ",")
            if parts.count == 2 { rows[String(parts[0])] = String(parts[1]) }
        }
        return Fingerprint(rows: rows)
    }

    /// Every article here is whole: present in the reference with exactly the same facts.
    func isWholeSubset(of reference: Fingerprint) -> Bool {
        rows.allSatisfy { reference.rows[$0.key] == $0.value }
    }
}

struct BatteryError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
