extension MeetingRules {
    /// "Umerov ... is expected to lead a Ukrainian delegation to Miami later this week for follow-up talks with the U.S. team":
    /// a delegation to be led to a city is a round still to come there, between the delegation's state and the side the
    /// talks are with (the host is no side; with none told, the sides are left to the article's).
    /// Not an expectation that was past or not met: "had been expected to lead ..., but Zelensky sent Umerov instead".
    mutating func delegationLedTo(_ s: Sentence, dates: [DateMention]) {
        for k in s.tokens where Self.leadInfinitives.contains(t[k].lower) && t[k].quote == nil {
            var j = k + 1
            if j < s.tokens.upperBound, t[j].is(.article) { j += 1 }
            let demonym = j < s.tokens.upperBound && t[j].is(.stateDemonym) ? Lexicon.demonyms[t[j].lower] : nil
            if demonym != nil { j += 1 }
            guard j + 2 < s.tokens.upperBound, t[j].is(.delegationNoun), t[j + 1].lower == "to", let city = knownCity(at: j + 2, s),
                  let host = Lexicon.placeCountry[city.name.lexKey], !host.isEmpty,
                  k - 1 > s.tokens.lowerBound, t[k - 1].lower == "to" || Self.tripModals.contains(t[k - 1].lower),
                  DateRules.isFuture(before: k, doc, in: s) || Self.expectingWords.contains(t[k - 2].lower),
                  !(max(s.tokens.lowerBound, k - 4)..<k).contains(where: { t[$0].lower == "been" }),
                  !(k..<s.tokens.upperBound).contains(where: { Self.unmetWords.contains(t[$0].lower) }) else { continue }
            let index = people
            let leader = (max(s.tokens.lowerBound, k - 12)..<k).reversed().first { index.personAt[$0] != nil }.flatMap { index.personAt[$0] }
            let home = demonym.flatMap { $0.isEmpty ? nil : $0 } ?? leader.flatMap { index.people[$0].country }
            guard let home, home != host else { continue }
            let talks = (city.upper..<min(s.tokens.upperBound, city.upper + 8)).first { t[$0].is(.talksNoun) }
            let met = talks.flatMap { n in statesBetween(after: n, s).subtracting([home]).first }
            let date = dates.first { $0.tokens.lowerBound > city.upper && $0.value.day != nil && !isBeforePublication($0.value) }?.value
            guard !meetings.contains(where: { $0.kind == .talks && $0.status != .held && $0.place == city.name }) else { return }
            let m = add(.talks, s, trigger: k..<city.upper, place: city.name, date: date, status: .planned,
                        parties: met.map { [home, $0].sorted() } ?? [])
            if plannedTalks == nil { plannedTalks = m }
            return
        }
    }

    static let leadInfinitives: WordSet = ["lead", "head"]
    static let unmetWords: WordSet = ["but", "instead"]
}
