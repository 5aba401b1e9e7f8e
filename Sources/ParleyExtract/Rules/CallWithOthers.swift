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
        // ("held a video call with European leaders": leaders of no one state the last call had are others too.)
        if let w = (range.upperBound..<min(s.tokens.upperBound, range.upperBound + 2)).first(where: { t[$0].lower == "with" }),
           (w + 1..<min(s.tokens.upperBound, w + 4)).contains(where: { t[$0].lower == "leaders" }) { return true }
        let sides = callClauseCountries(after: range.upperBound, s)
        return !sides.isEmpty && !Set(sides).isSubset(of: Set(meetings[c].parties))
    }

    /// The day and sides of a call with others told right after the call `c` ("Trump spoke to Putin by phone before the
    /// meeting, and the two leaders then held a video call with European leaders"): the last call's day when it was told in the
    /// same sentence or "then" leads to it, and the two leaders' sides when "the two leaders" hold it.
    func othersCall(_ range: Range<Int>, _ s: Sentence, after c: Int) -> (day: DateValue?, sides: [String]?) {
        let i = range.lowerBound
        let sameSentence = s.span.start <= meetings[c].span.start && meetings[c].span.end <= s.span.end
        let then = (max(s.tokens.lowerBound, i - 5)..<i).contains { t[$0].lower == "then" }
        let day = sameSentence || then ? meetings[c].date.flatMap(DateValue.parseISO) : nil
        let pair = (s.tokens.lowerBound..<max(s.tokens.lowerBound, i - 2)).contains { k in
            k + 2 < i && t[k].lower == "the" && t[k + 1].lower == "two" && Self.pairNouns.contains(t[k + 2].lower) }
        // (The leaders who met that day, when the call before was on that day too; else those on the call before.)
        let met = meetings.last { $0.kind == .summit && $0.parties.count == 2 && $0.span.end <= t[i].start }
        let sides = !pair ? nil : met.flatMap { $0.date != nil && $0.date == meetings[c].date ? $0.parties : nil }
            ?? (meetings[c].parties.count == 2 ? meetings[c].parties : nil)
        return (day, sides)
    }

    static let joiningCallVerbs: WordSet = ["joined", "held", "hosted", "convened"]
}
