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

    static func table(_ result: QueryResult) -> String {
        // Bytes, not String padding: Foundation's padding took 30 s for 130,000 rows, and counting
        // Characters of ASCII cells was still most of the time left.
        let cells = result.rows.map { $0.map { clipped(oneLine($0.displayText)) } }
        let lengths = cells.map { $0.map(displayLength) }
        var widths = result.columns.map(displayLength)
        for row in lengths { for (i, length) in row.enumerated() { widths[i] = max(widths[i], length) } }
        var out: [UInt8] = []
        out.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (cells.count + 2))
        func append(_ values: [String], _ lengths: [Int]) {
            for (i, value) in values.enumerated() {
                out.append(contentsOf: value.utf8)
                if i < values.count - 1 { out.append(contentsOf: repeatElement(0x20, count: widths[i] - lengths[i] + 2)) }
            }
            out.append(0x0A)
        }
        append(result.columns, result.columns.map(displayLength))
        let rules = widths.map { String(repeating: "-", count: $0) }
        append(rules, widths)
        for (row, rowLengths) in zip(cells, lengths) { append(row, rowLengths) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Columns a cell takes: its Characters, counted cheaply when it is ASCII (most cells are).
    static func displayLength(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }

    static func csv(_ result: QueryResult) -> String {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = result.columns.map(field).joined(separator: ",") + "\r\n"
        for row in result.rows { out += row.map { field($0.displayText) }.joined(separator: ",") + "\r\n" }
        return out
    }

    static func json(_ result: QueryResult) -> String {
        JSONValue.array(result.rows.map { object(columns: result.columns, row: $0) }).serialized(pretty: true) + "\n"
    }

    static func markdown(_ result: QueryResult) -> String {
        func cell(_ text: String) -> String { oneLine(text).replacingOccurrences(of: "|", with: "\\|") }
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

    /// Table cells stay on one line.
    /// Widest cell a table shows: one long value (a meeting with hundreds of figures) would
    /// otherwise pad every row to its width. --csv, --json and --nl give values whole.
    static let tableCellLimit = 120

    static func clipped(_ text: String) -> String {
        guard text.utf8.count > tableCellLimit, displayLength(text) > tableCellLimit else { return text }
        return String(text.prefix(tableCellLimit - 1)) + "…"
    }

    /// Line breaks shown as ⏎, so each row stays one line.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = ""
        for character in text {
            // "\r\n" is one Character in Swift; a lone "\r" stays as it was.
            out.append(character == "\n" || character == "\r\n" ? "⏎" : character)
        }
        return out
    }
}
