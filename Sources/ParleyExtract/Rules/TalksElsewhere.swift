extension MeetingRules {
    /// "reworked at US-Ukrainian talks in Geneva on November 23 and again in Hallandale Beach, Florida, on Sunday": talks the
    /// sentence told on one day go on in another city on another day, between the same sides.
    mutating func talksAgainElsewhere(_ s: Sentence, dates: [DateMention], since known: Int) {
        for d in dates where d.value.iso != nil {
            let k = d.tokens.upperBound
            guard k + 2 < s.tokens.upperBound, t[k].lower == "and",
                  let talks = (known..<meetings.count).last(where: { meetings[$0].kind == .talks && meetings[$0].date == d.value.iso
                      && meetings[$0].place != nil }) else { continue }
            var j = t[k + 1].lower == "again" ? k + 2 : k + 1
            // ("held separate talks with Moscow in Riyadh on February 18th and with Kyiv in Jeddah on March 11th": another side
            // met, in place of the one met before.)
            var sides = meetings[talks].parties
            if j + 1 < s.tokens.upperBound, t[j].lower == "with" {
                guard let new = stateNamed(at: j + 1, s), !new.isEmpty, let with = (s.tokens.lowerBound..<d.tokens.lowerBound).last(where: { t[$0].lower == "with" }),
                      with + 1 < s.tokens.upperBound, let old = stateNamed(at: with + 1, s) else { continue }
                // (The sides of the first talks may be read only at the article's end: then the sentence's subject.)
                if sides.isEmpty { sides = statesInSubject(of: s).sorted() }
                sides = sides.filter { $0 != old && $0 != new } + [new]
                j += 2
            }
            // (Or a region: "and in Florida on Sunday", made a city below when the article names one there.)
            guard j + 1 < s.tokens.upperBound, t[j].lower == "in", let city = cityAt(j + 1, s)
                    ?? (t[j + 1].isCapitalized && t[j + 1].is(.place) ? (t[j + 1].text, j + 2) : nil) else { continue }
            j = city.upper
            // (Past the state set off after the city: ", Florida,".)
            if j + 2 < s.tokens.upperBound, t[j].isMark(","), t[j + 1].is(.place), t[j + 1].isCapitalized { j += 2 }
            if j < s.tokens.upperBound, t[j].isMark(",") { j += 1 }
            if j < s.tokens.upperBound, t[j].lower == "on" { j += 1 }
            // ("and in Florida last Sunday": past a word that only points the weekday back.)
            let dayStart = j + 1 < s.tokens.upperBound && t[j].lower == "last" ? [j, j + 1] : [j]
            guard let day = dates.first(where: { dayStart.contains($0.tokens.lowerBound) && $0.value.iso != nil }), day.value.iso != d.value.iso,
                  city.name != meetings[talks].place,
                  !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso && $0.place == city.name }) else { continue }
            _ = add(.talks, s, trigger: (k + 1)..<(city.upper), place: city.name, date: day.value,
                    status: isAfterPublication(day.value) ? .planned : .held, parties: sides)
        }
    }

    /// "followed by US-Ukrainian talks in Jeddah on March 11": after talks the sentence told, others that came next, with a
    /// place and a day of their own and the sides named before the noun.
    mutating func talksFollowedBy(_ s: Sentence, dates: [DateMention], since known: Int) {
        guard (known..<meetings.count).contains(where: { meetings[$0].kind == .talks }) else { return }
        for k in s.tokens where k + 3 < s.tokens.upperBound && t[k].lower == "followed" && t[k + 1].lower == "by" {
            guard let i = (k + 2..<min(s.tokens.upperBound, k + 8)).first(where: { t[$0].is(.talksNoun) }),
                  i + 2 < s.tokens.upperBound, t[i + 1].lower == "in", let city = cityAt(i + 2, s) else { continue }
            let sides = demonymStates(before: i, s)
            var j = city.upper
            if j < s.tokens.upperBound, t[j].lower == "on" { j += 1 }
            guard sides.count >= 2, let day = dates.first(where: { $0.tokens.lowerBound == j && $0.value.iso != nil }),
                  !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso && $0.place == city.name }) else { continue }
            _ = add(.talks, s, trigger: i..<(i + 1), place: city.name, date: day.value,
                    status: isAfterPublication(day.value) ? .planned : .held, parties: sides)
        }
    }

    /// The city at token `k`: one the gazetteer knows by several words, or a capitalised city word.
    func cityAt(_ k: Int, _ s: Sentence) -> (name: String, upper: Int)? {
        if let known = knownCity(at: k, s) { return known }
        guard k < s.tokens.upperBound, t[k].isCapitalized, t[k].is(.city) else { return nil }
        return (t[k].text, k + 1)
    }
}

extension MeetingRules {
    /// "The meeting in the Emirati capital followed Sunday's talks in Geneva": after a noun that took up the main round, a
    /// second one with its own city, where no round is known yet, is another round.
    func roundOfItsOwnCity(_ own: String?) -> Bool {
        guard let own, isCity(own), let m = mainTalks, let main = meetings[m].place, main.lexKey != own.lexKey else { return false }
        return !meetings.contains { $0.kind == .talks && $0.place?.lexKey == own.lexKey }
    }
}
