/// "Driscoll met members of a Russian delegation on Monday night and was scheduled to see them again on Tuesday": after a
/// meeting told in the sentence, those met seen again ahead are a meeting of the same sides at the same place, to come.
extension MeetingRules {
    mutating func seeingThemAgain(_ s: Sentence, dates: [DateMention], since known: Int) {
        guard known < meetings.count else { return }
        for k in s.tokens where t[k].end - t[k].start == 5 && t[k].lower == "again" && k - 3 >= s.tokens.lowerBound {
            guard Self.objectPronouns.contains(t[k - 1].lower), Self.seeingVerbs.contains(t[k - 2].lower), t[k - 3].lower == "to",
                  k - 4 >= s.tokens.lowerBound, Self.aheadParticiples.contains(t[k - 4].lower),
                  let first = (known..<meetings.count).last(where: { meetings[$0].span.end <= t[k - 4].start && meetings[$0].status == .held }),
                  let day = dates.first(where: { d in d.tokens.lowerBound > k && d.tokens.lowerBound - k <= 2 && d.value.day != nil })
            else { continue }
            let m = meetings[first]
            guard !meetings.contains(where: { $0.kind == m.kind && $0.date == day.value.iso }) else { continue }
            _ = add(m.kind, s, trigger: (k - 2)..<(k + 1), place: m.place, date: day.value,
                    status: day.value.iso.map { iso in m.date.map { iso > $0 } ?? false } ?? false ? .planned : m.status, parties: m.parties)
            return
        }
    }

    static let seeingVerbs: WordSet = ["see", "meet"]
    static let objectPronouns: WordSet = ["them", "him", "her"]
    /// "was scheduled to", "is expected to", "was due to", "was set to".
    static let aheadParticiples: WordSet = ["scheduled", "expected", "due", "set", "planning", "going", "hoping"]
}
