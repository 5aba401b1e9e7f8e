import Foundation
import ParleyArchive
import ParleyExtract
import ParleySQLite

/// Renders rows in the user's chosen format, in the manner of sqlite-utils.
enum ResultPrinter {
    static func render(_ result: QueryResult, as format: OutputFormat) -> String {
        switch format {
        case .table: return table(result)
        case .csv: return csv(result)
        case .json: return json(result)
        case .nl: return result.rows.map { object(columns: result.columns, row: $0).serialized() + "\n" }.joined()
        case .markdown: return markdown(result)
        }
    }

    /// Writes to the console as it renders: a table goes out in chunks instead of one large string.
    static func write(_ result: QueryResult, as format: OutputFormat, to console: Console) {
        defer { lastWritten.hold(result) }
        guard format == .table else { return console.write(render(result, as: format)) }
        TableRenderer.render(result, emit: console.write(utf8:))
    }

    static func write(_ sections: [(String, QueryResult)], as format: OutputFormat, to console: Console) {
        defer { lastWritten.hold(sections) }
        guard format == .table else { return console.write(render(sections, as: format)) }
        for (index, (title, result)) in sections.enumerated() {
            console.write((index == 0 ? "" : "\n") + "# \(title)\n")
            TableRenderer.render(result, emit: console.write(utf8:))
        }
    }

    /// The rows last written, held until the next are or the process exits: freeing a large result
    /// a cell at a time (a String each, 200,000 for one person's claims) was a fifth of the
    /// dossier's instructions, and exit returns the memory at once.
    private static let lastWritten = LastWritten()

    private final class LastWritten: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Any?

        func hold(_ newValue: Any) {
            lock.lock()
            value = newValue
            lock.unlock()
        }
    }

    /// Several titled results: headed sections for text formats, one object for --json.
    static func render(_ sections: [(String, QueryResult)], as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.object(sections.map { title, result in
                (title, .array(result.rows.map { object(columns: result.columns, row: $0) }))
            }).serialized(pretty: true) + "\n"
        case .nl:
            return sections.flatMap { title, result in
                result.rows.map { row in
                    JSONValue.object([("section", .string(title))] + zip(result.columns, row).map { ($0, jsonValue($1)) }).serialized() + "\n"
                }
            }.joined()
        case .markdown:
            return sections.map { "## \($0.0)\n\n" + render($0.1, as: format) }.joined(separator: "\n")
        case .table, .csv:
            return sections.map { "# \($0.0)\n" + render($0.1, as: format) }.joined(separator: "\n")
        }
    }

    static func table(_ result: QueryResult) -> String { TableRenderer.render(result) }

    static func csv(_ result: QueryResult) -> String {
        // On UTF-8 bytes: the four marks are ASCII, never part of a longer character, and walking
        // Characters (grapheme breaking) made --csv twice as slow as the padded table.
        func field(_ text: String) -> String {
            guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
            var bytes: [UInt8] = [0x22]
            bytes.reserveCapacity(text.utf8.count + 8)
            for b in text.utf8 {
                bytes.append(b)
                if b == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = result.columns.map(field).joined(separator: ",") + "\r\n"
        for row in result.rows { out += row.map { field($0.displayText) }.joined(separator: ",") + "\r\n" }
        return out
    }

    static func json(_ result: QueryResult) -> String {
        JSONValue.array(result.rows.map { object(columns: result.columns, row: $0) }).serialized(pretty: true) + "\n"
    }

    static func markdown(_ result: QueryResult) -> String {
        func cell(_ text: String) -> String { TableRenderer.oneLine(text).replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + result.columns.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + result.columns.map { _ in " --- |" }.joined() + "\n"
        for row in result.rows { out += "| " + row.map { cell($0.displayText) }.joined(separator: " | ") + " |\n" }
        return out
    }

    static func object(columns: [String], row: [SQLiteValue]) -> JSONValue {
        .object(zip(columns, row).map { ($0, jsonValue($1)) })
    }

    static func jsonValue(_ value: SQLiteValue) -> JSONValue {
        switch value {
        case .null: return .null
        case .integer(let i): return .integer(i)
        case .real(let d): return .number(d)
        case .text(let s): return .string(s)
        case .blob(let b): return .object([("$base64", .bool(true)), ("encoded", .string(Data(b).base64EncodedString()))])
        }
    }
}
