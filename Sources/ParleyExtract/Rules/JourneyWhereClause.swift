extension MeetingRules {
    /// The ", where" opening the clause of the verb at `i` ("travelled to Dublin, where he met Martin"), when a city or a
    /// day right before it closes the clause it hangs on: the comma's index.
    private func whereComma(before i: Int, _ s: Sentence, _ dates: [DateMention]) -> Int? {
        guard let w = (max(s.tokens.lowerBound, i - 4)..<i).last(where: { t[$0].lower == "where" }),
              w - 2 > s.tokens.lowerBound, t[w - 1].isMark(","),
              cityEnding(at: w - 2, s) != nil || dates.contains(where: { $0.tokens.upperBound == w - 1 }) else { return nil }
        return w - 1
    }

    /// The clause a ", where" clause hangs on: from the comma or semicolon before it to that comma.
    private func clauseBefore(_ comma: Int, _ s: Sentence) -> Range<Int> {
        let start = (s.tokens.lowerBound..<comma).last { t[$0].isMark(",") || t[$0].isMark(";") }.map { $0 + 1 } ?? s.tokens.lowerBound
        return start..<comma
    }

    /// "and on Tuesday travelled to Dublin, where he met Taoiseach Micheál Martin": a meeting told in a "where" clause on
    /// the city a journey reached took place on the journey's day, told anywhere in the journey's own clause.
    func journeyDay(beforeWhere i: Int, _ s: Sentence, _ dates: [DateMention]) -> DateMention? {
        guard let comma = whereComma(before: i, s, dates) else { return nil }
        let clause = clauseBefore(comma, s)
        guard clause.contains(where: { Self.pastJourneyVerbs.contains(t[$0].lower) || Self.arrivalVerbs.contains(t[$0].lower) })
        else { return nil }
        return dates.last { clause.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= comma && $0.value.day != nil }
    }

    /// "travelled to Dublin on Tuesday, where he met Martin": the city the clause a "where" clause hangs on names last.
    func cityBeforeWhere(_ i: Int, _ s: Sentence, _ dates: [DateMention]) -> String? {
        guard let comma = whereComma(before: i, s, dates) else { return nil }
        return clauseBefore(comma, s).reversed().lazy.compactMap { self.cityEnding(at: $0, s) }.first
    }

    /// The city whose name ends at token `k`, of one word or several ("Abu Dhabi", "St. Petersburg").
    private func cityEnding(at k: Int, _ s: Sentence) -> String? {
        for start in [k, k - 1, k - 2, k - 3] where start >= s.tokens.lowerBound {
            if let city = knownCity(at: start, s), city.upper == k + 1 { return city.name }
        }
        return nil
    }

    static let arrivalVerbs: WordSet = ["arrived", "landed"]
}
