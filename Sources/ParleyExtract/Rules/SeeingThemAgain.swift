/// "Driscoll met members of a Russian delegation on Monday night and was scheduled to see them again on Tuesday": after a
/// meeting told in the sentence, those met seen again ahead by the same subject ("and was scheduled to") are a meeting of the
/// same sides at the same place, to come.
extension MeetingRules {
    mutating func seeingThemAgain(_ s: Sentence, dates: [DateMention], since known: Int) {
        guard known < meetings.count else { return }
        for k in s.tokens where t[k].end - t[k].start == 5 && t[k].lower == "again" && k - 6 >= s.tokens.lowerBound {
            // (The verb phrase joined by "and", with no subject of its own: not "and Putin is expected to meet him again".)
            guard Self.objectPronouns.contains(t[k - 1].lower), Self.seeingVerbs.contains(t[k - 2].lower), t[k - 3].lower == "to",
                  Self.aheadParticiples.contains(t[k - 4].lower), Self.copulas.contains(t[k - 5].lower), t[k - 6].lower == "and",
                  let first = (known..<meetings.count).last(where: { meetings[$0].span.end <= t[k - 6].start && meetings[$0].status == .held }),
                  let day = dates.first(where: { d in d.tokens.lowerBound > k && d.tokens.lowerBound - k <= 2 && d.value.day != nil })
            else { continue }
            let m = meetings[first]
            let value = dayAfter(m, day)
            guard !meetings.contains(where: { $0.kind == m.kind && $0.date == value.iso }) else { continue }
            _ = add(m.kind, s, trigger: (k - 2)..<(k + 1), place: m.place, date: value,
                    status: value.iso.map { iso in m.date.map { iso > $0 } ?? false } ?? false ? .planned : m.status, parties: m.parties)
            return
        }
    }

    /// A weekday told after the meeting `m` ("again on Tuesday", of talks on Monday night) is the first such day after it.
    private func dayAfter(_ m: Meeting, _ day: DateMention) -> DateValue {
        guard day.relative, var o = day.value.ordinal, let from = m.date.flatMap(DateValue.parseISO)?.ordinal, o > from else { return day.value }
        while o - from > 7 { o -= 7 }
        return DateValue(ordinal: o)
    }

    static let seeingVerbs: WordSet = ["see", "meet"]
    static let objectPronouns: WordSet = ["them", "him"]
    /// "was scheduled to", "is expected to", "was due to", "was set to".
    static let aheadParticiples: WordSet = ["scheduled", "expected", "due", "set", "planning", "going", "hoping"]
}
