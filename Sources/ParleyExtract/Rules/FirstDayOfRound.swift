extension MeetingRules {
    /// "After the first day of talks on 23 January, Umerov said ...", in a report on a round of several days: the round
    /// reported, which began that day (a round is dated by its first day), not another round.
    mutating func firstDayOfRound(_ i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        guard i - 3 >= s.tokens.lowerBound, t[i - 1].lower == "of", t[i - 2].lower == "day", t[i - 3].lower == "first",
              let m = mainTalks, meetings[m].kind == .talks, meetings[m].status == .held,
              let d = dates.first(where: { d in d.value.day != nil && (d.tokens.lowerBound > i && d.tokens.lowerBound - i <= 3
                  || d.tokens.upperBound <= i - 3 && i - 3 - d.tokens.upperBound <= 2) }),
              let day = d.value.ordinal, !isAfterPublication(d.value),
              // (Not "the first day of talks on May 16 in Istanbul", of a round elsewhere.)
              !(placeInPhrase(after: i, s).map { isOtherPlace($0, than: m) } ?? false) else { return false }
        // (Only a round told as lasting from that day: undated, or dated up to three days after it.)
        if let iso = meetings[m].date {
            guard let known = DateValue.parseISO(iso)?.ordinal, known - day >= 0, known - day <= 3 else { return false }
        }
        meetings[m].setDay(d.value)
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
        return true
    }
}
