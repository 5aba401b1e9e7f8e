/// A relative clause set off on a person: "Umerov, who also headed it at the first round on May 16, ...". What it
/// tells is of that person, not of the main clause's subject.
enum RelativeClause {
    /// The "who" after a comma that opens a clause holding token `k`: within twelve words back, and with no comma or
    /// quote between.
    static func who(holding k: Int, _ s: Sentence, _ t: [Token]) -> Int? {
        var j = k - 1
        while j > s.tokens.lowerBound, k - j <= 12, !t[j].isMark(","), t[j].quote == nil {
            if t[j].end - t[j].start == 3, t[j].lower == "who", t[j - 1].isMark(",") { return j }
            j -= 1
        }
        return nil
    }
}
