/// A number as written, read before its unit is known.
struct NumberPhrase {
    var value: Double
    /// The value with a lone dot before exactly three digits ("1.200") read as a thousands separator;
    /// nil when the digits are not ambiguous. The figure decides once it knows the unit.
    var grouped: Double? = nil
    /// The first token of the phrase ("a" in "a hundred") and the token after it.
    var first: Int
    var next: Int

    /// The larger reading, for comparing the ends of a range before the unit is known.
    var largest: Double { grouped ?? value }

    /// The value the figure reports. A count of whole things (prisoners, bodies, people) cannot be
    /// a fraction, and a text that writes "1.000.000" groups its thousands with dots; otherwise the
    /// English reading stands ("2.300 km" is 2.3).
    func resolved(wholeThings: Bool, dotsGroupThousands: Bool) -> Double {
        guard let grouped, wholeThings || dotsGroupThousands else { return value }
        return grouped
    }
}

/// Numbers in digits ("1,200", "1.5 million", "12 500") and in words ("twenty-five",
/// "two hundred and fifty", "three hundred thousand", "a dozen", "half a million").
enum NumberPhrases {
    static func read(_ doc: Document, at i: Int, in s: Sentence) -> NumberPhrase? {
        let t = doc.tokens[i]
        if t.kind == .number { return digits(doc, at: i, end: s.tokens.upperBound) }
        if let hour = anHour(doc, at: i, in: s) { return hour }
        guard t.is(.numberWord) || t.is(.numberScale) else { return nil }
        return words(doc, at: i, in: s)
    }

    /// "an hour", "an hour and a half": the one unit English counts with the article alone in
    /// reports of how long talks or calls lasted.
    static func anHour(_ doc: Document, at i: Int, in s: Sentence) -> NumberPhrase? {
        let t = doc.tokens
        let end = s.tokens.upperBound
        guard t[i].lower == "an", i + 1 < end, t[i + 1].lower == "hour" else { return nil }
        if i + 4 < end, t[i + 2].lower == "and", t[i + 3].lower == "a", t[i + 4].lower == "half" {
            return NumberPhrase(value: 1.5, first: i, next: i + 1)
        }
        return NumberPhrase(value: 1, first: i, next: i + 1)
    }

    // MARK: Digits

    static func digits(_ doc: Document, at i: Int, end: Int) -> NumberPhrase? {
        let tokens = doc.tokens
        guard let reading = DigitGroups.read(tokens[i].text) else { return nil }
        var phrase = NumberPhrase(value: reading.value, grouped: reading.grouped, first: i, next: i + 1)
        // Thousands set off by a space ("1 000", "12 500", also no-break and thin spaces): a group of
        // one to three digits, then groups of exactly three, one space apart.
        if isPlainDigits(tokens[i], upTo: 3) {
            var j = i + 1
            while j < end, tokens[j].kind == .number, tokens[j].start == tokens[j - 1].end + 1,
                  isGroupSpace(doc.scalars[tokens[j - 1].end]), isPlainDigits(tokens[j], upTo: 3), tokens[j].text.utf8.count == 3,
                  let group = Double(tokens[j].text) {
                phrase.value = phrase.value * 1000 + group
                j += 1
            }
            phrase.next = j
        }
        // "1.2 million", "300 thousand": with a scale word the dot is a decimal point.
        if phrase.next < end, tokens[phrase.next].is(.numberScale), let scale = Lexicon.numberScales[tokens[phrase.next].lower] {
            phrase.value *= scale
            phrase.grouped = nil
            phrase.next += 1
        }
        return phrase
    }

    private static func isPlainDigits(_ t: Token, upTo count: Int) -> Bool {
        t.text.utf8.count <= count && t.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A space that can sit inside a number; a tab or line break never does.
    private static func isGroupSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{A0}" || c == "\u{2007}" || c == "\u{2009}" || c == "\u{202F}"
    }

    // MARK: Words

