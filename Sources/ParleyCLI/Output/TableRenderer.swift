import ParleyArchive

/// Aligned columns, rendered as bytes and handed out in chunks: a whole-archive report is tens of
/// megabytes of table, and building it as one string, then copying it twice more on its way to
/// stdout, cost a tenth of the report's time in page faults alone.
enum TableRenderer {
    /// Widest cell a table shows: one long value (a meeting with hundreds of figures) would
    /// otherwise pad every row to its width. --csv, --json and --nl give values whole.
    static let cellLimit = 120

    /// About how many bytes are gathered before `emit` is called.
    static let chunkSize = 1 << 16

    static func render(_ result: QueryResult, emit: ([UInt8]) -> Void) {
        // One pass shapes every cell and measures it, the next writes; clipped cells are never wider
        // than cellLimit, so a byte holds each width.
        var cells: [String] = []
        var cellWidths: [UInt8] = []
        cells.reserveCapacity(result.rows.count * result.columns.count)
        cellWidths.reserveCapacity(cells.capacity)
        var widths = result.columns.map(displayLength)
        for row in result.rows {
            for (i, value) in row.enumerated() {
                let (text, width) = shaped(value.displayText)
                cells.append(text)
                cellWidths.append(UInt8(width))
                if width > widths[i] { widths[i] = width }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 4096)
        func flushIfFull() {
            guard out.count >= chunkSize else { return }
            emit(out)
            out.removeAll(keepingCapacity: true)
        }
        let columnCount = result.columns.count
        for (i, name) in result.columns.enumerated() {
            append(name, to: &out, padding: i == columnCount - 1 ? 0 : widths[i] - displayLength(name) + 2)
        }
        out.append(0x0A)
        for (i, width) in widths.enumerated() {
            append(String(repeating: "-", count: width), to: &out, padding: i == columnCount - 1 ? 0 : 2)
        }
        out.append(0x0A)
        var index = 0
        for _ in result.rows {
            for column in 0..<columnCount {
                let padding = column == columnCount - 1 ? 0 : widths[column] - Int(cellWidths[index]) + 2
                append(cells[index], to: &out, padding: padding)
                index += 1
            }
            out.append(0x0A)
            flushIfFull()
        }
        if !out.isEmpty { emit(out) }
    }

    static func render(_ result: QueryResult) -> String {
        var bytes: [UInt8] = []
        render(result) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 256)

    /// A cell's bytes, copied from the String's own storage when it has one, then its padding. A
    /// static function, not a closure over `out`: a closure paid a runtime exclusivity check a cell.
    private static func append(_ text: String, to out: inout [UInt8], padding: Int) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out.append(contentsOf: text.utf8) }
        pad(&out, padding)
    }

    private static func pad(_ out: inout [UInt8], _ count: Int) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.count)
            out.append(contentsOf: spaces[0..<run])
            left -= run
        }
    }

    /// A cell on one line and clipped, with the columns it takes.
    static func shaped(_ text: String) -> (String, Int) {
        if let shape = quickShape(text) { return shape }
        let line = oneLine(text)
        if line.utf8.count != text.utf8.count, let shape = quickShape(line) { return shape }
        let width = line.count
        guard width > cellLimit else { return (line, width) }
        return (String(line.prefix(cellLimit - 1)) + "…", cellLimit)
    }

    /// The shape read from the first cellLimit + 1 scalars, when each is a Character of its own and
    /// no line break (a long claim is clipped all the same, and a break further on would be clipped
    /// away with it); nil when Characters must be counted. The scalars are decoded from the UTF-8
    /// bytes here: String's own scalar view was most of a table's time.
    static func quickShape(_ text: String) -> (String, Int)? {
        enum Shape { case whole(Int), clipped(String), slow }
        var text = text
        let shape = text.withUTF8 { bytes -> Shape in
            // A run of ASCII without line breaks is a column a byte, measured a byte at a time.
            var index = 0
            let plainEnd = min(bytes.count, cellLimit + 1)
            while index < plainEnd, bytes[index] < 0x80, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            if index > cellLimit { return .clipped(String(decoding: bytes[..<(cellLimit - 1)], as: UTF8.self) + "…") }
            if index == bytes.count { return .whole(index) }
            var count = index, clipAt = index == cellLimit ? cellLimit - 1 : 0
            while index < bytes.count {
                let lead = bytes[index]
                let value: UInt32, length: Int
                switch lead {
                case ..<0x80: (value, length) = (UInt32(lead), 1)
                case ..<0xE0: (value, length) = (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
                case ..<0xF0:
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    length = 3
                default: return .slow // four-byte scalars are in no range that stands alone
                }
                guard standsAlone(value) else { return .slow }
                count += 1
                if count == cellLimit { clipAt = index }
                if count > cellLimit { return .clipped(String(decoding: bytes[..<clipAt], as: UTF8.self) + "…") }
                index += length
            }
            return .whole(count)
        }
        switch shape {
        case .whole(let width): return (text, width)
        case .clipped(let clipped): return (clipped, cellLimit)
        case .slow: return nil
        }
    }

    /// Columns a cell takes: its Characters. Counted as bytes when the text is ASCII and as scalars
    /// when no scalar in it can join a neighbour into one Character (most cells); Swift's Character
    /// count, which finds grapheme boundaries, otherwise.
    static func displayLength(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        var scalars = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar.value) else { return text.count }
            scalars += 1
        }
        return scalars
    }

    /// Scalars that are a Character of their own whatever surrounds them: Latin, Greek and Cyrillic
    /// letters without combining marks, typographic punctuation, currency signs and ⏎. Line breaks
    /// are left out: cells show them as ⏎, and a carriage return joins a following line feed.
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A, 0x0D: return false
        case 0...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x23CE: return true
        default: return false
        }
    }

    /// Line breaks shown as ⏎, so each row stays one line. A line feed, or a carriage return with
    /// the line feed after it, is one Character wherever it stands, so bytes can be replaced; a lone
    /// carriage return stays as it was.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let crlf = bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
            if bytes[index] == 0x0A || crlf {
                out.append(contentsOf: "⏎".utf8)
                index += crlf ? 2 : 1
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
