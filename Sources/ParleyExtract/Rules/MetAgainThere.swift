extension MeetingRules {
    /// "They first met in the Vatican on 18 May, following the Mass ..., and again at Castel Gandolfo on 9 July": the same
    /// sides met once more at the place and day after "and again".
    mutating func metAgainThere(_ s: Sentence, dates: [DateMention], since known: Int) {
        for k in s.tokens where t[k].end - t[k].start == 5 && t[k].lower == "again" && k > s.tokens.lowerBound && t[k - 1].lower == "and" {
            guard k + 2 < s.tokens.upperBound, Lexicon.placePrepositions.contains(t[k + 1].lower), let city = cityAt(k + 2, s),
                  let first = (known..<meetings.count).last(where: { meetings[$0].span.end <= t[k].start && meetings[$0].date != nil }),
                  meetings[first].place != city.name,
                  // (Not after another clause: "met ... on 18 August, and Russian missiles hit Kyiv ... and again in Lviv".)
                  let start = Document.tokenIndex(in: t, startingAt: meetings[first].span.start), start < k - 1,
                  !(start..<(k - 1)).contains(where: { Self.clauseJoinersAfterPlace.contains(t[$0].lower) || t[$0].isMark(";") }),
                  let day = dates.first(where: { d in d.tokens.lowerBound >= city.upper && d.tokens.lowerBound - city.upper <= 2
                      && d.value.day != nil && !d.relative }),
                  !meetings.contains(where: { $0.date == day.value.iso && $0.place == city.name }) else { continue }
            let m = meetings[first]
            _ = add(m.kind, s, trigger: k..<city.upper, place: city.name, date: day.value,
                    status: isAfterPublication(day.value) ? .planned : m.status, parties: m.parties)
            return
        }
    }
}
