/// "Mr Trump spoke to Vladimir Putin by telephone. ... After their talks, Mr Trump and Mr Zelensky joined a video call with
/// European leaders": a call told with an indefinite article, with sides the last call did not have, is another call.
extension MeetingRules {
    func callWithOthers(_ range: Range<Int>, _ s: Sentence, than c: Int) -> Bool {
        let i = range.lowerBound
        // (Joined or held: not "had not been told about a call with Putin", "proposed a call with Zelensky".)
        guard i - 2 >= s.tokens.lowerBound, Self.indefiniteArticles.contains(t[i - 1].lower) || Self.callMedia.contains(t[i - 1].lower)
                && i - 3 >= s.tokens.lowerBound && Self.indefiniteArticles.contains(t[i - 2].lower),
              let v = [i - 2, i - 3].first(where: { $0 >= s.tokens.lowerBound && Self.joiningCallVerbs.contains(t[$0].lower) }), v < i
        else { return false }
        let sides = callClauseCountries(after: range.upperBound, s)
        return !sides.isEmpty && !Set(sides).isSubset(of: Set(meetings[c].parties))
    }

    static let joiningCallVerbs: WordSet = ["joined", "held", "hosted", "convened"]
}
