/// One word, number or punctuation mark with its code-point range.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punct, possessive }
    public var kind: Kind
    public var start: Int
    public var end: Int
    public var text: String
    /// Lowercased, apostrophes unified: the form lexicons are keyed by.
    public var lower: String
    public var paragraph: Int = 0
    public var sentence: Int = 0
    /// Index into `Document.quotes` of the quotation that contains this token, if any.
    public var quote: Int? = nil
    /// Lexicon classes of `lower`, looked up once.
    public var classes: LexClass = []

    func `is`(_ c: LexClass) -> Bool { !classes.isDisjoint(with: c) }

    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { kind == .word && (text.unicodeScalars.first?.isUpper ?? false) }
    /// "RIA", "NATO", "U.S." — all letters upper case.
    public var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.count > 1 && !text.unicodeScalars.contains { $0.isLower }
    }
}

enum Tokenizer {
    /// Splits `scalars[range]` into tokens. Words keep internal apostrophes ("don’t") and
    /// initialisms keep their dots ("U.S."); a final "’s" is its own `.possessive` token;
    /// hyphens are separate marks so "50-day" and "Zelensky-Putin" split.
    static func tokens(_ s: [Unicode.Scalar], from lo: Int, to hi: Int, into out: inout [Token]) {
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
                out.append(make(s, i, j, kind))
                i = j
                continue
            }
            if c.isLetter {
                // Initialism: single letters each followed by a dot ("U.S.", "U.K.", "J.").
                if let j = initialismEnd(s, i, hi) {
                    out.append(make(s, i, j, .word))
                    i = j
                    continue
                }
                var j = i + 1
                while j < hi {
                    if s[j].isLetter || s[j].isDigit || s[j].value >= 0x300 && s[j].properties.generalCategory == .nonspacingMark { j += 1; continue }
                    if s[j].isApostrophe && j + 1 < hi && s[j + 1].isLetter {
                        // "’s" at the end of a word is a possessive marker, not part of the word.
                        let sEnd = j + 2
                        if (s[j + 1] == "s" || s[j + 1] == "S") && (sEnd >= hi || !s[sEnd].isLetter) {
                            break
                        }
                        j += 2
                        continue
                    }
                    break
                }
                out.append(make(s, i, j, .word))
                if j + 1 < hi, s[j].isApostrophe, s[j + 1] == "s" || s[j + 1] == "S", j + 2 >= hi || !s[j + 2].isLetter {
                    out.append(make(s, j, j + 2, .possessive))
                    j += 2
                }
                i = j
                continue
            }
            out.append(make(s, i, i + 1, .punct))
            i += 1
        }
    }

    private static func initialismEnd(_ s: [Unicode.Scalar], _ i: Int, _ hi: Int) -> Int? {
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

    private static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ kind: Token.Kind) -> Token {
        let lower = s.lexKey(a, b)
        var t = Token(kind: kind, start: a, end: b, text: s.text(a, b), lower: lower)
        if kind != .punct, let c = Lexicon.classes[lower] { t.classes = c }
        return t
    }
}
