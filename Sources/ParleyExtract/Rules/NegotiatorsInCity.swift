extension MeetingRules {
    /// "was reworked by American and Ukrainian negotiators in Geneva on November 23": two states' negotiators placed in a
    /// city on a day tell their talks there, in a sentence with no word of meeting.
    mutating func negotiatorsInCity(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.delegationNoun) else { return }
        for k in s.tokens where k + 2 < s.tokens.upperBound && t[k + 1].lower == "in" {
            guard let (one, other) = twoStatesGroup(at: k, s), let city = cityAt(k + 2, s) else { continue }
            var j = city.upper
            if j < s.tokens.upperBound, t[j].lower == "on" { j += 1 }
            guard let day = dates.first(where: { $0.tokens.lowerBound == j && $0.value.iso != nil }),
                  !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso && $0.place == city.name }) else { continue }
            _ = add(.talks, s, trigger: (k - 3)..<city.upper, place: city.name, date: day.value,
                    status: isAfterPublication(day.value) ? .planned : .held, parties: [one, other])
        }
    }

    /// "since Geneva, where US and Ukrainian officials whittled the draft down to 19 points on November 23": two states'
    /// negotiators at work in a city a "where" clause opens on tell their talks there, on the day the clause gives, when
    /// a verb in the past follows them ("had been due to meet" tells no talks held).
    mutating func negotiatorsWhereInCity(_ s: Sentence, dates: [DateMention]) {
        guard cues.whereClause, s.mayHave(.delegationNoun) || cues.officials else { return }
        for k in s.tokens where k - 6 >= s.tokens.lowerBound && k + 1 < s.tokens.upperBound && t[k - 4].lower == "where"
            && t[k - 5].isMark(",") && Self.pastVerbShape(t[k + 1]) {
            guard let (one, other) = twoStatesGroup(at: k, s) else { continue }
            // ("Hallandale Beach, where": a city of several words ending at the comma.)
            var city: String? = nil
            for a in [k - 6, k - 7, k - 8] where a >= s.tokens.lowerBound && city == nil {
                if let found = cityAt(a, s), found.upper == k - 5 { city = found.name }
            }
            guard let city else { continue }
            let end = (k + 1..<s.tokens.upperBound).first { t[$0].isMark(",") || t[$0].isMark(";") } ?? s.tokens.upperBound
            // ("followed a long Sunday at the U.S. mission in Geneva, where American and Ukrainian negotiators reworked ...":
            // or the day of the clause the "where" clause hangs on, when its own tells none.)
            let before = (s.tokens.lowerBound..<(k - 5)).last { t[$0].isMark(",") || t[$0].isMark(";") }.map { $0 + 1 } ?? s.tokens.lowerBound
            let full = { (d: DateMention) in d.value.iso != nil && d.value.day != nil }
            let ownDates = dates.filter { $0.tokens.lowerBound > k && $0.tokens.upperBound <= end }
            // (Only when the clause tells no time of its own, and only a day whose phrase runs to the city: not "briefed
            // leaders on Tuesday on progress in Geneva, where ... reworked the plan last week", nor "the May 16 meeting in
            // Istanbul, where ... delegations sat", a meeting already named there.)
            guard let day = ownDates.first(where: full) ?? (ownDates.isEmpty ? dates.last(where: { d in
                    d.tokens.lowerBound >= before && d.tokens.upperBound <= k - 5 && full(d)
                        && (d.tokens.upperBound..<(k - 5)).allSatisfy { Self.placePhraseWord(t[$0]) } }) : nil),
                  !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso && $0.place == city }) else { continue }
            _ = add(.talks, s, trigger: (k - 3)..<(k + 1), place: city, date: day.value,
                    status: isAfterPublication(day.value) ? .planned : .held, parties: [one, other].sorted())
        }
    }

    /// "U.S. and Ukrainian officials discussed it in Geneva on Nov. 23": two states' negotiators as the subject of a verb of
    /// working a text over, placed in a city on a day in the same clause, tell their talks there when no word of meeting does.
    mutating func negotiatorsActedInCity(_ s: Sentence, dates: [DateMention]) {
        guard cues.working, s.mayHave(.delegationNoun) || cues.officials else { return }
        for k in s.tokens where k + 1 < s.tokens.upperBound && Self.workingVerbs.contains(t[k + 1].lower) {
            guard let (one, other) = twoStatesGroup(at: k, s) else { continue }
            let end = (k + 1..<s.tokens.upperBound).first { t[$0].isMark(",") || t[$0].isMark(";") } ?? s.tokens.upperBound
            guard !(k + 1..<end).contains(where: { t[$0].is(.meetingTrigger) }),
                  let at = (k + 2..<end).first(where: { t[$0].lower == "in" && $0 + 1 < end }), let city = cityAt(at + 1, s),
                  let day = dates.first(where: { $0.tokens.lowerBound > k && $0.tokens.upperBound <= end && $0.value.day != nil && $0.value.iso != nil }),
                  !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso && $0.place == city.name }) else { continue }
            _ = add(.talks, s, trigger: (k - 3)..<(k + 2), place: city.name, date: day.value,
                    status: isAfterPublication(day.value) ? .planned : .held, parties: [one, other].sorted())
        }
    }

    /// "a revised version of Washington's peace plan, hammered out with a Ukrainian delegation in Florida on Sunday": a text
    /// worked over with one state's negotiators in a city on a day tells talks there between them and the state the sentence
    /// named before (a place or people of its own).
    mutating func workedOverWithDelegation(_ s: Sentence, dates: [DateMention]) {
        guard cues.working, s.mayHave(.delegationNoun) || s.mayHave(.delegateNoun) else { return }
        for w in s.tokens where t[w].quote == nil && Self.workingVerbs.contains(t[w].lower) {
            var k = w + 1
            if k < s.tokens.upperBound, ["out", "over", "up"].contains(t[k].lower) { k += 1 }
            guard k + 3 < s.tokens.upperBound, t[k].lower == "with" else { continue }
            k += 1
            if t[k].is(.article) { k += 1 }
            guard k + 1 < s.tokens.upperBound, let theirs = capitalisedState(at: k, s),
                  t[k + 1].is(.delegationNoun) || Self.officialNouns.contains(t[k + 1].lower) || t[k + 1].is(.delegateNoun),
                  k + 3 < s.tokens.upperBound, t[k + 2].lower == "in",
                  // ("in Florida": a region too.)
                  let city = cityAt(k + 3, s) ?? (t[k + 3].is(.place) && t[k + 3].isCapitalized ? (t[k + 3].text, k + 4) : nil) else { continue }
            let end = (city.upper..<s.tokens.upperBound).first { t[$0].isMark(",") || t[$0].isMark(";") } ?? s.tokens.upperBound
            guard let day = dates.first(where: { $0.tokens.lowerBound >= city.upper && $0.tokens.upperBound <= end && $0.value.day != nil
                      && $0.value.iso != nil }),
                  // (Not the one who says it: "Ukraine says the plan was drafted with a Russian delegation in Miami".)
                  !(s.tokens.lowerBound..<w).contains(where: { t[$0].is(.sayingVerb) }),
                  let ours = statesBefore(w, s).first(where: { $0 != theirs }),
                  !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso && $0.place == city.name }) else { continue }
            _ = add(.talks, s, trigger: w..<(k + 2), place: city.name, date: day.value,
                    status: isAfterPublication(day.value) ? .planned : .held, parties: [ours, theirs].sorted())
            return
        }
    }

    /// The states named before `w` in the sentence, by place, demonym or a person's state, in order.
    private func statesBefore(_ w: Int, _ s: Sentence) -> [String] {
        (s.tokens.lowerBound..<w).compactMap { k in
            if let p = people.personAt[k] { return people.people[p].country.flatMap { $0.isEmpty ? nil : $0 } }
            return capitalisedState(at: k, s)
        }
    }

    /// "at the U.S. mission in Geneva": the words of a phrase that places something.
    static func placePhraseWord(_ w: Token) -> Bool {
        w.isCapitalized || w.isAllCaps || w.is(.venueHead) || w.isMark(".") || ["at", "in", "the"].contains(w.lower)
    }

    /// Verbs of working a text over together ("declined to comment in Kyiv", "reported attacks in Kharkiv" tell no talks).
    static let workingVerbs: WordSet = ["discussed", "reworked", "revised", "amended", "finalised", "finalized", "drafted", "hammered",
                                        "thrashed", "whittled", "worked", "debated", "reviewed", "refined"]

    /// "American and Ukrainian negotiators", "US and Ukrainian officials": the two states of a group noun at `k`.
    private func twoStatesGroup(at k: Int, _ s: Sentence) -> (String, String)? {
        guard k - 3 >= s.tokens.lowerBound, t[k].quote == nil, t[k].is(.delegationNoun) || Self.officialNouns.contains(t[k].lower),
              t[k - 2].lower == "and", let one = capitalisedState(at: k - 3, s), let other = capitalisedState(at: k - 1, s), one != other
        else { return nil }
        return (one, other)
    }

    func capitalisedState(at k: Int, _ s: Sentence) -> String? {
        guard t[k].isCapitalized || t[k].isAllCaps, let code = stateNamed(at: k, s), !code.isEmpty else { return nil }
        return code
    }

    static let officialNouns: WordSet = ["officials", "envoys", "diplomats"]

    /// A word shaped like a verb in the past: "met", "held", or a lowercase word ending in "ed" ("whittled", "agreed").
    static func pastVerbShape(_ w: Token) -> Bool {
        w.isWord && !w.isCapitalized && (Self.irregularPasts.contains(w.lower) || w.lower.hasSuffix("ed") && w.end - w.start > 3)
    }

    static let irregularPasts: WordSet = ["met", "held", "sat", "drew", "hammered", "worked", "spent", "thrashed", "made", "took"]
}
