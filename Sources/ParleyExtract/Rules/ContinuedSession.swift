extension MeetingRules {
    /// "Zelensky's meeting with Witkoff in Berlin on Sunday lasted more than five hours and will continue on Monday
    /// morning": a held meeting told in the sentence that "will continue" or "will resume" on a day still to come has a
    /// further session then. Noted while the sentence is read; added once the held meeting has its place and sides.
    mutating func noteContinuation(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.futureMarker) else { return }
        for k in s.tokens where k > s.tokens.lowerBound && t[k].quote == nil && Self.continuingVerbs.contains(t[k].lower)
            && t[k - 1].lower == "will" {
            guard let day = dates.first(where: { d in d.tokens.lowerBound > k && d.tokens.lowerBound - k <= 3 && d.value.day != nil }),
                  day.value.iso != nil, isAfterPublication(day.value) else { continue }
            let start = t[s.tokens.lowerBound].start, verb = t[k].start
            guard let m = meetings.lastIndex(where: { m in
                ([m.span] + m.mentions).contains { $0.start >= start && $0.end <= verb } }),
                  meetings[m].status == .held, meetings[m].kind == .talks, meetings[m].date != day.value.iso else { continue }
            continuations.append((m, day.value, k..<(k + 1)))
            return
        }
    }

    /// The sessions noted by `noteContinuation`, each at its meeting's place, between its sides, planned.
    mutating func addContinuedSessions() {
        for (m, day, verb) in continuations {
            let held = meetings[m]
            guard !meetings.contains(where: { $0.kind == held.kind && $0.date == day.iso && $0.place == held.place }) else { continue }
            let k = add(held.kind, doc.sentences[t[verb.lowerBound].sentence], trigger: verb, place: held.place, date: day,
                        status: .planned, parties: held.parties)
            meetings[k].venue = held.venue
        }
    }

    static let continuingVerbs: WordSet = ["continue", "resume", "reconvene"]
}
