/// One word, number or punctuation mark with its code-point range.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punct, possessive }
    // Stored widest first, the one-byte fields last: every rule copies tokens, and this keeps one in 88 bytes (104 with an optional quote first).
    public var start: Int
    public var end: Int
    public var text: String
    /// Lowercased, apostrophes unified: the form lexicons are keyed by.
    public var lower: String
    public var paragraph: Int = 0
    public var sentence: Int = 0
    /// `quote`, with -1 for none: an optional Int would take two words.
    private var quoteIndex: Int = -1
    /// Lexicon classes of `lower`, looked up once.
    public var classes: LexClass = []
    /// A punctuation token's one scalar (punctuation is always one), so marks compare without Strings.
    var mark: Unicode.Scalar = "\0"
    public var kind: Kind
    /// Letter-case shape, read once from the scalars: rules ask it for almost every token.
    /// A token's text has `end - start` scalars, and a word is capitalised when its first is upper case.
    var shape: Shape = []

    init(kind: Kind, start: Int, end: Int, text: String, lower: String) {
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.kind = kind
    }

    /// Index into `Document.quotes` of the quotation that contains this token, if any.
    public var quote: Int? {
        get { quoteIndex >= 0 ? quoteIndex : nil }
        set { quoteIndex = newValue ?? -1 }
    }

    struct Shape: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let capitalized = Shape(rawValue: 1)
        static let allCaps = Shape(rawValue: 2)
        static let ascii = Shape(rawValue: 4)
    }

    func `is`(_ c: LexClass) -> Bool { !classes.isDisjoint(with: c) }

    /// Whether this is the punctuation mark `mark`; only marks get as far as comparing text.
    @_disfavoredOverload
    func isMark(_ mark: String) -> Bool { kind == .punct && text == mark }

    /// `isMark` for a literal mark: a scalar comparison (a punctuation token is one scalar).
    func isMark(_ mark: Unicode.Scalar) -> Bool { kind == .punct && self.mark == mark }

    /// A hyphen or any dash standing alone: what ends a dateline ("ISTANBUL, June 2 (Reuters) -", "KYIV —").
    var isDashMark: Bool { kind == .punct && (mark == "-" || mark.isDash) }

    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { shape.contains(.capitalized) }
    /// "RIA", "NATO", "U.S." — all letters upper case.
    public var isAllCaps: Bool { shape.contains(.allCaps) }
}

enum Tokenizer {
    /// Splits `scalars[range]` into tokens. Words keep internal apostrophes ("don’t") and
    /// initialisms keep their dots ("U.S."); a final "’s" is its own `.possessive` token;
    /// hyphens are separate marks so "50-day" and "Zelensky-Putin" split.
    static func tokens(_ s: [Unicode.Scalar], from lo: Int, to hi: Int, into out: inout [Token]) {
        let table = Lexicon.asciiClasses
        let marks = oneCharacter
        s.withUnsafeBufferPointer { p in
            scan(p, from: lo, to: hi) { a, b, kind, facts in out.append(make(s, p, a, b, kind, facts, table, marks)) }
        }
    }

    /// The tokens `Document(text)` would have, for a text on one line (a role phrase): one
    /// paragraph, whose trimmed spaces no token reads. Nil when the text has a line break.
    static func tokens(ofLine text: String) -> [Token]? {
        let s = text.scalarArray
        if s.contains(where: { $0 == "\n" || $0 == "\r" }) { return nil }
        var out: [Token] = []
        tokens(s, from: 0, to: s.count, into: &out)
        return out
    }

    /// The lexicon keys of the words, numbers and hyphens in `s`: what topic matching reads,
    /// without building whole tokens.
    static func wordKeys(_ s: [Unicode.Scalar]) -> [String] {
        let table = Lexicon.asciiClasses
        var out: [String] = []
        s.withUnsafeBufferPointer { p in
            scan(p, from: 0, to: s.count) { a, b, kind, _ in
                switch kind {
                case .word, .number: out.append(lowerForm(s, p, a, b, table))
                case .punct: if p[a] == "-" { out.append("-") }
                case .possessive: break
                }
            }
        }
        return out
    }

    /// Where `wordKeys(s)` would take each key from, for ASCII `s`: there a key is the lower-cased
    /// scalars of its range, so topics can compare bytes instead of making Strings.
    static func asciiWordRanges(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        s.withUnsafeBufferPointer { p in
            scan(p, from: 0, to: s.count) { a, b, kind, _ in
                switch kind {
                case .word, .number: out.append(a..<b)
                case .punct: if p[a] == "-" { out.append(a..<b) }
                case .possessive: break
                }
            }
        }
        return out
    }

