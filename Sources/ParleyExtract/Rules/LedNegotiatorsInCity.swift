extension MeetingRules {
    /// "Umerov led Ukraine's negotiators at Witkoff's golf club in Hallandale Beach, Florida, on 30 November": a person
    /// leading one state's team in a city on a day tells talks there that day, in a sentence with no word of meeting; the
    /// sentence's delegation sat at them.
    mutating func ledNegotiatorsInCity(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.leadVerb), s.mayHave(.delegationNoun) else { return }
        for v in s.tokens where t[v].is(.leadVerb) && t[v].quote == nil && v > s.tokens.lowerBound && people.personAt[v - 1] != nil {
            var k = v + 1
            if k < s.tokens.upperBound, t[k].is(.article) { k += 1 }
            guard k + 1 < s.tokens.upperBound, let side = stateNamed(at: k, s), !side.isEmpty, t[k].isCapitalized else { continue }
            k += 1
            if t[k].kind == .possessive { k += 1 }
            guard k < s.tokens.upperBound, t[k].is(.delegationNoun) else { continue }
            // The city and the day of the same stretch, with no other clause opened between.
            // (Not a day of another clause: "led Ukraine's negotiators in Istanbul in 2022, but on 16 February he resigned".)
            let end = (k + 1..<min(s.tokens.upperBound, k + 18)).first { t[$0].isMark(";") || Self.clauseOpenersAfterPlace.contains(t[$0].lower)
                || Self.clauseJoinersAfterPlace.contains(t[$0].lower) && t[$0 - 1].isMark(",") } ?? min(s.tokens.upperBound, k + 18)
            guard let at = (k + 1..<end).first(where: { t[$0].lower == "in" && $0 + 1 < end && cityAt($0 + 1, s) != nil }),
                  let city = cityAt(at + 1, s),
                  let day = dates.first(where: { $0.tokens.lowerBound >= city.upper && $0.tokens.lowerBound - city.upper <= 4
                      && $0.tokens.upperBound <= end && $0.value.day != nil && !$0.relative }),
                  let iso = day.value.iso else { continue }
            if let m = meetings.firstIndex(where: { $0.kind == .talks && $0.date == iso && ($0.place == nil || $0.place == city.name) }) {
                if meetings[m].place == nil { meetings[m].place = city.name }
                roundIn[s.tokens.lowerBound] = m
                continue
            }
            let m = add(.talks, s, trigger: v..<(k + 1), place: city.name, date: day.value,
                        status: isAfterPublication(day.value) ? .planned : .held, parties: [side])
            roundIn[s.tokens.lowerBound] = m
        }
    }

    static let clauseJoinersAfterPlace: WordSet = ["but", "and", "while", "though", "although"]
    static let clauseOpenersAfterPlace: WordSet = ["where", "when", "which", "who", "after", "before", "while"]
}

extension MeetingRules {
    /// "The Geneva round was the third in the trilateral format. The first two took place in Abu Dhabi, on January 23-24 and
    /// February 4-5.": rounds counted with their noun left out, after a sentence that named one, held on the days told.
    mutating func elidedRounds(_ s: Sentence, dates: [DateMention]) {
        let a = s.tokens.lowerBound
        guard s.tokens.count > 5, a > 0, t[a].lower == "the", Self.elidedRoundOpeners.contains(t[a + 1].lower),
              let n = Lexicon.numberWords[t[a + 2].lower], n >= 2, t[a + 3].isWord, !t[a + 3].isCapitalized,
              Self.elidedRoundVerbs.contains(t[a + 3].lower) else { return }
        let before = doc.sentences[t[a - 1].sentence]
        // (Only with a place of their own: "The first two had ended without a deal on 23 January and 4 February" does not say
        // where.)
        guard before.tokens.contains(where: { Self.roundWords.contains(t[$0].lower) || t[$0].is(.talksNoun) }),
              placeInPhrase(after: a + 2, s) != nil else { return }
        _ = roundsOnDays(at: a + 2, s, dates: dates, place: nil)
    }

    static let elidedRoundOpeners: WordSet = ["first", "previous", "earlier", "other", "last"]
    static let elidedRoundVerbs: WordSet = ["took", "were", "had", "came"]
    static let roundWords: WordSet = ["round", "rounds"]
}

