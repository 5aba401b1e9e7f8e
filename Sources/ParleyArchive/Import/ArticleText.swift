import Foundation

/// Turns a file's bytes into article text, or says exactly why it cannot:
/// strict UTF-8, one BOM stripped, CRLF (and lone CR) folded to LF, canonically composed (NFC).
/// This text is what the archive stores and hashes and what extraction spans count in.
public enum ArticleText {
    public static func decode(_ bytes: [UInt8]) throws(ArticleTextError) -> String {
        guard !bytes.isEmpty else { throw .empty }
        if let kind = binarySignature(bytes) { throw .binary(kind) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if let nul = bytes[start...].firstIndex(of: 0) {
            // NULs every other byte are the mark of UTF-16 without a BOM.
            let sample = bytes[start..<min(bytes.count, start + 64)]
            if sample.count >= 4, sample.enumerated().filter({ $0.element == 0 }).count * 3 >= sample.count { throw .utf16 }
            throw .nul(offset: nul)
        }
        let scan = scanUTF8(bytes, from: start)
        if let bad = scan.firstInvalid { throw .notUTF8(byte: bytes[bad], offset: bad) }
        let text = String(decoding: foldLineEnds(bytes[start...]), as: UTF8.self)
        if looksLikeHTML(text) { throw .html }
        // NFC, so "Erdog\u{306}an" as a decomposing editor saved it and "Erdoğan" are stored, hashed
        // and extracted alike: the same text, only the code points differ. Most articles are ASCII,
        // Latin, Cyrillic and typographic punctuation that NFC leaves alone, and skip Foundation.
        let folded = scan.mayChangeUnderNFC ? text.precomposedStringWithCanonicalMapping : text
        guard folded.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        return folded
    }

    /// False for code points that NFC never changes and never composes with what precedes them:
    /// everything below U+0300 (ASCII and the precomposed Latin letters), Cyrillic letters
    /// U+0400–U+0482, and General Punctuation U+2010–U+205F (dashes, quotes, ellipsis).
    /// Combining marks, Hangul jamo and singletons such as U+212B (Å) all fall outside.
    static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        mayChangeUnderNFC(scalar.value)
    }

    static func mayChangeUnderNFC(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x400...0x482, 0x2010...0x205F: return false
        default: return true
        }
    }

    /// CRLF and lone CR become LF. On bytes: in UTF-8 both are single bytes that occur inside no
    /// other character (folding them scalar by scalar was a tenth of preparing an article).
    static func foldLineEnds(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard bytes.contains(13) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
                continue
            }
            if byte == 10 && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            out.append(byte)
        }
        return out[...]
    }

    struct UTF8Scan {
        /// The offset of the first byte that breaks UTF-8, or nil when all is valid.
        var firstInvalid: Int?
        /// Whether some code point may be changed by NFC (see `mayChangeUnderNFC`).
        var mayChangeUnderNFC = false
    }

    /// Checks UTF-8 and, in the same pass over the decoded code points, whether NFC may change any.
    static func scanUTF8(_ bytes: [UInt8], from start: Int) -> UTF8Scan {
        var scan = UTF8Scan()
        scan.firstInvalid = firstInvalidUTF8(bytes, from: start) { value in
            if !scan.mayChangeUnderNFC && mayChangeUnderNFC(value) { scan.mayChangeUnderNFC = true }
        }
        return scan
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all is valid; `visit` sees each
    /// code point above ASCII.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int, visit: (UInt32) -> Void = { _ in }) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for j in 1..<length {
                let c = bytes[i + j]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            visit(value)
            i += length
        }
        return nil
    }

    static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"), ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or Word/OpenDocument file)"), ([0x1F, 0x8B], "gzip data"),
        (Array("SQLite format 3".utf8), "a SQLite database"), ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
    ]

    static func binarySignature(_ bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.bytes) }?.kind
    }

    /// An HTML page saved instead of article text: starts with a doctype or <html> tag.
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.unicodeScalars.drop(while: { $0.properties.isWhitespace }).prefix(15)
        let lowered = String(String.UnicodeScalarView(head)).lowercased()
        return lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html")
    }
}

public enum ArticleTextError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(String)
    case utf16
    case nul(offset: Int)
    case notUTF8(byte: UInt8, offset: Int)
    case html

    public var description: String {
        switch self {
        case .empty: return "empty file (no article text)"
        case .binary(let kind): return "binary file (\(kind)), not article text"
        case .utf16: return "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"
        case .nul(let offset): return "binary data (NUL byte at offset \(offset)), not article text"
        case .notUTF8(let byte, let offset):
            let hex = String(byte, radix: 16, uppercase: true)
            return "not UTF-8 text (byte 0x\(hex.count < 2 ? "0" + hex : hex) at offset \(offset)); convert it, e.g. iconv -f LATIN1 -t UTF-8"
        case .html: return "an HTML page, not article text; save the article as plain text"
        }
    }
}
