/// The article read once: scalars, paragraphs, sentences, tokens and quotations.
/// Every offset is a Unicode code-point offset into the body the document was built from.
public struct Document: Sendable {
    public let scalars: [Unicode.Scalar]
    public let paragraphs: [Paragraph]
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let quotes: [Quote]

    public init(_ body: String) {
        let s = body.scalarArray
        var paragraphs = Paragraphs.split(s)
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        for p in paragraphs.indices {
            let first = tokens.count
            Tokenizer.tokens(s, from: paragraphs[p].start, to: paragraphs[p].end, into: &tokens)
            tokens.withUnsafeMutableBufferPointer { tokens in
                for k in first..<tokens.count { tokens[k].paragraph = p }
            }
            paragraphs[p].tokens = first..<tokens.count
        }
        var sentences = SentenceSplitter.split(tokens, paragraphs)
        let quotes = QuoteFinder.find(s, paragraphs)
        // The sweeps below write into every token: through one mutable buffer, not a uniqueness check per write.
        tokens.withUnsafeMutableBufferPointer { tokens in
            for k in sentences.indices {
                let sentence = sentences[k]
                var classes: LexClass = []
                for t in sentence.tokens {
                    tokens[t].sentence = k
                    // "the United States' support", "President of the United States": a capitalised word inside a
                    // sentence, after a word or comma, is part of a name, not a verb of saying.
                    if tokens[t].classes.contains(.sayingVerb), t > sentence.tokens.lowerBound, tokens[t].isCapitalized,
                       tokens[t - 1].kind != .punct || tokens[t - 1].isMark(",") {
                        tokens[t].classes.remove(.sayingVerb)
                    }
                    if !tokens[t].classes.isDisjoint(with: [.sayingVerb, .callVerb]) {
                        tokens[t].classes.subtract(VerbSenses.notHere(tokens, t, sentenceStart: sentence.tokens.lowerBound))
                    }
                    classes.formUnion(tokens[t].classes)
                }
                sentences[k].classes = classes
            }
            // Mark quoted tokens with one forward sweep (quotes and tokens are both in text order).
            var q = 0
            for t in tokens.indices {
                while q < quotes.count && quotes[q].close <= tokens[t].start { q += 1 }
                if q < quotes.count, tokens[t].start > quotes[q].open, tokens[t].end <= quotes[q].close,
                   tokens[t].start < quotes[q].content.end || tokens[t].end <= quotes[q].content.end {
                    tokens[t].quote = q
                }
            }
        }
        self.scalars = s
        self.paragraphs = paragraphs
        self.tokens = tokens
        self.sentences = sentences
        self.quotes = quotes
    }

    public func text(_ span: Span) -> String { scalars.text(span.start, span.end) }
    public func text(_ a: Int, _ b: Int) -> String { scalars.text(a, b) }

    /// The text of tokens `a..<b`, as written (original spacing kept).
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return scalars.text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    public func span(tokens range: Range<Int>) -> Span {
        guard !range.isEmpty else { return Span(0, 0) }
        return Span(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    public func isFactual(_ sentence: Sentence) -> Bool { paragraphs[sentence.paragraph].kind == .body }

    /// The token of `tokens` (in text order) that starts at code point `offset`, by binary search.
    static func tokenIndex(in tokens: [Token], startingAt offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo].start == offset ? lo : nil
    }

    /// Which tokens of `range` have a class of `c` and stand outside quotations, by position in the range.
    /// Read through the buffer: a loop testing `tokens[i]` in a long rule body copied each token to test it.
    func unquoted(_ c: LexClass, in range: Range<Int>) -> [Bool] {
        tokens.withUnsafeBufferPointer { t in range.map { i in t[i].is(c) && t[i].quote == nil } }
    }
}
