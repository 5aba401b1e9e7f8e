/// A sentence: a token range inside one paragraph.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    public var paragraph: Int
    public var span: Span
    /// The lexicon classes of the sentence's words together; all of them for a sentence made by a rule. A part of
    /// a sentence keeps the whole one's, so a class missing here is missing from every part.
    var classes = LexClass.all

    /// Whether a word of class `c` may stand here: when not, a rule that needs one skips its scan.
    func mayHave(_ c: LexClass) -> Bool { !classes.isDisjoint(with: c) }

    // (Equal by where it stands: `classes` follows from that.)
    public static func == (a: Sentence, b: Sentence) -> Bool {
        a.tokens == b.tokens && a.paragraph == b.paragraph && a.span == b.span
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(tokens)
        hasher.combine(paragraph)
        hasher.combine(span)
    }
}

enum SentenceSplitter {
    /// Splits each paragraph's tokens at . ! ? (and any closing marks after them) when the next
    /// token starts a sentence, unless the word before the stop is a known abbreviation or an initial.
    static func split(_ tokens: [Token], _ paragraphs: [Paragraph]) -> [Sentence] {
        var out: [Sentence] = []
        for (p, para) in paragraphs.enumerated() {
            var start = para.tokens.lowerBound
            var i = start
            while i < para.tokens.upperBound {
                if tokens[i].isMark(".") || tokens[i].isMark("!") || tokens[i].isMark("?"),
                   !isAbbreviationStop(tokens, i, start) {
                    var end = i + 1
                    while end < para.tokens.upperBound, isClosingMark(tokens[end]), tokens[end].start == tokens[end - 1].end {
                        end += 1
                    }
                    if end >= para.tokens.upperBound || (startsSentence(tokens[end]) || opensReversed(tokens, end, para))
                        && !attributionFollows(tokens, i, end, para) {
                        out.append(make(tokens, start, end, p))
                        start = end
                        i = end
                        continue
                    }
                }
                i += 1
            }
            if start < para.tokens.upperBound { out.append(make(tokens, start, para.tokens.upperBound, p)) }
        }
        return out
    }

    /// `"Why would they need it?" Zelensky said.`: a question or exclamation in quotation marks
    /// ends where its attribution does, not at its own mark.
    private static func attributionFollows(_ tokens: [Token], _ stop: Int, _ next: Int, _ para: Paragraph) -> Bool {
        guard !tokens[stop].isMark("."), next > stop + 1 else { return false }
        var k = next
        while k < para.tokens.upperBound, k - next <= 6, tokens[k].kind == .word || tokens[k].kind == .possessive {
            if Lexicon.attributingVerbs.contains(tokens[k].lower) { return true }
            k += 1
        }
        return false
    }

    private static func make(_ tokens: [Token], _ a: Int, _ b: Int, _ p: Int) -> Sentence {
        Sentence(tokens: a..<b, paragraph: p, span: Span(tokens[a].start, tokens[b - 1].end))
    }

    private static func isClosingMark(_ t: Token) -> Bool {
        guard t.kind == .punct else { return false }
        switch t.mark {
        // (« glued to the stop closes a German-style quotation: "... calm dialogue.«")
        case "\u{201D}", "\u{BB}", "\u{AB}", "\"", "\u{2019}", "'", ")", "]": return true
        default: return false
        }
    }

    private static func startsSentence(_ t: Token) -> Bool {
        if t.kind == .number { return true }
        if t.kind == .word { return t.isCapitalized }
        guard t.kind == .punct else { return false }
        switch t.mark {
        case "\u{201C}", "\u{AB}", "\"", "\u{2018}", "'", "(", "[": return true
        default: return false
        }
    }

    /// "... diplomacy. »It should include ...«": a » glued to a capitalised word opens a German-style quotation.
    private static func opensReversed(_ tokens: [Token], _ k: Int, _ para: Paragraph) -> Bool {
        guard tokens[k].kind == .punct, tokens[k].mark == "\u{BB}", k + 1 < para.tokens.upperBound else { return false }
        return tokens[k + 1].start == tokens[k].end && (tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized || tokens[k + 1].kind == .number)
    }

    private static func isAbbreviationStop(_ tokens: [Token], _ i: Int, _ start: Int) -> Bool {
        guard tokens[i].isMark("."), i > start else { return false }
        // Read in place: a copy of the token would retain its Strings.
        let p = i - 1
        guard tokens[p].kind == .word, tokens[p].end == tokens[i].start else { return false }
        // An initial ("Sergei V. Lavrov", "said J. R. Smith"), but not a one-letter name after a preposition
        // ("wrote on X. He said", "Plan B").
        if tokens[p].end - tokens[p].start == 1, tokens[p].isCapitalized {
            return !(i - 2 >= start && ["on", "via", "to", "from", "at", "in", "with", "plan", "group"].contains(tokens[i - 2].lower))
        }
        return Lexicon.abbreviations.contains(tokens[p].lower)
    }
}
