extension MeetingRules {
    /// "This was the sixth meeting between Putin and Witkoff this year. The previous one took place in Moscow on
    /// August 6": "the previous one" opening a sentence is another meeting of the kind and sides last told, at the
    /// place and on the day its own sentence gives.
    mutating func previousOne(_ s: Sentence, dates: [DateMention]) {
        let a = s.tokens.lowerBound
        guard s.tokens.count >= 6, t[a].lower == "the", t[a + 2].lower == "one",
              Self.earlierOnes.contains(t[a + 1].lower),
              let day = dates.first(where: { !$0.relative && $0.value.iso != nil && $0.tokens.lowerBound > a + 3 })?.value,
              let last = lastToldMeeting(before: s.span.start),
              !meetings.contains(where: { $0.kind == meetings[last].kind && $0.date == day.iso }) else { return }
        let m = add(meetings[last].kind, s, trigger: a..<(a + 3), place: placeIn(s), date: day, status: .held,
                    parties: meetings[last].parties)
        meetings[m].monthDay = day.monthDay
    }

    static let earlierOnes: WordSet = ["previous", "last", "earlier", "first"]

    /// The meeting whose latest mention comes last before `offset`.
    private func lastToldMeeting(before offset: Int) -> Int? {
        var best: (index: Int, start: Int)? = nil
        for m in meetings.indices {
            let start = ([meetings[m].span.start] + meetings[m].mentions.map(\.start)).filter { $0 < offset }.max()
            if let start, start > best?.start ?? -1 { best = (m, start) }
        }
        return best?.index
    }
}
