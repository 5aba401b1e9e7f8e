extension MeetingRules {
    /// "A Ukrainian team ... then held a further round with Rubio, Witkoff and Kushner in Hallandale Beach, Florida, on
    /// Sunday": a round told as one more ("a further", "another", "a new"), at a place of its own other than the main
    /// round's, is another round, dated by a weekday right after that place. Returns whether it added one.
    mutating func furtherRoundElsewhere(at i: Int, _ s: Sentence, dates: [DateMention], than main: Int) -> Bool {
        // ("in Hallandale Beach, Florida, on Sunday": past the region set off after the city; not "demanded new talks in
        // Geneva, and on Thursday Kyiv repeated the demand".)
        guard i > s.tokens.lowerBound, Self.furtherWords.contains(t[i - 1].lower), let own = placeInPhrase(after: i, s),
              own.lexKey != meetings[main].place?.lexKey, !refines(own, meetings[main].place ?? ""),
              let end = placeEnd(own, in: i..<s.tokens.upperBound),
              let day = dates.first(where: { d in d.relative && d.value.iso != nil && d.value.day != nil && d.tokens.lowerBound > end
                  && (d.tokens.lowerBound - end <= 2 || afterPlacesState(end, d)) }),
              !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso }) else { return false }
        let ahead = isAfterPublication(day.value)
        let m = add(.talks, s, trigger: i..<(i + 1), place: own, date: day.value, status: ahead ? .planned : status(s, default: .held))
        let named = statesNamed(around: i, in: upToNextMeeting(after: i, s))
        if named.count == 2 { meetings[m].parties = named.sorted() }
        return true
    }

    static let furtherWords: WordSet = ["further", "another", "new", "fresh"]
}