    /// A phrase of number words. A bare scale word is a number only after "a" ("a hundred",
    /// "a dozen", "half a million"); "hundreds" and "dozens" are vague and never read.
    static func words(_ doc: Document, at i: Int, in s: Sentence) -> NumberPhrase? {
        let t = doc.tokens
        let lo = s.tokens.lowerBound, end = s.tokens.upperBound
        var first = i
        var factor = 1.0
        if !isSmall(t[i]) {
            guard i > lo, t[i - 1].lower == "a" else { return nil }
            first = i - 1
            if first > lo, t[first - 1].lower == "half" { first -= 1; factor = 0.5 }
        }
        guard let (value, next) = compound(t, at: factor == 1 ? first : first + 1, end: end) else { return nil }
        return NumberPhrase(value: value * factor, first: first, next: next)
    }

    /// Groups below a thousand, each with its scale, largest first:
    /// "two million three hundred thousand", "one thousand and fifty".
    private static func compound(_ t: [Token], at i: Int, end: Int) -> (Double, Int)? {
        var total = 0.0
        var j = i
        var lastScale = Double.infinity
        while let (group, k) = hundreds(t, at: j, end: end) {
            if k < end, let scale = largeScale(t[k]) {
                // "one thousand five thousand" is two numbers; stop before the second.
                guard scale < lastScale else { break }
                total += group * scale
                lastScale = scale
                j = k + 1
                // "one thousand and fifty"
                if j + 1 < end, t[j].lower == "and", let (rest, after) = belowHundred(t, at: j + 1, end: end),
                   !(after < end && (t[after].lower == "hundred" || largeScale(t[after]) != nil)) {
                    return (total + rest, after)
                }
                continue
            }
            return (total + group, k)
        }
        return j == i ? nil : (total, j)
    }

    /// A group below a thousand: "five", "twenty-five", "two hundred and fifty", "fifteen hundred",
    /// "a hundred", "two dozen".
    private static func hundreds(_ t: [Token], at i: Int, end: Int) -> (Double, Int)? {
        guard i < end else { return nil }
        var value: Double
        var j: Int
        if t[i].lower == "a", i + 1 < end, t[i + 1].lower == "hundred" || t[i + 1].lower == "dozen" || largeScale(t[i + 1]) != nil {
            (value, j) = (1, i + 1)
        } else if let (v, k) = belowHundred(t, at: i, end: end) {
            (value, j) = (v, k)
        } else {
            return nil
        }
        guard j < end else { return (value, j) }
        if t[j].lower == "dozen" { return (value * 12, j + 1) }
        guard t[j].lower == "hundred" else { return (value, j) }
        value *= 100
        j += 1
        // "two hundred and fifty", "two hundred fifty" — but not "between one hundred and two hundred".
        let restAt = j < end && t[j].lower == "and" ? j + 1 : j
        if let (rest, after) = belowHundred(t, at: restAt, end: end), !(after < end && t[after].lower == "hundred") {
            return (value + rest, after)
        }
        return (value, j)
    }

    /// "seven", "fifteen", "forty", "forty-two", "forty two".
    private static func belowHundred(_ t: [Token], at i: Int, end: Int) -> (Double, Int)? {
        guard i < end, isSmall(t[i]), let v = Lexicon.numberWords[t[i].lower] else { return nil }
        guard v >= 20 else { return (v, i + 1) }
        if i + 2 < end, t[i + 1].isHyphen, t[i + 1].start == t[i].end, t[i + 2].start == t[i + 1].end,
           let unit = digitWord(t[i + 2]) {
            return (v + unit, i + 3)
        }
        if i + 1 < end, let unit = digitWord(t[i + 1]) { return (v + unit, i + 2) }
        return (v, i + 1)
    }

    /// A number word below a hundred ("hundred" and "dozen" multiply, they do not count).
    private static func isSmall(_ t: Token) -> Bool {
        t.is(.numberWord) && t.lower != "hundred" && t.lower != "dozen"
    }

    private static func digitWord(_ t: Token) -> Double? {
        guard t.is(.numberWord), let v = Lexicon.numberWords[t.lower], v < 10 else { return nil }
        return v
    }

    private static func largeScale(_ t: Token) -> Double? {
        guard t.is(.numberScale), t.lower != "hundred" else { return nil }
        return Lexicon.numberScales[t.lower]
    }
}

private extension Token {
    var isHyphen: Bool { kind == .punct && text.unicodeScalars.count == 1 && text.unicodeScalars.first!.isHyphen }
}
