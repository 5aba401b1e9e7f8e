/// A quotation: the marks and the words between them.
public struct Quote: Sendable, Hashable {
    /// Offset of the opening mark.
    public var open: Int
    /// Offset just past the closing mark (or the paragraph end for a quote that continues).
    public var close: Int
    /// The quoted words, marks excluded.
    public var content: Span
    public var paragraph: Int
    /// True when this piece continues a quotation left open at the end of the previous paragraph.
    public var continuesPrevious: Bool
}

enum QuoteFinder {
    /// A few quotation marks; most scalars fail the first comparison.
    private struct MarkSet {
        let values: [UInt32]
        func contains(_ v: UInt32) -> Bool {
            if v != 0x22 && v != 0x27 && v < 0xAB { return false }
            return values.contains(v)
        }
    }
    private static let doubleOpeners = MarkSet(values: [0x22, 0x201C, 0x201E, 0xAB, 0x2039])
    // (« closes too: German typography quotes »the other way«.)
    private static let doubleClosers = MarkSet(values: [0x22, 0x201D, 0xBB, 0x203A, 0xAB])
    private static let singleOpeners = MarkSet(values: [0x2018, 0x27, 0x201A])
    private static let singleClosers = MarkSet(values: [0x2019, 0x27])

    /// Pairs quotation marks paragraph by paragraph. Any double closer ends any double opener,
    /// so mismatched pairs such as “absolutely contradictory,» still pair. A quote left open at a
    /// paragraph end continues when the next paragraph starts with an opening mark.
    static func find(_ s: [Unicode.Scalar], _ paragraphs: [Paragraph]) -> [Quote] {
        // Every scalar is looked at: through a buffer, without a bounds check each.
        s.withUnsafeBufferPointer { find($0, paragraphs) }
    }

    private typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

    private static func find(_ s: Scalars, _ paragraphs: [Paragraph]) -> [Quote] {
        var out: [Quote] = []
        var carry = false
        for (p, para) in paragraphs.enumerated() {
            var i = para.start
            var openAt: Int? = nil
            var single = false
            var continues = false
            if carry, para.start < para.end, doubleOpeners.contains(s[para.start].value) || singleOpeners.contains(s[para.start].value) {
                continues = true
            }
            carry = false
            while i < para.end {
                let v = s[i].value
                // No mark set holds such a scalar, so nothing below can happen at it (most of the text).
                if v < 0xAB && v != 0x22 && v != 0x27 { i += 1; continue }
                if let o = openAt {
                    // (« closes only what » opened: “They promised «talks», but nobody came.”)
                    let closes = single ? isSingleCloser(s, i, para) : doubleClosers.contains(v) && i > o + 1 && (v != 0xAB || s[o].value == 0xBB)
                    if closes {
                        out.append(Quote(open: o, close: i + 1, content: trimmed(s, o + 1, i), paragraph: p,
                                         continuesPrevious: continues))
                        continues = false
                        openAt = nil
                    }
                } else if doubleOpeners.contains(v) && v != 0xBB && opensHere(s, i, para) || v == 0xBB && opensReversed(s, i, para) {
                    openAt = i; single = false
                } else if singleOpeners.contains(v) && isSingleOpener(s, i, para) {
                    openAt = i; single = true
                }
                i += 1
            }
            if let o = openAt {
                // Multi-paragraph quotation: the convention repeats the opener on the next paragraph (single
                // quotation marks too, as British papers quote).
                let next = p + 1 < paragraphs.count ? paragraphs[p + 1] : nil
                if let next, single ? singleOpeners.contains(s[next.start].value) && isSingleOpener(s, next.start, next)
                    : doubleOpeners.contains(s[next.start].value) {
                    out.append(Quote(open: o, close: para.end, content: trimmed(s, o + 1, para.end), paragraph: p,
                                     continuesPrevious: continues))
                    carry = true
                }
            }
        }
        return out
    }

    /// A straight double quote opens when it is not glued to the end of a word.
    /// ("« We believe we have largely completed ... »": French typography sets a space inside guillemets.)
    private static func opensHere(_ s: Scalars, _ i: Int, _ para: Paragraph) -> Bool {
        guard i + 1 < para.end, !s[i + 1].isSpace || s[i].value == 0xAB && i + 2 < para.end && !s[i + 2].isSpace else { return false }
        if s[i].value == 0x22, i > para.start, s[i - 1].isLetter || s[i - 1].isDigit { return false }
        return true
    }

    /// "Umerov insisted ... »It should include ...«": a » with nothing open opens at a word's start, glued to the word after it.
    private static func opensReversed(_ s: Scalars, _ i: Int, _ para: Paragraph) -> Bool {
        guard i + 1 < para.end, s[i + 1].isLetter || s[i + 1].isDigit else { return false }
        return i == para.start || s[i - 1].isSpace || s[i - 1].value == 0x28
    }

    /// ‘ always opens; a straight ' opens only at a word start ("'hello", not "don't").
    private static func isSingleOpener(_ s: Scalars, _ i: Int, _ para: Paragraph) -> Bool {
        guard i + 1 < para.end, s[i + 1].isLetter else { return false }
        if s[i].value == 0x2018 || s[i].value == 0x201A { return true }
        return i == para.start || s[i - 1].isSpace || s[i - 1].value == 0x28
    }

    /// A single closer ends a word and is not followed by a letter (that would be an apostrophe).
    private static func isSingleCloser(_ s: Scalars, _ i: Int, _ para: Paragraph) -> Bool {
        guard singleClosers.contains(s[i].value) else { return false }
        if i + 1 < para.end, s[i + 1].isLetter { return false }
        return i > para.start && !s[i - 1].isSpace
    }

    private static func trimmed(_ s: Scalars, _ a: Int, _ b: Int) -> Span {
        var a = a, b = b
        while a < b && s[a].isSpace { a += 1 }
        while b > a && s[b - 1].isSpace { b -= 1 }
        return Span(a, b)
    }
}
