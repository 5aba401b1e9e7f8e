import ParleyArchive
@testable import ParleyCLI
import ParleySQLite
import Testing

/// The table's fast width counts must agree with Swift's Character count, which they replace.
@Suite struct TableRendererTests {
    @Test(arguments: [
        "Erdoğan", "“We are satisfied,” Medinsky said.", "Зеленский", "e\u{301}", "🇺🇦 flag", "👩‍👩‍👧 family",
        "a\r\nb", "plain ASCII", "€1,200 – 2,000…", "ก้", "\u{1100}\u{1161}", "Ελλάδα", "",
    ])
    func widthIsTheCharacterCount(text: String) {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        #expect(TableRenderer.displayLength(text) == (ascii ? text.utf8.count : text.count))
    }

    @Test(arguments: [String(repeating: "a", count: 300), String(repeating: "é", count: 120), String(repeating: "é", count: 121),
                      String(repeating: "e\u{301}", count: 150), String(repeating: "x", count: 119) + "e\u{301}e\u{301}",
                      String(repeating: "y", count: 130) + "\nand more", "short\r\nbreak", "lone\rreturn\r", "\r\n\n\r", "é\n" + String(repeating: "ü", count: 130), "“Quoted,” said Ердоган €5 – 𝔘nicode", String(repeating: "“q” ", count: 40), String(repeating: "z", count: 100) + "\n" + String(repeating: "z", count: 30)])
    func clippingMatchesClippingByCharacter(text: String) {
        checkClipping(text)
    }

    /// Around the end of the plain ASCII run that is measured a byte at a time.
    @Test(arguments: [118, 119, 120, 121, 122], ["", "é", "\n", "e\u{301}", "éx", "x"])
    func clippingAtTheEndOfAnASCIIRun(length: Int, tail: String) {
        checkClipping(String(repeating: "a", count: length) + tail)
    }

    func checkClipping(_ text: String) {
        var line = ""
        for character in text { line.append(character == "\n" || character == "\r\n" ? "⏎" : character) }
        #expect(TableRenderer.oneLine(text) == line)
        let expected = line.count > 120 ? (String(line.prefix(119)) + "…", 120) : (line, line.count)
        #expect(TableRenderer.shaped(text) == expected)
    }

    @Test func longCellsAreClippedAndRowsComeOutWholeAcrossChunks() {
        let long = String(repeating: "é", count: 200)
        let rows = (0..<5_000).map { [SQLiteValue.integer(Int64($0)), .text($0 == 7 ? long : "line\nbreak")] }
        var chunks: [String] = []
        TableRenderer.render(QueryResult(columns: ["id", "text"], rows: rows)) { chunks.append(String(decoding: $0, as: UTF8.self)) }
        #expect(chunks.count > 1 && chunks.allSatisfy { $0.hasSuffix("\n") })
        let lines = chunks.joined().split(separator: "\n")
        #expect(lines.count == 5_002)
        #expect(lines[9] == "7     " + String(repeating: "é", count: 119) + "…")
        #expect(lines[2] == "0     line⏎break")
    }
}
