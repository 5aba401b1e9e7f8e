extension MeetingRules {
    /// "Zelensky's meeting with Witkoff in Berlin on Sunday lasted more than five hours and will continue on Monday
    /// morning", "The talks resumed this morning": a held meeting told to go on, or to have gone on, at another day has a
    /// further session then. Noted while the sentence is read; added once the held meeting has its place and sides.
    mutating func noteContinuation(_ s: Sentence, dates: [DateMention]) {
        guard cues.continuing else { return }
        for k in s.tokens where k > s.tokens.lowerBound && t[k].quote == nil && Self.continuingVerbs.contains(t[k].lower) {
            // ("The talks were expected to continue on Friday": ahead after a word of expecting too.)
            let expected = k - 2 > s.tokens.lowerBound && t[k - 1].lower == "to" && Self.expectingWords.contains(t[k - 2].lower)
            let ahead = t[k - 1].lower == "will" || t[k - 1].lower == "would" || expected
            // ("Rubio said work would continue in Geneva on Monday": past the place it goes on in.)
            let placed = k + 2 < s.tokens.upperBound && t[k + 1].lower == "in" && t[k + 2].isCapitalized ? t[k + 2].text : nil
            // The meeting is the verb's subject: "The talks resumed this morning", "talks will resume", "they will continue",
            // or a verb joined to the meeting's own ("... lasted five hours and will continue"); not "strikes will continue".
            // ("work would continue in Geneva": work, only where a held meeting was.)
            let subject = expected ? k - 4 : ahead ? k - 2 : k - 1
            guard subject >= s.tokens.lowerBound, ahead || Self.continuedVerbs.contains(t[k].lower),
                  t[subject].is(.talksNoun)
                    || t[k - 1].lower == "will" && (Self.meetingPronouns.contains(t[subject].lower) || t[subject].lower == "and")
                    // (Work itself, not "repair work".)
                    || ahead && t[subject].lower == "work" && (subject == s.tokens.lowerBound || !t[subject - 1].isWord || t[subject - 1].is(.sayingVerb)
                        || t[subject - 1].lower == "that" || t[subject - 1].is(.article))
                        && placed.map({ p in meetings.contains { $0.status == .held && $0.place == p } }) ?? false,
                  let day = dates.first(where: { d in d.tokens.lowerBound > k && d.tokens.lowerBound - k <= (placed == nil ? 3 : 5)
                      && d.value.day != nil }),
                  // ("were expected to continue on Friday" in Friday's paper: that day, still ahead.)
                  day.value.iso != nil, isAfterPublication(day.value) || expected && day.value.iso == articleDate?.iso ? ahead : !ahead
            else { continue }
            // The session before: held talks one to three days earlier, the one named in the sentence if any ("Talks
            // continued the following day" after "In Berlin on Dec. 14, Zelensky spent five hours with Witkoff").
            let start = t[s.tokens.lowerBound].start, verb = t[k].start
            let earlier = meetings.indices.filter { m in
                meetings[m].kind == .talks && meetings[m].status == .held
                    && (meetings[m].date.flatMap(DateValue.parseISO)?.ordinal).map { o in day.value.ordinal.map { (1...3).contains($0 - o) } ?? false } ?? false
            }
            // (After "and", only the meeting the sentence names is the subject.)
            // (Or the one told in the sentence before: "... met Witkoff and Kushner in Miami. The talks were expected to continue on
            // Friday", not the Kremlin talks of three days before.)
            let before = s.tokens.lowerBound > 0 ? doc.sentences[t[s.tokens.lowerBound - 1].sentence].span.start : start
            let toldBefore = earlier.last { m in ([meetings[m].span] + meetings[m].mentions).contains { $0.start >= before && $0.end <= verb } }
            guard let m = earlier.last(where: { m in ([meetings[m].span] + meetings[m].mentions).contains { $0.start >= start && $0.end <= verb } })
                    ?? (t[subject].lower == "and" ? nil : expected ? toldBefore : earlier.last) else { continue }
            continuations.append((m, day.value, k..<(k + 1)))
            return
        }
    }

    /// The sessions noted by `noteContinuation`, each at its meeting's place, between its sides: planned when still to
    /// come, held when told as gone on.
    mutating func addContinuedSessions() {
        for (m, day, verb) in continuations {
            let held = meetings[m]
            guard !meetings.contains(where: { $0.kind == held.kind && $0.date == day.iso && $0.place == held.place }) else { continue }
            // ("The talks were expected to continue on Friday", read as talks ahead with no place: that session.)
            if let n = meetings.indices.first(where: { meetings[$0].kind == held.kind && meetings[$0].date == day.iso && meetings[$0].place == nil
                && doc.sentences[t[verb.lowerBound].sentence].span.start <= meetings[$0].span.start
                && meetings[$0].span.end <= doc.sentences[t[verb.lowerBound].sentence].span.end }) {
                meetings[n].place = held.place
                meetings[n].venue = held.venue
                meetings[n].parties = held.parties
                continue
            }
            let k = add(held.kind, doc.sentences[t[verb.lowerBound].sentence], trigger: verb, place: held.place, date: day,
                        status: isAfterPublication(day) ? .planned : .held, parties: held.parties)
            meetings[k].venue = held.venue
        }
    }

    static let continuingVerbs: WordSet = ["continue", "resume", "reconvene", "continued", "resumed", "reconvened"]
    static let continuedVerbs: WordSet = ["continued", "resumed", "reconvened"]
    static let meetingPronouns: WordSet = ["they", "it"]
}
