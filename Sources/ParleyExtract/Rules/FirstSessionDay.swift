extension MeetingRules {
    /// "Merz hosted two days of talks in Berlin in mid-December; the first session, on December 14, ran for five hours":
    /// talks the sentence dates only by their month begin on the day its first session is told (a round is dated by its
    /// first day).
    mutating func firstSessionDay(_ s: Sentence, dates: [DateMention], since first: Int) {
        guard first < meetings.count else { return }
        for d in dates where d.value.day != nil && !d.relative {
            guard let iso = d.value.iso, d.tokens.lowerBound - 4 >= s.tokens.lowerBound,
                  (d.tokens.lowerBound - 4..<d.tokens.lowerBound).contains(where: { k in
                      Self.sessionNouns.contains(t[k].lower) && k > s.tokens.lowerBound && Self.firstWords.contains(t[k - 1].lower) }) else { continue }
            for m in first..<meetings.count where meetings[m].kind == .talks {
                guard let month = meetings[m].date, month.count == 7, iso.hasPrefix(month) else { continue }
                meetings[m].setDay(d.value)
            }
        }
    }

    static let sessionNouns: WordSet = ["session", "sitting", "day"]
    static let firstWords: WordSet = ["first", "opening"]
}
