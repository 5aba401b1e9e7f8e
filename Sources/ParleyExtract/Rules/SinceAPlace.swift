extension MeetingRules {
    /// "the first standalone U.S.-Russian summit since Helsinki in 2018", "their first talks since Istanbul in 2022": the
    /// place and year after "since" tell an earlier meeting of the noun's kind, held there then, between the states the noun
    /// names (or none).
    mutating func meetingSinceAPlace(_ i: Int, _ s: Sentence, years: [DateMention]) {
        guard i + 4 < s.tokens.upperBound, t[i + 1].lower == "since", let city = cityAt(i + 2, s), city.upper + 1 < s.tokens.upperBound,
              t[city.upper].lower == "in",
              let year = years.first(where: { $0.tokens.lowerBound == city.upper + 1 && $0.value.year != nil && $0.value.month == nil }),
              !isAfterPublication(year.value) else { return }
        let kind: MeetingKind = t[i].is(.summitNoun) ? .summit : .talks
        guard !meetings.contains(where: { $0.kind == kind && $0.place == city.name && $0.date == year.value.iso }) else { return }
        let states = demonymStates(before: i, s)
        _ = add(kind, s, trigger: (i + 2)..<city.upper, place: city.name, date: year.value, status: .held, parties: states.count >= 2 ? states : [])
    }
}
