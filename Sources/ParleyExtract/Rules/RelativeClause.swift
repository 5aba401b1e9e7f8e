/// A relative clause set off on a person: "Umerov, who also headed it at the first round on May 16, ...". What it
/// tells is of that person, not of the main clause's subject.
enum RelativeClause {
    /// The person a ", who" clause holding token `k` is about: within twelve words back with no comma or quote between,
    /// and set off after the person's name or after an apposition to it ("Umerov, Ukraine's defence secretary, who ...",
    /// "Medinsky, the Kremlin aide who ...").
    static func owner(holding k: Int, _ s: Sentence, _ t: [Token], _ people: PeopleIndex) -> Int? {
        var j = k - 1
        while j > s.tokens.lowerBound, k - j <= 12, !t[j].isMark(","), t[j].quote == nil {
            if t[j].end - t[j].start == 3, t[j].lower == "who" {
                if t[j - 1].isMark(",") { return person(before: j - 1, s, t, people) }
                // ("Vladimir Medinsky, the history-minded Kremlin aide who led its team": a "who" closing the apposition.)
                // ("Medinsky, an aide to Russian President Vladimir Putin who headed ...": or a name closing it.)
                // ("Medinsky - a former culture minister and amateur historian who led ...": any description set off by an article.)
                if t[j - 1].is(.roleNoun) || people.personAt[j - 1] != nil || t[j - 1].isWord && !t[j - 1].isCapitalized,
                   // ("Medinsky - a former culture minister and amateur historian who led ...": or a dash.)
                   let open = (max(s.tokens.lowerBound, j - 9)..<j).last(where: { t[$0].isMark(",") || t[$0].isDashMark && $0 > 0 && t[$0].start > t[$0 - 1].end }),
                   t[open + 1].is(.article), open > s.tokens.lowerBound, let p = people.personAt[open - 1] { return p }
            }
            j -= 1
        }
        return nil
    }

    /// The person named right before the comma at `c`, or before the comma opening an apposition that ends there.
    private static func person(before c: Int, _ s: Sentence, _ t: [Token], _ people: PeopleIndex) -> Int? {
        guard c > s.tokens.lowerBound else { return nil }
        if let p = people.personAt[c - 1] { return p }
        guard let open = (max(s.tokens.lowerBound, c - 10)..<c).last(where: { t[$0].isMark(",") }), open > s.tokens.lowerBound else { return nil }
        return people.personAt[open - 1]
    }
}
