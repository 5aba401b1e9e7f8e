extension MeetingRules {
    /// "Umerov led Ukraine's negotiators at Witkoff's golf club in Hallandale Beach, Florida, on 30 November", "On 30
    /// November, Umerov led a Ukrainian team to a golf club in Hallandale Beach": a person
    /// leading one state's team in a city on a day tells talks there that day, in a sentence with no word of meeting; the
    /// sentence's delegation sat at them.
    mutating func ledNegotiatorsInCity(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.leadVerb), s.mayHave(.delegationNoun) else { return }
        for v in s.tokens where t[v].is(.leadVerb) && t[v].quote == nil && v > s.tokens.lowerBound && people.personAt[v - 1] != nil {
            var k = v + 1
            if k < s.tokens.upperBound, t[k].is(.article) { k += 1 }
            guard k + 1 < s.tokens.upperBound, let side = stateNamed(at: k, s), !side.isEmpty, t[k].isCapitalized else { continue }
            k += 1
            if t[k].kind == .possessive { k += 1 }
            guard k < s.tokens.upperBound, t[k].is(.delegationNoun) else { continue }
            // The city and the day of the same stretch, with no other clause opened between.
            // (Not a day of another clause: "led Ukraine's negotiators in Istanbul in 2022, but on 16 February he resigned".)
            let end = (k + 1..<min(s.tokens.upperBound, k + 18)).first { t[$0].isMark(";") || Self.clauseOpenersAfterPlace.contains(t[$0].lower)
                || Self.clauseJoinersAfterPlace.contains(t[$0].lower) && t[$0 - 1].isMark(",") } ?? min(s.tokens.upperBound, k + 18)
            guard let at = (k + 1..<end).first(where: { t[$0].lower == "in" && $0 + 1 < end && cityAt($0 + 1, s) != nil }),
                  let city = cityAt(at + 1, s),
                  // ("Then, on November 30, ..., Umerov led a Ukrainian team to a golf club in Hallandale Beach": or the day the
                  // sentence opens with.)
                  let day = dates.first(where: { $0.tokens.lowerBound >= city.upper && $0.tokens.lowerBound - city.upper <= 4
                      && $0.tokens.upperBound <= end && $0.value.day != nil && !$0.relative })
                    ?? openingDate(before: v, dates, s).flatMap({ $0.value.day != nil && !$0.relative ? $0 : nil }),
                  let iso = day.value.iso else { continue }
            if let m = meetings.firstIndex(where: { $0.kind == .talks && $0.date == iso && ($0.place == nil || $0.place == city.name) }) {
                if meetings[m].place == nil { meetings[m].place = city.name }
                roundIn[s.tokens.lowerBound] = m
                continue
            }
            // (", where Rubio, Witkoff and Kushner were waiting": the people waiting there are the other side.)
            let waiting = end < s.tokens.upperBound && t[end].lower == "where"
                ? Set((end + 1..<s.tokens.upperBound).compactMap { people.personAt[$0].flatMap { people.people[$0].country } }) : []
            let m = add(.talks, s, trigger: v..<(k + 1), place: city.name, date: day.value,
                        status: isAfterPublication(day.value) ? .planned : .held, parties: Set([side]).union(waiting).sorted())
            roundIn[s.tokens.lowerBound] = m
        }
    }

    static let clauseJoinersAfterPlace: WordSet = ["but", "and", "though", "although"]
    static let clauseOpenersAfterPlace: WordSet = ["where", "when", "which", "who", "after", "before", "while"]
}
