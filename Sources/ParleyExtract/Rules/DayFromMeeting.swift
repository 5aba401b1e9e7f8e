extension MeetingRules {
    /// "The day before the summit, Russia and Ukraine exchanged 84 prisoners each": a meeting the sentence adds, with no
    /// day of its own, is dated a day from the latest dated meeting of the kind named.
    mutating func dayBeforeOrAfterMeeting(_ s: Sentence, since known: Int) {
        let k = s.tokens.lowerBound
        guard known < meetings.count, k + 4 < s.tokens.upperBound, t[k].lower == "the", t[k + 1].lower == "day",
              Self.beforeOrAfter.contains(t[k + 2].lower), t[k + 3].lower == "the", t[k + 4].is(.meetingTrigger) else { return }
        let summit = t[k + 4].is(.summitNoun)
        // (The one held, when there is one: "the summit" before a past event is the summit that took place.)
        let dated = meetings[..<known].filter { ($0.kind == .summit) == summit && $0.date?.utf8.count == 10 }
        guard let other = dated.last(where: { $0.status == .held }) ?? dated.last,
              let day = other.date.flatMap(DateValue.parseISO)?.ordinal else { return }
        let value = DateValue(ordinal: day + (t[k + 2].lower == "before" ? -1 : 1))
        for m in known..<meetings.count where meetings[m].date == nil {
            meetings[m].setDay(value)
        }
    }

    static let beforeOrAfter: WordSet = ["before", "after"]

    /// "Before sitting down with the Americans, the Ukrainians met national security advisers from Britain, France and
    /// Germany": a meeting told with no day or place, around the held round the fronted gerund tells, was held on its day
    /// and where it was.
    mutating func sameDayAsRoundSatDownTo(_ s: Sentence, since known: Int) {
        let k = s.tokens.lowerBound
        guard known < meetings.count, k + 3 < s.tokens.upperBound, Self.beforeOrAfter.contains(t[k].lower),
              Self.sittingGerunds.contains(t[k + 1].lower),
              let comma = (k + 2..<min(s.tokens.upperBound, k + 10)).first(where: { t[$0].isMark(",") }),
              let with = (k + 2..<comma).first(where: { t[$0].lower == "with" }),
              let m = mainTalks, meetings[m].status == .held, meetings[m].date?.utf8.count == 10,
              let day = meetings[m].date.flatMap(DateValue.parseISO),
              // (The side sat down with is one of the round's: "with the Americans".)
              // (Its sides as told so far: parties are settled only at the article's end.)
              (with + 1..<comma).contains(where: { k in sideNamed(at: k).map { meetings[m].parties.contains($0) || mainSides.contains($0) } ?? false })
        else { return }
        for n in known..<meetings.count where meetings[n].date == nil && meetings[n].place == nil && meetings[n].kind == .talks
            && meetings[n].status == .held {
            meetings[n].setDay(day)
            meetings[n].place = meetings[m].place
        }
    }

    /// The state a word names: a demonym, also in the plural ("the Americans"), or a person of a known state.
    private func sideNamed(at k: Int) -> String? {
        let w = t[k].lower
        let demonym = Lexicon.demonyms[w] ?? (w.hasSuffix("s") ? Lexicon.demonyms[String(w.dropLast())] : nil)
        return demonym.flatMap { $0.isEmpty ? nil : $0 } ?? people.personAt[k].flatMap { people.people[$0].country }
    }

    static let sittingGerunds: WordSet = ["sitting", "meeting", "talking", "negotiating"]

    /// "Before the meeting, Trump spoke by telephone with Putin": what the sentence tells took place on the day of the
    /// meeting it opens with, the latest one told with a full day.
    mutating func sameDayAsMeetingOpening(_ s: Sentence, since known: Int) {
        let k = s.tokens.lowerBound
        // ("After their talks, Mr Trump and Mr Zelensky joined a video call": or the owners' talks.)
        guard known < meetings.count, k + 3 < s.tokens.upperBound, Self.beforeOrAfter.contains(t[k].lower),
              t[k + 1].lower == "the" || MeetingRules.possessiveDeterminers.contains(t[k + 1].lower),
              t[k + 2].is(.meetingTrigger), t[k + 3].isMark(",") else { return }
        guard let day = meetings[..<known].last(where: { $0.status == .held && $0.date?.utf8.count == 10 })?.date
            .flatMap(DateValue.parseISO) else { return }
        for m in known..<meetings.count where meetings[m].date == nil { meetings[m].setDay(day) }
    }

    /// "The call came a day after Vance and Rubio met Zelenskyy in Rome", "The summit took place two days before
    /// ...": a meeting just told, dated by its distance from the dated one the sentence opens with. True when handled.
    mutating func meetingCameAfter(_ s: Sentence, since known: Int) -> Bool {
        let k = s.tokens.lowerBound
        // ("The White House gathering came three days after ...": a name may stand before the noun.)
        guard k + 5 < s.tokens.upperBound, t[k].lower == "the",
              let n = (k + 1..<min(s.tokens.upperBound, k + 4)).last(where: { t[$0].is(.meetingTrigger) || t[$0].lower == "gathering" }),
              (k + 1..<n).allSatisfy({ t[$0].isCapitalized }), n + 4 < s.tokens.upperBound else { return false }
        var j = n + 1
        if Self.occurrenceVerbs.contains(t[j].lower) { j += 1 } else if t[j].lower == "took", t[j + 1].lower == "place" { j += 2 } else { return false }
        guard let distance = DateRules.distance(doc.tokens, at: j, end: s.tokens.upperBound) else { return false }
        // (The one it names: the latest of that kind with a full day, told before this sentence.)
        let call = Self.callWords.contains(t[n].lower)
        // ("The White House gathering", "The Alaska summit": the one at the place or venue the name tells.)
        let name = n > k + 1 ? doc.text(tokens: (k + 1)..<n) : nil
        guard let other = meetings[..<known].last(where: { ($0.kind == .call) == call && $0.date?.utf8.count == 10 && isNamed($0, name) }),
              let day = other.date.flatMap(DateValue.parseISO)?.ordinal else {
            // ("The call came three days after Russian and Ukrainian delegations met in Istanbul on 16 May": the undated call
            // told before, dated from the meeting this sentence dates.)
            guard let named = meetings[..<known].lastIndex(where: { ($0.kind == .call) == call && $0.date == nil }),
                  let from = meetings[known...].first(where: { $0.date?.utf8.count == 10 })?.date.flatMap(DateValue.parseISO)?.ordinal
            else { return false }
            let value = DateValue(ordinal: from + (distance.after ? 1 : -1) * distance.days)
            meetings[named].setDay(value)
            return true
        }
        let value = DateValue(ordinal: day + (distance.after ? -1 : 1) * distance.days)
        for m in known..<meetings.count where meetings[m].date == nil {
            meetings[m].setDay(value)
        }
        return true
    }

    /// Whether meeting `m` is at the place or venue `name` tells (any meeting when there is no name).
    func isNamed(_ m: Meeting, _ name: String?) -> Bool {
        guard let name else { return true }
        // (Only the very name: a city of the same state, "Washington" for "Alaska", is another place.)
        // ("The White House gathering" for a meeting in the Oval Office: a venue naming the meeting's city.)
        let city = m.place ?? m.venue.flatMap { Lexicon.venueCities[$0.lexKey] }
        return m.venue == name || m.place == name || Lexicon.venueCities[name.lexKey].map { $0 == city } ?? false
    }

    static let occurrenceVerbs: WordSet = ["came", "was", "followed", "happened"]

    /// "met Crown Prince Mohammed bin Salman in Jeddah a day before the talks", "held talks in Paris a day before the
    /// Riyadh meeting": a meeting the sentence adds with no day, dated from the meeting the phrase names. The other way
    /// round too: "on August 6, nine days before the Trump-Putin summit in Anchorage", "on August 14, on the eve of the
    /// Russia-US summit in Alaska": the undated meeting the phrase names, dated from the sentence's day. True when handled.
    mutating func dayFromNamedMeeting(_ s: Sentence, since known: Int, dates: [DateMention]) -> Bool {
        let t = doc.tokens
        for j in s.tokens where j + 3 < s.tokens.upperBound && (3...6).contains(t[j].end - t[j].start) {
            guard let distance = distanceNamed(at: j, s) else { continue }
            let article = t[j + 1].lower == "of" ? j + 2 : j + 1
            // ("the talks", "the Riyadh meeting", "the Trump-Putin summit": names and hyphens may come before the noun.)
            guard t[article].lower == "the", article + 1 < s.tokens.upperBound,
                  let n = (article + 1..<min(s.tokens.upperBound, article + 6)).first(where: { t[$0].is(.meetingTrigger) }), t[n].quote == nil,
                  (article + 1..<n).allSatisfy({ t[$0].isCapitalized || t[$0].isMark("-") || t[$0].isDashMark }) else { continue }
            let kind: MeetingKind = Self.callWords.contains(t[n].lower) ? .call : t[n].is(.summitNoun) ? .summit : .talks
            let cityBefore = n > article + 1 && t[n - 1].is(.city) ? t[n - 1].text : nil
            // ("the Trump-Putin summit": the states of those it names, which the meeting taken up must have.)
            let sides = Set((article + 1..<n).compactMap { people.personAt[$0].flatMap { people.people[$0].country } })
            if let other = dayNamed(kind, place: cityBefore, known: known), sides.isSubset(of: Set(meetings[other].parties)) || meetings[other].parties.isEmpty {
                return date(since: known, before: j, from: other, distance.days * (distance.after ? 1 : -1))
            }
            // The named meeting has no day yet: the sentence's own day before the phrase dates it.
            guard let day = dates.last(where: { $0.tokens.upperBound <= j && !$0.relative && $0.value.iso?.utf8.count == 10 })?.value,
                  let from = day.ordinal, let other = undatedNamed(kind, place: cityBefore ?? placeInPhrase(after: n, s), sentenceDay: day.iso, since: known)
            else { continue }
            let value = DateValue(ordinal: from + (distance.after ? -1 : 1) * distance.days)
            meetings[other].setDay(value)
            return true
        }
        return false
    }

    /// "a day before", "nine days after", "on the eve of": how far the meeting named next lies from what the sentence
    /// tells, `after` when what is told came after that meeting.
    private func distanceNamed(at j: Int, _ s: Sentence) -> (days: Int, after: Bool)? {
        if t[j].lower == "eve" {
            return j - 2 >= s.tokens.lowerBound && t[j - 1].lower == "the" && t[j - 2].lower == "on" && t[j + 1].lower == "of" ? (1, false) : nil
        }
        guard t[j].lower == "before" || t[j].lower == "after", j - 2 >= s.tokens.lowerBound else { return nil }
        return DateRules.distance(t, at: j - 2, end: s.tokens.upperBound)
    }

    /// The dated meeting told before this sentence that "the Riyadh meeting", "the summit" or "the talks" names.
    private func dayNamed(_ kind: MeetingKind, place: String?, known: Int) -> Int? {
        let named = place.flatMap { p in meetings[..<known].lastIndex { $0.place == p && $0.date?.utf8.count == 10 } }
            ?? (kind == .talks ? mainTalks.flatMap { $0 < known ? $0 : nil } : meetings[..<known].lastIndex { $0.kind == kind })
        return named.flatMap { meetings[$0].date?.utf8.count == 10 ? $0 : nil }
    }

    /// The undated meeting of that kind the phrase names, at its place or in its place's state when it gives one.
    /// (One this sentence added took the sentence's day, which the phrase says is not its own.)
    private func undatedNamed(_ kind: MeetingKind, place: String?, sentenceDay: String?, since known: Int) -> Int? {
        let state = place.flatMap { Lexicon.placeCountry[$0.lexKey] }
        return meetings.indices.last { k in
            let m = meetings[k]
            return m.kind == kind && (m.date == nil || k >= known && m.date == sentenceDay) && (place == nil || m.place == nil || m.place == place
                || state != nil && m.place.flatMap { Lexicon.placeCountry[$0.lexKey] } == state)
        }
    }

    /// Dates the undated meetings this sentence added before token `j`, `offset` days from meeting `other`.
    private mutating func date(since known: Int, before j: Int, from other: Int, _ offset: Int) -> Bool {
        guard let day = meetings[other].date.flatMap(DateValue.parseISO)?.ordinal else { return false }
        let value = DateValue(ordinal: day + offset)
        var dated = false
        // (Only a meeting told before the phrase: the one it qualifies.)
        for m in known..<meetings.count where m != other && meetings[m].date == nil && meetings[m].span.start < t[j].start {
            meetings[m].setDay(value)
            dated = true
        }
        return dated
    }
}
