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
                guard let new = stateNamed(at: j + 1), let with = (s.tokens.lowerBound..<d.tokens.lowerBound).last(where: { t[$0].lower == "with" }),
                      let old = stateNamed(at: with + 1) else { continue }
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
            guard let day = dates.first(where: { $0.tokens.lowerBound == j && $0.value.iso != nil }), day.value.iso != d.value.iso,
                  city.name != meetings[talks].place,
                  !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso && $0.place == city.name }) else { continue }
            _ = add(.talks, s, trigger: (k + 1)..<(city.upper), place: city.name, date: day.value,
                    status: isAfterPublication(day.value) ? .planned : .held, parties: sides)
        }
    }

    /// The state a capitalised place or demonym at `k` names ("Moscow", "Kyiv", "Ukrainian").
    private func stateNamed(at k: Int) -> String? {
        guard k < t.count, t[k].isCapitalized, let c = Lexicon.placeCountry[t[k].lower] ?? Lexicon.demonyms[t[k].lower], !c.isEmpty else { return nil }
        return c
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

    /// "talks ... in Geneva on Nov. 23 and in Florida on Sunday", then "The Ukrainian team in Hallandale Beach, Florida, ...": a
    /// meeting placed only in a region takes the one city of that region the article names as "City, Region".
    mutating func regionsRefinedByCity() {
        for m in meetings.indices {
            guard let region = meetings[m].place, !isCity(region) else { continue }
            var cities = Set<String>()
            for s in doc.sentences where doc.isFactual(s) {
                for k in s.tokens where t[k].isCapitalized {
                    guard let city = cityAt(k, s), city.upper + 1 < s.tokens.upperBound, t[city.upper].isMark(","),
                          t[city.upper + 1].text == region else { continue }
                    cities.insert(city.name)
                }
            }
            // (A city the gazetteer knows by its words may have no state of its own in the lexicon.)
            if cities.count == 1, let city = cities.first,
               Lexicon.placeCountry[city.lexKey].map({ $0 == Lexicon.placeCountry[region.lexKey] }) ?? true { meetings[m].place = city }
        }
    }

    /// "Merz welcomed Zelensky at the Chancellery on Sunday afternoon" in a report on talks in Berlin that Sunday: a held
    /// meeting with no place took place in the one city where a meeting the same day was held, when that city is in the
    /// state of one of its sides.
    mutating func placedBySameDayMeeting() {
        // (Not a call, which is held from afar.)
        for m in meetings.indices where meetings[m].place == nil && meetings[m].status == .held && meetings[m].kind != .call {
            guard let day = meetings[m].date, day.utf8.count == 10 else { continue }
            let cities = Set(meetings.indices.compactMap { n -> String? in
                guard n != m, meetings[n].date == day, meetings[n].status == .held, let place = meetings[n].place, isCity(place),
                      let state = Lexicon.placeCountry[place.lexKey], meetings[m].parties.contains(state) else { return nil }
                return place
            })
            if cities.count == 1 { meetings[m].place = cities.first }
        }
    }

    /// "... ended in Abu Dhabi on Saturday after two days of meetings. The talks, hosted by the United Arab Emirates, began on
    /// Friday": the article's round is dated by the day it began, when that is at most three days before the one it had.
    mutating func mainRoundDatedByItsStart() {
        // (A round told with no place is too vague to date so: "The current round of diplomacy began in November".)
        guard let m = mainTalks, meetings[m].status == .held, meetings[m].place != nil else { return }
        let known = meetings[m].date.flatMap(DateValue.parseISO)?.ordinal
        for s in doc.sentences where doc.isFactual(s) && s.tokens.count > 4 {
            let a = s.tokens.lowerBound
            guard t[a].lower == "the", t[a + 1].is(.talksNoun),
                  let verb = (a + 2..<min(s.tokens.upperBound, a + 16)).first(where: { Self.startVerbs.contains(t[$0].lower) }),
                  !(a + 2..<verb).contains(where: { t[$0].is(.sayingVerb) || t[$0].is(.meetingTrigger) }) else { continue }
            guard let d = DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).first(where: { d in
                d.tokens.lowerBound > verb && d.tokens.lowerBound - verb <= 3 && d.value.day != nil }),
                  let start = d.value.ordinal else { continue }
            if let known, !(0...3).contains(known - start) { continue }
            meetings[m].setDay(d.value)
            return
        }
    }

    static let startVerbs: WordSet = ["began", "started", "opened"]

    /// The city at token `k`: one the gazetteer knows by several words, or a capitalised city word.
    private func cityAt(_ k: Int, _ s: Sentence) -> (name: String, upper: Int)? {
        if let known = knownCity(at: k, s) { return known }
        guard k < s.tokens.upperBound, t[k].isCapitalized, t[k].is(.city) else { return nil }
        return (t[k].text, k + 1)
    }
}
