/// "The Moscow visit capped a stretch of diplomacy that began in Geneva on Nov. 23. There, a U.S. delegation led by Rubio
/// ... went through the draft plan with a Ukrainian delegation headed by Yermak": two sides' delegations together in a
/// sentence placed by "There," (the city and day just told) or by its own opening "In Geneva on Nov. 23," are a round of
/// their own when the main round is elsewhere or on another day.
extension MeetingRules {
    mutating func delegationsMetThere(_ k: Int, _ s: Sentence) {
        guard s.mayHave(.delegationNoun), let main = mainTalks, s.tokens.count > 6 else { return }
        let sides = Set(s.tokens.compactMap { i in t[i].is(.delegationNoun) && i > s.tokens.lowerBound ? capitalisedState(at: i - 1, s) : nil })
        // (Met with each other, as told: not "he said the U.S. delegation and the Russian delegation would never agree", nor
        // delegations apart, "while the U.S. delegation waited in Moscow".)
        guard sides.count >= 2, s.tokens.contains(where: { t[$0].lower == "with" || t[$0].is(.meetVerb) }),
              !s.tokens.contains(where: { t[$0].is(.sayingVerb) || t[$0].is(.futureMarker) || Self.contrastWords.contains(t[$0].lower) }),
              let (city, day) = thereOrOpening(k, s),
              meetings[main].place.map({ _ in isOtherPlace(city, than: main) }) ?? true || meetings[main].date != day.iso,
              isBeforePublication(day), let noun = s.tokens.first(where: { t[$0].is(.delegationNoun) }) else { return }
        let m = meetings.firstIndex { $0.kind == .talks && $0.date == day.iso && ($0.place == nil || $0.place == city) }
            ?? add(.talks, s, trigger: noun..<(noun + 1), place: city, date: day, status: .held,
                   parties: sides.sorted())
        if meetings[m].place == nil { meetings[m].place = city }
        roundIn[s.tokens.lowerBound] = m
    }

    static let contrastWords: WordSet = ["while", "whereas"]

    /// The city and full day of "There," (the last sentence's, told together: "began in Geneva on Nov. 23.") or of an opening
    /// "In Geneva on Nov. 23,".
    private func thereOrOpening(_ k: Int, _ s: Sentence) -> (String, DateValue)? {
        let a = s.tokens.lowerBound
        if t[a].lower == "there", t[a + 1].isMark(","), k > 0, doc.sentences[k - 1].paragraph + 1 >= s.paragraph {
            return cityAndDay(in: doc.sentences[k - 1], from: doc.sentences[k - 1].tokens.lowerBound)
        }
        guard t[a].lower == "in", let found = cityAndDay(in: s, from: a),
              let comma = (a + 1..<min(s.tokens.upperBound, a + 9)).first(where: { t[$0].isMark(",") }),
              !(a..<comma).contains(where: { t[$0].is(.delegationNoun) || people.personAt[$0] != nil }) else { return nil }
        return found
    }

    /// "in Geneva on Nov. 23": a city after "in" from token `from` on, with a full day right after it.
    private func cityAndDay(in s: Sentence, from: Int) -> (String, DateValue)? {
        let dates = DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil)
        for i in from..<s.tokens.upperBound where t[i].lower == "in" && i + 1 < s.tokens.upperBound {
            guard let city = knownCity(at: i + 1, s),
                  let d = dates.first(where: { $0.tokens.lowerBound >= city.upper && $0.tokens.lowerBound - city.upper <= 1 }),
                  d.value.day != nil, d.value.iso != nil else { continue }
            return (city.name, d.value)
        }
        return nil
    }
}