extension MeetingRules {
    /// "as a second round of US-brokered negotiations between Ukraine and Russia wrapped up in Abu Dhabi": the city right after
    /// the verb telling how the round went, when the noun is its subject (no mark or other verb between).
    func cityOfItsCourse(after i: Int, _ s: Sentence) -> String? {
        // (Past what the round is of: "round of US-brokered negotiations".)
        var from = i + 1
        if t[i].lower == "round", i + 1 < s.tokens.upperBound, t[i + 1].lower == "of",
           let k = (i + 2..<min(s.tokens.upperBound, i + 7)).first(where: { t[$0].is(.talksNoun) }) { from = k + 1 }
        let end = min(s.tokens.upperBound, from + 12)
        guard from < end, let v = (from..<end).first(where: { Self.roundCourseVerbs.contains(t[$0].lower) }),
              !(from..<v).contains(where: { t[$0].kind == .punct && !t[$0].isMark("-") || t[$0].is(.sayingVerb) || t[$0].is(.meetingTrigger) })
        else { return nil }
        var k = v + 1
        if k < s.tokens.upperBound, t[k].lower == "up" { k += 1 }
        guard k + 1 < s.tokens.upperBound, t[k].lower == "in", let city = cityAt(k + 1, s) else { return nil }
        return city.name
    }

    static let roundCourseVerbs: WordSet = ["ended", "wrapped", "concluded", "closed", "opened", "began", "resumed", "got"]
}

extension MeetingRules {
    /// "met on Wednesday and Thursday for their second trilateral round", of round `m` dated by the day it wrapped up: it began
    /// the day before. Two days joined by "and" near token `i`, the later being the round's date, move it to the first.
    mutating func beganDayBefore(_ m: Int, _ i: Int, _ dates: [DateMention]) -> Bool {
        guard let end = meetings[m].date.flatMap(DateValue.parseISO)?.ordinal,
              let pair = zip(dates, dates.dropFirst()).first(where: { a, b in
                  b.tokens.lowerBound == a.tokens.upperBound + 1 && t[a.tokens.upperBound].lower == "and"
                      && b.value.ordinal == end && a.value.ordinal == end - 1 && abs(a.tokens.lowerBound - i) <= 10 }) else { return false }
        meetings[m].setDay(pair.0.value)
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
        return true
    }
}

extension MeetingRules {
    /// "The Trump-Putin summit in Alaska produced no ceasefire": a summit opening the sentence as the subject of a verb in the
    /// past was held (not "was expected", "was postponed").
    func subjectOfPast(_ i: Int, _ s: Sentence) -> Bool {
        guard (s.tokens.lowerBound..<i).allSatisfy({ t[$0].isWord || t[$0].isMark("-") }), i - s.tokens.lowerBound <= 5 else { return false }
        var j = i + 1
        // (Past its place: "in Alaska", "in Anchorage, Alaska".)
        if j + 1 < s.tokens.upperBound, t[j].lower == "in", t[j + 1].isCapitalized { j += 2 }
        guard j < s.tokens.upperBound, Self.pastVerbShape(t[j]), !Self.notHeldPasts.contains(t[j].lower) else { return false }
        // ("was postponed", "had been called off", "was due to": the auxiliary's verb decides.)
        if Self.pastAuxiliaries.contains(t[j].lower) {
            var k = j + 1
            while k < s.tokens.upperBound, k - j <= 2, ["been", "not", "never", "then", "later"].contains(t[k].lower) { k += 1 }
            guard k < s.tokens.upperBound, !Self.notHeldPasts.contains(t[k].lower), !["to", "due", "off"].contains(t[k].lower) else { return false }
            if k + 1 < s.tokens.upperBound, t[k + 1].lower == "off" || t[k + 1].lower == "to" { return false }
        }
        return !(s.tokens.lowerBound..<i).contains { Lexicon.futureTense.contains(t[$0].lower) }
    }

    static let pastAuxiliaries: WordSet = ["was", "were", "had"]
    static let notHeldPasts: WordSet = ["expected", "scheduled", "planned", "proposed", "postponed", "cancelled", "canceled", "called",
                                        "slated", "set", "mooted", "floated", "delayed", "suggested", "discussed", "needed", "failed",
                                        "collapsed", "stalled", "fell"]
}

extension MeetingRules {
    /// "travelled to Moscow from Florida, where on Sunday they joined Rubio for talks with a Ukrainian delegation": a day
    /// opening a "where" clause dates the talks told in it.
    func whereClauseOpeningDay(before i: Int, _ s: Sentence, _ dates: [DateMention]) -> DateMention? {
        guard i > s.tokens.lowerBound + 1, let w = (s.tokens.lowerBound + 1..<i).last(where: { t[$0].lower == "where" && t[$0 - 1].isMark(",") }) else { return nil }
        return dates.first { d in
            (w + 1...w + 2).contains(d.tokens.lowerBound) && (w + 1..<d.tokens.lowerBound).allSatisfy { t[$0].lower == "on" }
                && d.tokens.upperBound < i && !(d.tokens.upperBound..<i).contains { t[$0].kind == .punct }
        }
    }
}
