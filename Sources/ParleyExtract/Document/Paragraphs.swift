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
        /// A photo caption: it names people, but its events are the picture's, not the article's.
        case caption
    }
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// True when a blank line (or the end of the text) follows.
    public var followedByBlank: Bool
    public var tokens: Range<Int> = 0..<0
    /// A list item: its marker ("- ", "• ") stood before `start` and is not part of its text.
    public var listItem = false
}

enum Paragraphs {
    typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

    static func split(_ s: [Unicode.Scalar]) -> [Paragraph] {
        // Every scalar is read here at least once: through a buffer, without a bounds check each.
        s.withUnsafeBufferPointer { split($0) }
    }

    private static func split(_ s: Scalars) -> [Paragraph] {
        var out: [Paragraph] = []
        var i = 0
        let n = s.count
        while i < n {
            var j = i
            // (Every scalar above U+000D is neither break: one compare for almost all of them.)
            while j < n && (s[j].value > 0x0D || s[j] != "\n" && s[j] != "\r") { j += 1 }
            var a = i, b = j
            while a < b && s[a].isSpace { a += 1 }
            while b > a && s[b - 1].isSpace { b -= 1 }
            // "- "Putin responded positively," Ushakov said.": a list item's marker is not part of its text.
            let listItem = b - a > 2 && isListMarker(s[a]) && s[a + 1].isSpace
            if listItem {
                a += 1
                while a < b && s[a].isSpace { a += 1 }
            }
            a = afterKicker(s, a, b)
            if a < b {
                out.append(Paragraph(start: a, end: b, kind: classify(s, a, b), followedByBlank: false))
                out[out.count - 1].listItem = listItem
            }
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

    /// "Between the lines: A senior official said ...", "Why it matters: The call ...": a short section label
    /// (two to four words, only the first capitalised) before a colon and a capitalised sentence is skipped.
    private static func afterKicker(_ s: Scalars, _ a: Int, _ b: Int) -> Int {
        // ASCII letters only, compared by value: this runs on every line, and labels are plain words.
        let isUpper = { (c: Unicode.Scalar) in c.value >= 0x41 && c.value <= 0x5A }
        guard a < b, isUpper(s[a]) else { return a }
        var words = 1
        var k = a + 1
        while k < min(b, a + 40) {
            let c = s[k]
            if c == ":" {
                guard words >= 2, k + 2 < b, s[k + 1].isSpace, isUpper(s[k + 2]) || s[k + 2] == "\"" || s[k + 2] == "\u{201C}" else { return a }
                // ("He added: "We need ..."", "Zelenskyy told reporters: ...": an attribution, not a label.)
                return saysSomething(s, a, k) ? a : k + 2
            }
            if c.isSpace {
                words += 1
                guard words <= 4, k + 1 < b, !isUpper(s[k + 1]) else { return a }
            } else if !(c.value >= 0x61 && c.value <= 0x7A || c == "'" || c == "\u{2019}") { return a }
            k += 1
        }
        return a
    }

    /// Whether a word of `s[a..<b]` is a verb of saying.
    private static func saysSomething(_ s: Scalars, _ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b {
            var e = k
            while e < b, !s[e].isSpace { e += 1 }
            if e > k, Lexicon.sayingVerbs.contains(String(String.UnicodeScalarView(s[k..<e])).lowercased()) { return true }
            k = e + 1
        }
        return false
    }

    /// "-", "•", "*", "·", "▪": compared by value, as every line's first scalar is asked.
    private static func isListMarker(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2D, 0x2022, 0x2A, 0xB7, 0x25AA: return true
        default: return false
        }
    }

    static func classify(_ s: Scalars, _ a: Int, _ b: Int) -> Paragraph.Kind {
        if isDebrisLine(s, a, b) { return .debris }
        if isCaption(s, a, b) { return .caption }
        switch s[b - 1] {
        case ".", "!", "?", ":", ";", ",", "\u{2026}": return .body
        // (A headline may end on a quotation: 'Work on security guarantees begins "right away"'.)
        case "\u{201D}", "\u{BB}", "\"", "\u{2019}", "'": if b - 2 < a || !s[b - 2].properties.isAlphabetic { return .body }
        default: break
        }
        var words = 0
        var inWord = false
        for k in a..<b {
            if s[k].isSpace { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words <= 20 ? .heading : .body
    }

    private static let nonASCIIInitials: [Unicode.Scalar] =
        Lexicon.debrisLinePrefixes.compactMap { $0.unicodeScalars.first }.filter { $0.value >= 0x80 }

    /// A debris prefix with what each line asks of it read once: its bytes, its length in scalars, and whether
    /// more may follow it on the line.
    private struct DebrisPrefix {
        let text: String
        let bytes: [UInt8]
        let scalarCount: Int
        let mayContinue: Bool

        init(_ text: String) {
            self.text = text
            bytes = Array(text.utf8)
            scalarCount = text.unicodeScalars.count
            mayContinue = Lexicon.debrisPrefixMayContinue.contains(text)
        }
    }

    private static let debrisPrefixes: [DebrisPrefix] = Lexicon.debrisLinePrefixes.map(DebrisPrefix.init)

    /// The debris prefixes by their lower-case ASCII first byte: a line that starts with an ASCII
    /// letter can only start a prefix with the same first byte.
    private static let prefixesByInitial: [[DebrisPrefix]] = {
        var out = Array(repeating: [DebrisPrefix](), count: 128)
        for prefix in debrisPrefixes { if let b = prefix.bytes.first, b < 0x80 { out[Int(b)].append(prefix) } }
        return out
    }()

    static func isDebrisLine(_ s: Scalars, _ a: Int, _ b: Int) -> Bool {
        // "(Reporting by ...; Editing by ...)": a wire credit in brackets.
        if b - a > 1, s[a] == "(" || s[a] == "[" { return isDebrisLine(s, a + 1, b) }
        if isContributorLine(s, a, b, endings: contributorEndings) { return true }
        // Only the line's start matters for debris; never fold a whole long paragraph.
        let end = min(b, a + 48)
        // A caseless non-ASCII first scalar (an opening quotation mark) starts only a prefix that starts with it.
        let first = s[a]
        if first.value >= 0x80, !first.properties.changesWhenLowercased, !nonASCIIInitials.contains(first) { return false }
        // An ASCII first letter that starts no prefix rules the line out at once (most lines);
        // other prefixes fail `quickStarts` on their first byte, so only its own initial's are tried.
        var candidates = debrisPrefixes
        if first.value < 0x80 {
            var v = first.value
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            candidates = prefixesByInitial[Int(v)]
            if candidates.isEmpty { return false }
        }
        var head: String? = nil
        for prefix in candidates {
            var starts = quickStarts(s, a, end, with: prefix.bytes)
            if starts == nil {
                if head == nil { head = s.lexKey(a, end) }
                starts = head!.hasPrefix(prefix.text)
            }
            // "Comments" must be the whole line, "Also Read; ..." may go on.
            if starts!, b - a == prefix.scalarCount || prefix.mayContinue {
                // ("Source: Rustem Umerov, Secretary of the National Security and Defence Council ..., at a briefing": a
                // labelled paragraph that names who spoke, not a credit, which is a few words.)
                return !(prefix.text == "source:" && b - a > 80)
            }
        }
        return false
    }

    /// "Associated Press writer Jane Doe in Moscow contributed to this report.": a short line
    /// whose end credits reporters.
    private static func isContributorLine(_ s: Scalars, _ a: Int, _ b: Int, endings: Endings, within: Int = 40) -> Bool {
        guard b - a < 240, b - a > 30 else { return false }
        // Compared on scalars: Foundation's substring search was a tenth of all extraction work.
        // Each place in the tail is tried only when its lower-cased scalar starts some ending.
        let tail = max(a, b - within)
        for start in tail..<b where endings.mayStart(with: s[start]) {
            for e in endings.scalars where b - start >= e.count && matchesLowered(s, at: start, e) { return true }
        }
        return false
    }

    /// Endings as scalar values, and which lower-cased ASCII scalars start one.
    struct Endings {
        let scalars: [[UInt32]]
        private var firsts: (UInt64, UInt64) = (0, 0)
        /// An empty ending, or one that starts with a non-ASCII scalar, turns the first-scalar test off.
        private var anyStart = false

        init(_ words: [String]) {
            scalars = words.map { $0.unicodeScalars.map(\.value) }
            for e in scalars {
                guard let v = e.first else { anyStart = true; continue }
                if v >= 0x80 { anyStart = true } else if v < 64 { firsts.0 |= 1 << UInt64(v) } else { firsts.1 |= 1 << UInt64(v - 64) }
            }
        }

        /// False only when no ending starts with `c` lower-cased as `matchesLowered` does.
        func mayStart(with c: Unicode.Scalar) -> Bool {
            if anyStart { return true }
            var v = c.value
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            if v >= 0x80 { return false }
            return v < 64 ? firsts.0 & (1 << UInt64(v)) != 0 : firsts.1 & (1 << UInt64(v - 64)) != 0
        }
    }

    /// "Marco Rubio, second left, and Sergei Lavrov ... Photograph: Pool/AFP/Getty Images", "Russian negotiator
    /// Vladimir Medinskiy (center) arrives for talks ...": a photo caption, by its credit or a person's place in the picture.
    static func isCaption(_ s: Scalars, _ a: Int, _ b: Int) -> Bool {
        if hasPositionMark(s, a, min(b, a + 160)) { return true }
        // (A line that ends a sentence is text, not a caption credit: most lines stop here.)
        return !endsSentence(s[b - 1]) && isContributorLine(s, a, b, endings: captionEndings, within: 60)
    }

    /// ". ! ? ” \"", compared by value.
    private static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x201D, 0x22: return true
        default: return false
        }
    }

    /// "(center)", "(left)", "(second right)": where a person stands in a photograph.
    private static func hasPositionMark(_ s: Scalars, _ a: Int, _ b: Int) -> Bool {
        var k = a
        while let open = firstOpeningBracket(s, k, b) {
            var e = open + 1
            while e < b, e - open <= 14, s[e] != ")" { e += 1 }
            if e < b, s[e] == ")", Lexicon.photoPositions.contains(s.lexKey(open + 1, e)) { return true }
            k = open + 1
        }
        return false
    }

    /// Where the next "(" is in `s[k..<b]`: a loop of its own, so most lines cost a compare per scalar.
    @inline(never)
    private static func firstOpeningBracket(_ s: Scalars, _ k: Int, _ b: Int) -> Int? {
        var k = k
        while k < b {
            if s[k].value == 0x28 { return k }
            k += 1
        }
        return nil
    }

    /// The contributor endings' and caption credits' scalar values, read once instead of per line.
    private static let contributorEndings = Endings(Lexicon.contributorLineEndings)
    private static let captionEndings = Endings(Lexicon.captionCredits)

    /// Whether `s[start...]` lower-cased (ASCII letters only) starts with `e`.
    private static func matchesLowered(_ s: Scalars, at start: Int, _ e: [UInt32]) -> Bool {
        for k in e.indices {
            var v = s[start + k].value
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            if v != e[k] { return false }
        }
        return true
    }

    /// Whether the lower-cased head `a..<end` starts with `prefix`, decided on bytes when the head's
    /// first scalars are ASCII (one scalar is one character there); nil when only the key can tell.
    private static func quickStarts(_ s: Scalars, _ a: Int, _ end: Int, with p: [UInt8]) -> Bool? {
        guard let p0 = p.first, p0 < 0x80 else { return s[a].value < 0x80 ? false : nil }
        guard s[a].value < 0x80 else { return nil }
        func lower(_ v: UInt32) -> UInt32 { v >= 0x41 && v <= 0x5A ? v + 0x20 : v }
        if lower(s[a].value) != UInt32(p0) { return false }
        // The scalar after the prefix must be ASCII too: a combining mark there would change the last character.
        let checked = min(p.count + 1, end - a)
        for k in a..<(a + checked) where s[k].value >= 0x80 { return nil }
        if p.count > end - a { return false }
        var k = a
        for byte in p {
            if lower(s[k].value) != UInt32(byte) { return false }
            k += 1
        }
        return true
    }
}