    /// Where each token starts and ends, and its kind; for a word read letter by letter, its `WordFacts`
    /// too, gathered while it was read (other tokens leave them to `make`).
    @inline(__always)
    private static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, from lo: Int, to hi: Int,
                             _ emit: (Int, Int, Token.Kind, WordFacts?) -> Void) {
        var i = lo
        while i < hi {
            let c = s[i]
            if c.isSpace { i += 1; continue }
            if c.isDigit {
                var j = i + 1
                while j < hi {
                    if s[j].isDigit { j += 1; continue }
                    if (s[j] == "," || s[j] == ".") && j + 1 < hi && s[j + 1].isDigit { j += 2; continue }
                    break
                }
                // "1st", "2min": digits glued to letters are not quantities.
                var kind = Token.Kind.number
                while j < hi && s[j].isLetter { j += 1; kind = .word }
                emit(i, j, kind, nil)
                i = j
                continue
            }
            if c.isLetter {
                // Initialism: single letters each followed by a dot ("U.S.", "U.K.", "J."). Only an
                // upper-case letter with a dot after it can start one, so most words skip the call.
                if i + 1 < hi, s[i + 1] == ".", c.isUpper, let j = initialismEnd(s, i, hi) {
                    emit(i, j, .word, nil)
                    i = j
                    continue
                }
                var facts = WordFacts()
                facts.add(c)
                var j = i + 1
                while j < hi {
                    if s[j].isLetter || s[j].isDigit || s[j].value >= 0x300 && s[j].properties.generalCategory == .nonspacingMark {
                        facts.add(s[j])
                        j += 1
                        continue
                    }
                    if s[j].isApostrophe && j + 1 < hi && s[j + 1].isLetter {
                        // "’s" at the end of a word is a possessive marker, not part of the word.
                        let sEnd = j + 2
                        if (s[j + 1] == "s" || s[j + 1] == "S") && (sEnd >= hi || !s[sEnd].isLetter) {
                            break
                        }
                        facts.add(s[j])
                        facts.add(s[j + 1])
                        j += 2
                        continue
                    }
                    break
                }
                emit(i, j, .word, facts)
                if j + 1 < hi, s[j].isApostrophe, s[j + 1] == "s" || s[j + 1] == "S", j + 2 >= hi || !s[j + 2].isLetter {
                    emit(j, j + 2, .possessive, nil)
                    j += 2
                }
                i = j
                continue
            }
            emit(i, i + 1, .punct, nil)
            i += 1
        }
    }

    private static func initialismEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ hi: Int) -> Int? {
        var j = i
        var letters = 0
        while j + 1 < hi, s[j].isLetter, s[j].isUpper, s[j + 1] == "." {
            if j + 2 < hi, s[j + 2].isLetter, j + 3 < hi, s[j + 3].isLetter { break }
            letters += 1
            j += 2
        }
        if letters >= 2, j >= hi || !s[j].isLetter { return j }
        return nil
    }

    /// `s` and `p` are the same scalars: an array for the rare non-ASCII token's String helpers, and a
    /// buffer for the byte loops every other token runs, which then check no bounds.
    @inline(__always)
    private static func make(_ s: [Unicode.Scalar], _ p: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
                             _ kind: Token.Kind, _ known: WordFacts?, _ table: LexClassTable, _ marks: [String]) -> Token {
        if kind == .punct {
            // A mark is one scalar; an ASCII one shares a String made once and belongs to no lexicon.
            let c = p[a]
            guard c.value < 0x80 else { return nonASCII(s, a, b, kind) }
            let text = marks[Int(c.value)]
            var t = Token(kind: kind, start: a, end: b, text: text, lower: text)
            t.shape = .ascii
            t.mark = c
            return t
        }
        let facts = known ?? WordFacts(p, a, b)
        guard facts.isASCII else { return nonASCII(s, a, b, kind) }
        var t = asciiToken(p, a, b, kind, table, facts)
        t.shape = .ascii
        if kind == .word {
            if facts.hasUpper && p[a].isUpper { t.shape.insert(.capitalized) }
            if b - a > 1 && !facts.hasLower { t.shape.insert(.allCaps) }
        }
        return t
    }

    /// A token with a non-ASCII scalar: out of line, so the common ASCII path stays small.
    @inline(never)
    private static func nonASCII(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ kind: Token.Kind) -> Token {
        var t: Token
        if let (text, lower) = caselessMark(s, a, b, kind) {
            t = Token(kind: kind, start: a, end: b, text: text, lower: lower)
        } else {
            let text = s.text(a, b)
            let lower = text.lexKey
            t = Token(kind: kind, start: a, end: b, text: text, lower: lower)
            if kind != .punct, let c = Lexicon.classes[lower] { t.classes = c }
            if kind == .word {
                if s[a].isUpper { t.shape.insert(.capitalized) }
                if b - a > 1 && !s[a..<b].contains(where: { $0.isLower }) { t.shape.insert(.allCaps) }
            }
        }
        if kind == .punct { t.mark = markScalar(s[a]) }
        return t
    }

    /// An ASCII word, number or possessive. Its lower-case form is the lexicon's own key when it has one, and its
    /// text is that same string when nothing is upper case: most tokens need no String of their own.
    private static func asciiToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ kind: Token.Kind,
                                   _ table: LexClassTable, _ facts: WordFacts) -> Token {
        let hasUpper = facts.hasUpper
        if let (key, capitalized, classes) = table.entry(s, a, b, packed: facts.packed) {
            // Only the first letter upper case ("The"): the text is the key's capitalised form.
            let text = !hasUpper ? key : !facts.upperAfterFirst ? capitalized : asciiString(s, a, b, lowercase: false)
            var t = Token(kind: kind, start: a, end: b, text: text, lower: key)
            t.classes = classes
            return t
        }
        let text = asciiString(s, a, b, lowercase: false)
        return Token(kind: kind, start: a, end: b, text: text, lower: hasUpper ? asciiString(s, a, b, lowercase: true) : text)
    }

    /// `make(s, a, b, kind).lower` for a word or number, without the rest of the token.
    private static func lowerForm(_ s: [Unicode.Scalar], _ p: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
                                  _ table: LexClassTable) -> String {
        var packed = WordKey()
        var hasUpper = false
        for k in a..<b {
            var v = p[k].value
            if v >= 0x80 { return s.lexKey(a, b) }
            if v >= 0x41 && v <= 0x5A { hasUpper = true; v += 0x20 }
            packed.add(UInt8(v))
        }
        if let (key, _, _) = table.entry(p, a, b, packed: packed) { return key }
        return asciiString(p, a, b, lowercase: hasUpper)
    }

    /// The mark a punctuation scalar is as a String: the Greek question mark U+037E is canonically
    /// a semicolon, as String equality (what `isMark` compared before) treats it.
    private static func markScalar(_ c: Unicode.Scalar) -> Unicode.Scalar { c.value == 0x37E ? ";" : c }

    /// Every ASCII character as a String, made once: punctuation tokens share them.
    private static let oneCharacter: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    private static func asciiString(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, lowercase: Bool) -> String {
        String(unsafeUninitializedCapacity: b - a) { buffer in
            let out = buffer.baseAddress.unsafelyUnwrapped
            if lowercase {
                for k in a..<b {
                    let byte = UInt8(truncatingIfNeeded: s[k].value)
                    out[k - a] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
            } else {
                for k in a..<b { out[k - a] = UInt8(truncatingIfNeeded: s[k].value) }
            }
            return b - a
        }
    }

    /// Text and lexicon key of the common non-ASCII tokens — one quotation mark or dash, and the
    /// possessive "’s" — without the general lower-casing path. They belong to no lexicon and have no case.
    private static func caselessMark(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ kind: Token.Kind) -> (String, String)? {
        let c = s[a]
        if kind == .punct, b - a == 1, !c.properties.changesWhenLowercased {
            let text = String(c)
            return (text, c.value == 0x2019 ? "'" : text)
        }
        if kind == .possessive, b - a == 2, c.value == 0x2019 {
            return s[a + 1] == "s" ? ("\u{2019}s", "'s") : ("\u{2019}S", "'s")
        }
        return nil
    }
}

/// What the tokenizer learns of an ASCII word while reading it: its lower-case bytes packed for the
/// lexicon, and its letter case. `isASCII` is false once a scalar from 0x80 up is added; then the rest is moot.
struct WordFacts {
    private(set) var packed = WordKey()
    private(set) var hasUpper = false
    private(set) var hasLower = false
    /// An upper-case letter after the first scalar ("McFaul", "NATO"): the text is not the key capitalised.
    private(set) var upperAfterFirst = false
    private(set) var isASCII = true

    init() {}

    /// The facts of `s[a..<b]`, read in one pass.
    init(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) {
        for k in a..<b {
            add(s[k])
            if !isASCII { return }
        }
    }

    @inline(__always)
    mutating func add(_ c: Unicode.Scalar) {
        var v = c.value
        if v >= 0x80 { isASCII = false; return }
        if v &- 0x41 < 26 {
            upperAfterFirst = upperAfterFirst || packed.count > 0
            hasUpper = true
            v |= 0x20
        } else if v &- 0x61 < 26 {
            hasLower = true
        }
        packed.add(UInt8(truncatingIfNeeded: v))
    }
}
