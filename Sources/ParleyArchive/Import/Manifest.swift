import Foundation
import ParleyExtract

/// Metadata for many files at once: a CSV or TSV with a header naming `path` and any of
/// `title`, `published`, `outlet`, `url`. Paths are relative to the manifest's folder.
public struct Manifest: Sendable {
    private var byPath: [String: ArticleMetadata] = [:]
    private var byName: [String: ArticleMetadata] = [:]

    public init() {}

    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArchiveError.input(file: path, reason: "cannot read the manifest")
        }
        let text: String
        do { text = try ArticleText.decode(Array(data)) } catch {
            throw ArchiveError.input(file: path, reason: "manifest is \(error)")
        }
        let separator: Unicode.Scalar = path.lowercased().hasSuffix(".tsv") ? "\t" : ","
        let rows = Manifest.parse(text, separator: separator)
        guard let header = rows.first?.map({ $0.trimmed(of: " ").lowercased() }) else {
            throw ArchiveError.input(file: path, reason: "manifest is empty")
        }
        guard let pathColumn = header.firstIndex(of: "path") ?? header.firstIndex(of: "file") else {
            throw ArchiveError.input(file: path, reason: "manifest has no 'path' column (header: \(header.joined(separator: ", ")))")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        for (number, row) in rows.dropFirst().enumerated() where row.count > pathColumn {
            let entry = row[pathColumn].trimmed(of: " ")
            guard !entry.isEmpty else {
                throw ArchiveError.input(file: path, reason: "row \(number + 2) has no path")
            }
            var metadata = ArticleMetadata()
            for (column, key) in header.enumerated() where column < row.count && column != pathColumn {
                let value = row[column].trimmed(of: " ")
                if !value.isEmpty { metadata.set(key, value) }
            }
            let absolute = URL(fileURLWithPath: entry, relativeTo: folder).standardizedFileURL.path
            byPath[absolute] = metadata
            byName[URL(fileURLWithPath: entry).lastPathComponent] = metadata
        }
    }

    /// The entry for a file: by its full path first, then by its file name.
    public func metadata(forPath absolutePath: String) -> ArticleMetadata? {
        byPath[absolutePath] ?? byName[URL(fileURLWithPath: absolutePath).lastPathComponent]
    }

    /// RFC 4180 fields: quotes around fields, doubled quotes inside, newlines inside quotes.
    static func parse(_ text: String, separator: Unicode.Scalar) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endField() { row.append(String(field)); field = String.UnicodeScalarView() }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row = []
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == separator {
                endField()
            } else if scalar == "\n" {
                endRow()
            } else {
                field.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        return rows
    }
}
