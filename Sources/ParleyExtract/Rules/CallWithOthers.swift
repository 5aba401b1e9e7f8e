/// "Mr Trump spoke to Vladimir Putin by telephone. ... After their talks, Mr Trump and Mr Zelensky joined a video call with
/// European leaders": a call told with an indefinite article, with sides the last call did not have, is another call.
extension MeetingRules {
    func callWithOthers(_ range: Range<Int>, _ s: Sentence, than c: Int) -> Bool {
        let i = range.lowerBound
        guard i > s.tokens.lowerBound, Self.indefiniteArticles.contains(t[i - 1].lower) else { return false }
        let sides = callClauseCountries(after: range.upperBound, s)
        return !sides.isEmpty && !Set(sides).isSubset(of: Set(meetings[c].parties))
    }
}
