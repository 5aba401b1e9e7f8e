/// A line-delimited block of text. These articles often put one paragraph per line,
/// so a single newline separates paragraphs as well as a blank line.
public struct Paragraph: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Ordinary running text.
        case body
        /// A short line without final punctuation: headline or section heading.
        case heading
        /// Page furniture ("Comments", "Share this", "Also Read; ..."): never a source of facts.
        case debris
    }
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// True when a blank line (or the end of the text) follows.
    public var followedByBlank: Bool
    public var tokens: Range<Int> = 0..<0
}

enum Paragraphs {
    static func split(_ s: [Unicode.Scalar]) -> [Paragraph] {
        var out: [Paragraph] = []
        var i = 0
        let n = s.count
        while i < n {
            var j = i
            while j < n && s[j] != "\n" && s[j] != "\r" { j += 1 }
            var a = i, b = j
            while a < b && s[a].isSpace { a += 1 }
            while b > a && s[b - 1].isSpace { b -= 1 }
            if a < b { out.append(Paragraph(start: a, end: b, kind: classify(s, a, b), followedByBlank: false)) }
            // Look ahead: is the next line blank?
            var k = j
            if k < n { k += 1 }
            var blank = k >= n
            var m = k
            while m < n && s[m] != "\n" { if !s[m].isSpace { break }; m += 1 }
            if m < n && s[m] == "\n" { blank = true }
            if m >= n { blank = true }
            if a < b { out[out.count - 1].followedByBlank = blank }
            i = k
        }
        return out
    }

    static func classify(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Paragraph.Kind {
        // Only the line's start matters for debris; never fold a whole long paragraph.
        let head = s.lexKey(a, min(b, a + 40))
        for prefix in Lexicon.debrisLinePrefixes where head.hasPrefix(prefix) {
            // "Comments" must be the whole line, "Also Read; ..." may go on.
            if b - a == prefix.unicodeScalars.count || Lexicon.debrisPrefixMayContinue.contains(prefix) { return .debris }
        }
        let last = s[b - 1]
        let terminal: Set<Unicode.Scalar> = [".", "!", "?", "\u{201D}", "\u{BB}", "\"", ":", ";", ",", "\u{2026}"]
        if terminal.contains(last) { return .body }
        var words = 0
        var inWord = false
        for k in a..<b {
            if s[k].isSpace { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words <= 20 ? .heading : .body
    }
}
