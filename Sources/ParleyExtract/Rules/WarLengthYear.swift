extension MetadataRules {
    /// The year an undated article is written in, told by how long the war it reports has lasted from the start it
    /// names: "the invasion that began in February 2022" and "after three and a half years of conflict" make August
    /// 2025, so 2025. Nil unless the text gives both, outside quotations.
    static func yearByWarLength(_ doc: Document) -> Int? {
        // (The length first: it is rare, and the start is looked for only then.)
        guard let months = warLengthInMonths(doc), let start = warStart(doc) else { return nil }
        return start.year + (start.month - 1 + months) / 12
    }

    /// "began in February 2022", "launched in 2022": the first start the text tells (January for a year alone).
    private static func warStart(_ doc: Document) -> (year: Int, month: Int)? {
        let t = doc.tokens
        for k in t.indices where t[k].quote == nil && pastStarts.contains(t[k].lower) {
            var j = k + 1
            // ("began on 24 February 2022", "launched its invasion in February 2022": a few words on at most.)
            while j < min(k + 5, t.count), DateRules.isYear(t, at: j) == nil { j += 1 }
            guard let year = DateRules.isYear(t, at: j), (k + 1..<j).contains(where: { t[$0].lower == "in" || t[$0].lower == "on" })
            else { continue }
            let month = (k + 1..<j).lazy.compactMap { Lexicon.months[t[$0].lower] }.first ?? 1
            return (year, month)
        }
        return nil
    }

    /// "three and a half years of conflict", "more than three years of war", "four years of the full-scale war":
    /// the length in months (a half year is six).
    private static func warLengthInMonths(_ doc: Document) -> Int? {
        let t = doc.tokens
        for k in t.indices where (t[k].end - t[k].start == 5 || t[k].end - t[k].start == 4) && t[k].quote == nil
                && (t[k].lower == "years" || t[k].lower == "year") {
            let half = k >= 4 && t[k - 3].lower == "and" && t[k - 2].lower == "a" && t[k - 1].lower == "half"
            let n = half ? k - 4 : k - 1
            guard n >= 0, let count = Lexicon.numberWords[t[n].lower] ?? Double(t[n].text), count >= 1, count < 30 else { continue }
            var j = k + 1
            guard j < t.count, t[j].lower == "of" || t[j].lower == "into" else { continue }
            j += 1
            // ("of the full-scale war", "of Russia's invasion": a few words before the war's noun.)
            while j < min(k + 6, t.count), t[j].isWord, !warNouns.contains(t[j].lower) { j += 1 }
            guard j < t.count, warNouns.contains(t[j].lower) else { continue }
            return Int(count) * 12 + (half ? 6 : 0)
        }
        return nil
    }

    private static let warNouns: WordSet = ["war", "conflict", "fighting", "invasion", "hostilities"]
}
