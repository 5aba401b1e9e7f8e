/// Numbers about the talks: a value (or range) with a unit, a topic from nearby words,
/// a qualifier before it and a per-side marker after it.
enum FigureRules {
    static func find(_ doc: Document) -> [Figure] {
        var out: [Figure] = []
        var seen: Set<String> = []
        for s in doc.sentences where doc.paragraphs[s.paragraph].kind != .debris {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                // Figures start at a number (the first test `number` makes); skip the rest cheaply.
                guard doc.tokens[i].kind == .number || doc.tokens[i].is(.numberWord) else { i += 1; continue }
                if let (figure, next) = figure(doc, at: i, in: s) {
                    let key = "\(figure.topic)|\(figure.value)"
                    if seen.insert(key).inserted { out.append(figure) }
                    i = next
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// A number at token `i`: digits ("1,000"), a number word ("three"), with a scale ("1.2 million").
    static func number(_ doc: Document, at i: Int, end: Int) -> (Double, Int)? {
        // Checked in place before the token is copied: most tokens are not numbers.
        guard doc.tokens[i].kind == .number || doc.tokens[i].is(.numberWord) else { return nil }
        let t = doc.tokens[i]
        var value: Double
        if t.kind == .number {
            // Number tokens are ASCII digits, dots and commas.
            guard let v = Double(String(decoding: t.text.utf8.filter { $0 != 0x2C }, as: UTF8.self)) else { return nil }
            value = v
        } else if let v = Lexicon.numberWords[t.lower] {
            value = v
        } else {
            return nil
        }
        var j = i + 1
        // Thousands set off by a space ("1 000", "12 500"): a group of one to three digits, then
        // groups of exactly three, one space apart.
        if t.kind == .number, t.text.unicodeScalars.allSatisfy(\.isDigit), (1...3).contains(t.end - t.start) {
            while j < end, doc.tokens[j].kind == .number, doc.tokens[j].start == doc.tokens[j - 1].end + 1,
                  doc.tokens[j].end - doc.tokens[j].start == 3, doc.tokens[j].text.unicodeScalars.allSatisfy(\.isDigit),
                  let group = Double(doc.tokens[j].text) {
                value = value * 1000 + group
                j += 1
            }
        }
        if j < end, doc.tokens[j].is(.numberScale), let scale = Lexicon.numberScales[doc.tokens[j].lower] { value *= scale; j += 1 }
        return (value, j)
    }

    static func figure(_ doc: Document, at i: Int, in s: Sentence) -> (Figure, Int)? {
        let t = doc.tokens
        let end = s.tokens.upperBound
        guard let (value, afterNumber) = number(doc, at: i, end: end) else { return nil }
        // Dates and times are not figures.
        if i > s.tokens.lowerBound, t[i - 1].is(.month) || t[i - 1].isMark(":") { return nil }
        if afterNumber < end, t[afterNumber].is(.month) || t[afterNumber].isMark(":") { return nil }
        if DateRules.isYear(t[i]) != nil, !(afterNumber < end && t[afterNumber].is(.unitNoun) && t[afterNumber].lower != "years") { return nil }
        var j = afterNumber
        var valueMax: Double? = nil
        // Ranges: "24 to 48", "24-48", "between 24 and 48".
        if j + 1 < end, ["to", "-", "\u{2013}", "and"].contains(t[j].lower), let (v2, after2) = number(doc, at: j + 1, end: end), v2 > value {
            if t[j].lower != "and" || (i > s.tokens.lowerBound && t[i - 1].lower == "between") {
                valueMax = v2
                j = after2
            }
        }
        // "1,000-for-1,000": the same number each way, so per side.
        var oneForOne = false
        if j + 3 < end, t[j].isMark("-"), t[j + 1].lower == "for", t[j + 2].isMark("-"), let (v2, after2) = number(doc, at: j + 3, end: end), v2 == value {
            oneForOne = true
            j = after2
        }
        // "three and a half years"
        if j + 2 < end, t[j].lower == "and", t[j + 1].lower == "a", t[j + 2].lower == "half" { return nil }
        // Unit: "-day", "fallen soldiers", "prisoners of war".
        if j < end, t[j].isMark("-"), t[j].start == t[j - 1].end { j += 1 }
        var u = j
        while u < end, u - j < 3, t[u].is(.unitModifier) || t[u].is(.demonym) && t[u].isCapitalized { u += 1 }
        var unitWord = u < end && t[u].is(.unitNoun) ? Lexicon.unitNouns[t[u].lower] : nil
        if unitWord == nil, oneForOne, u < end, ["swap", "exchange", "prisoner", "pow"].contains(t[u].lower) { unitWord = "prisoners" }
        guard var unit = unitWord else { return nil }
        var last = u + 1
        if last + 1 < end, t[last].lower == "of", t[last + 1].lower == "war" { last += 2 }
        // Per side.
        var perSide = oneForOne
        for marker in Lexicon.perSideMarkers where last + marker.count <= end {
            if marker.indices.allSatisfy({ t[last + $0].lower == marker[$0] }) { perSide = true; last += marker.count; break }
        }
        // "175 prisoners for 175": one for one, so per side.
        if !perSide, last + 1 < end, t[last].lower == "for", let (v2, after2) = number(doc, at: last + 1, end: end), v2 == value {
            perSide = true
            last = after2
        }
        // Qualifier.
        var first = i
        var qualifier: String? = nil
        for q in Lexicon.qualifiers where i - q.count >= s.tokens.lowerBound {
            if q.indices.allSatisfy({ t[i - q.count + $0].lower == q[$0] }) {
                first = i - q.count
                qualifier = doc.text(tokens: first..<i)
                break
            }
        }
        guard let topic = topic(doc, around: i, unit: unit, in: s) else { return nil }
        if unit == "people" { unit = topic == "remains_return" ? "bodies" : topic == "prisoner_exchange" ? "prisoners" : unit }
        if topic == "remains_return", unit == "prisoners" { unit = "bodies" }
        let span = doc.span(tokens: first..<last)
        return (Figure(topic: topic, value: value, valueMax: valueMax, unit: unit, perSide: perSide, qualifier: qualifier,
                       text: doc.text(span), span: span), last)
    }

    /// The nearest topic word within the sentence (ten words either side) that fits the unit.
    static func topic(_ doc: Document, around i: Int, unit: String, in s: Sentence) -> String? {
        let allowed = Lexicon.durationUnits.contains(unit) ? Lexicon.durationTopics : Lexicon.countTopics
        var best: (Int, String)? = nil
        let lo = max(s.tokens.lowerBound, i - 10), hi = min(s.tokens.upperBound, i + 11)
        for k in lo..<hi {
            guard doc.tokens[k].is(.figureTopicWord), let topic = Lexicon.figureTopicWords[doc.tokens[k].lower], allowed.contains(topic) else { continue }
            let d = abs(k - i)
            if best == nil || d < best!.0 { best = (d, topic) }
        }
        return best?.1
    }
}
