import Foundation
@testable import ParleyArchive
import ParleyExtract
import Testing

@Suite struct ArticleTextTests {
    @Test func bomIsStrippedAndLineEndsFolded() throws {
        let text = try ArticleText.decode([0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\rthree\n".utf8))
        #expect(text == "one\ntwo\nthree\n")
    }

    @Test func nonASCIISurvives() throws {
        #expect(try ArticleText.decode(Array("Erdoğan «Київ»".utf8)) == "Erdoğan «Київ»")
    }

    /// Decomposed input, and its canonically composed (NFC) form, written with escapes so the
    /// source file's own normalisation cannot blur the test.
    static let compositions: [(String, String)] = [
        ("Erdog\u{306}an", "Erdo\u{11F}an"),
        ("Zelens\u{301}kyi", "Zelen\u{15B}kyi"),
        ("Ki\u{308}v and Kyi\u{306}v", "K\u{EF}v and Ky\u{12D}v"),
        ("\u{41A}\u{438}\u{456}\u{308}\u{432}", "\u{41A}\u{438}\u{457}\u{432}"),   // Київ
        ("\u{212B}ngstro\u{308}m", "\u{C5}ngstr\u{F6}m"),                               // a singleton (Å sign)
        ("Already composed: Erdo\u{11F}an \u{201C}quoted\u{201D}", "Already composed: Erdo\u{11F}an \u{201C}quoted\u{201D}"),
        ("plain ASCII", "plain ASCII"),
    ]

    @Test(arguments: compositions)
    func textIsCanonicallyComposed(_ input: String, _ composed: String) throws {
        let text = try ArticleText.decode(Array(input.utf8))
        // Compare code points: String's == already treats canonically equivalent texts as equal.
        #expect(Array(text.unicodeScalars) == Array(composed.unicodeScalars))
    }

    /// The code points the fast path lets through untouched really are left alone by NFC.
    @Test func codePointsTheFastPathSkipsAreStableUnderNFC() {
        for value in Array(0..<0x300) + Array(0x400...0x482) + Array(0x2010...0x205F) {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(!ArticleText.mayChangeUnderNFC(scalar))
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            #expect(Array(String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "U+\(String(value, radix: 16))")
        }
    }

    static let refusals: [([UInt8], ArticleTextError)] = [
        ([], .empty),
        (Array(" \n\t\n".utf8), .empty),
        ([0x43, 0x61, 0x66, 0xE9, 0x20], .notUTF8(byte: 0xE9, offset: 3)),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], .binary("a PNG image")),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], .binary("a PDF document")),
        ([0xFF, 0xFE, 0x41, 0x00], .utf16),
        ([0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00], .utf16),
        (Array("text".utf8) + [0] + Array("more text here and more".utf8), .nul(offset: 4)),
        (Array("<!DOCTYPE html><html><body>x</body></html>".utf8), .html),
        ([0xC0, 0xAF], .notUTF8(byte: 0xC0, offset: 0)),                 // overlong
        ([0x41, 0xED, 0xA0, 0x80], .notUTF8(byte: 0xED, offset: 1)),     // surrogate
        ([0x41, 0xE2, 0x82], .notUTF8(byte: 0xE2, offset: 1)),           // truncated
    ]

    @Test(arguments: refusals)
    func badBytesAreRefusedWithTheReason(_ bytes: [UInt8], _ expected: ArticleTextError) {
        #expect(throws: expected) { try ArticleText.decode(bytes) }
    }

    @Test func refusalsReadAsOneLine() {
        let message = ArticleTextError.notUTF8(byte: 0xE9, offset: 3).description
        #expect(message.hasPrefix("not UTF-8 text (byte 0xE9 at offset 3)"))
        #expect(!message.contains("\n"))
    }

    @Test func frontMatterGivesMetadataAndTheRestIsBody() {
        let text = "---\ntitle: \"Talks: day two\"\npublished: 2025-05-16\noutlet: Example\nurl: https://e.org/a\nauthor: ignored\n---\nBody.\n"
        let (metadata, header, body) = FrontMatter.split(text)
        #expect(metadata == ArticleMetadata(title: "Talks: day two", published: "2025-05-16", outlet: "Example", url: "https://e.org/a"))
        #expect(body == "Body.\n")
        #expect(header + body == text)
    }

    @Test func unclosedFrontMatterIsBody() {
        let text = "---\ntitle: x\nno closing line\n"
        let (metadata, header, body) = FrontMatter.split(text)
        #expect(metadata == ArticleMetadata())
        #expect(header.isEmpty && body == text)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Input fed in pieces that straddle block boundaries, and from storage that is not contiguous,
    /// hashes as the same bytes given at once.
    @Test func sha256OfPiecesIsTheHashOfTheWhole() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        let whole = SHA256.hex(bytes)
        for pieces in [[1, 62, 1, 936], [63, 2, 64, 871], [64, 64, 872], [0, 999, 1], [500, 0, 500]] {
            var hasher = SHA256()
            var start = 0
            for count in pieces {
                hasher.update(bytes[start..<start + count])
                start += count
            }
            #expect(hasher.finalizeHex() == whole)
        }
        #expect(SHA256.hex(repeatElement(UInt8(0x61), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.hex(bytes.lazy.map { $0 }) == whole)
    }

    /// Mention spans as JSON and a body addressed by code point, as the importer derives them.
    @Test func spansJSONAndCodePointText() {
        #expect(ExtractionKeys.spansJSON([]) == "[]")
        #expect(ExtractionKeys.spansJSON([Span(0, 7)]) == "[[0,7]]")
        #expect(ExtractionKeys.spansJSON([Span(10, 1234567), Span(0, 0), Span(99, 100)]) == "[[10,1234567],[0,0],[99,100]]")
        let text = CodePointText("Erdoğan — “yes” 😀 ok")
        #expect(text.count == 20)
        #expect(text[0, 7] == "Erdoğan")
        #expect(text[10, 15] == "“yes”")
        #expect(text[16, 20] == "😀 ok")
        #expect(text[17, 17] == "")
        #expect(CodePointText("").count == 0)
    }

    @Test func nameKeysFoldCaseDiacriticsAndApostrophes() {
        #expect(NameKey.of("Erdoğan’s") == NameKey.of("erdogan's"))
        #expect(NameKey.of("  Recep   Tayyip\nErdoğan ") == "recep tayyip erdogan")
    }
}
