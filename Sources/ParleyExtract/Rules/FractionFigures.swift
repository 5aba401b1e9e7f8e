extension FigureRules {
    /// "three-quarters of the Donetsk region", "half of Zaporizhzhia", "a third of its territory": a share written
    /// as a fraction, in percent. `i` is the fraction's first word; returns the figure and the token after "of".
    static func fraction(_ doc: Document, at i: Int, in s: Sentence) -> (Figure, Int)? {
        let t = doc.tokens
        let end = s.tokens.upperBound
        var count = 1.0
        var k = i
        if t[k].is(.numberWord) || t[k].is(.article) {
            guard t[k].lower != "the" else { return nil }
            if t[k].is(.numberWord), let n = NumberPhrases.read(doc, at: k, in: s), n.next == k + 1 { count = n.value }
            k += 1
            if k < end, t[k].isMark("-") { k += 1 }
        }
        // (Length and first letter before the lookup: "half", "third(s)", "quarter(s)", "fifth(s)", "tenth(s)".)
        guard k + 1 < end, t[k].isWord, t[k].end - t[k].start >= 4, [0x68, 0x74, 0x71, 0x66].contains(doc.scalars[t[k].start].value | 0x20),
              let share = Lexicon.fractionWords[t[k].lower], t[k + 1].lower == "of" else { return nil }
        // ("half" alone, "one half", "three quarters": only a count before a plural, none before "half".)
        guard t[k].lower.hasSuffix("s") == (count > 1) || t[k].lower == "half" && count == 1 else { return nil }
        let value = (count * share * 10).rounded() / 10
        // ("around a fifth of Ukraine": a share of a state is of its territory.)
        let ofState = k + 2 < end && t[k + 2].is(.statePlace) && t[k + 2].isCapitalized
        guard value > 0, value < 100, let topic = topic(doc, around: i, unit: "percent", in: s, nounAfter: k + 2) ?? (ofState ? "territory" : nil)
        else { return nil }
        let span = doc.span(tokens: i..<(k + 1))
        return (Figure(topic: topic, value: value, unit: "percent", text: doc.text(span), span: span), k + 2)
    }
}
