extension MeetingRules {
    /// "Trump and Putin previously spoke on Feb. 12, March 18 and May 19": leaders of two states who spoke on
    /// days told one after another had a call on each. True when handled.
    mutating func leadersSpokeOnDays(at i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        // ("The two presidents last spoke on 3 July": an adverb between. "The two leaders spoke again the next day": a day told
        // right after the verb, with no "on".)
        let next = i + 1 < s.tokens.upperBound && t[i + 1].lower == "again" ? i + 2 : i + 1
        let on = next + 1 < s.tokens.upperBound && t[next].lower == "on" ? next + 1
            : dates.contains { $0.tokens.lowerBound == next && $0.value.day != nil } ? next : nil
        guard ["spoke", "talked"].contains(t[i].lower), let on else { return false }
        var states: [String] = []
        var j = i - 1
        while j >= s.tokens.lowerBound, i - j <= 10, !t[j].is(.sayingVerb), !t[j].isMark(","), t[j].quote == nil {
            if let p = people.personAt[j], Lexicon.headsOfState.contains(people.people[p].key),
               let c = people.people[p].country, !states.contains(c) { states.insert(c, at: 0) }
            j -= 1
        }
        // ("The two presidents last spoke on 3 July": the leaders of the latest leaders' meeting or call told.)
        if states.isEmpty, twoLeadersSubject(before: i, s) {
            // (Else the states of the last two heads of state named before.)
            states = meetings.last(where: { ($0.kind == .summit || $0.kind == .call) && $0.parties.count == 2 })?.parties
                ?? lastTwoLeaderStates(before: s.tokens.lowerBound)
        }
        guard states.count >= 2 else { return false }
        var days: [DateMention] = []
        var at = on
        for d in dates where d.tokens.lowerBound >= at {
            guard d.value.day != nil, (at..<d.tokens.lowerBound).allSatisfy({ t[$0].isMark(",") || t[$0].lower == "and" }) else { break }
            days.append(d)
            at = d.tokens.upperBound
        }
        guard !days.isEmpty else { return false }
        for (n, d) in days.enumerated() where !meetings.contains(where: { $0.kind == .call && $0.date == d.value.iso }) {
            lastCall = add(.call, s, trigger: n == 0 ? i..<(i + 1) : d.tokens, date: d.value, status: .held, parties: states)
        }
        return true
    }

    /// "leaders from the UK, France, Germany, and Poland deemed Russia's approach unacceptable and spoke with Trump": leaders
    /// of several states speaking with another state's head of state spoke by phone.
    mutating func leadersSpokeWithLeader(at i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        guard ["spoke", "talked"].contains(t[i].lower), i + 2 < s.tokens.upperBound, ["with", "to"].contains(t[i + 1].lower) else { return false }
        // (Past a title: "spoke with U.S. President Donald Trump".)
        var g = i + 2
        while g < s.tokens.upperBound, g - i < 7, people.personAt[g] == nil,
              t[g].is([.titleWord, .roleNoun, .demonym, .article]) || PeopleRules.isInnerDot(doc, g) { g += 1 }
        guard g < s.tokens.upperBound, let p = people.personAt[g], Lexicon.headsOfState.contains(people.people[p].key),
              let guest = people.people[p].country,
              let group = (s.tokens.lowerBound..<i).first(where: { t[$0].lower == "leaders" }) else { return false }
        var states: [String] = []
        // (Only the list right after the noun: "leaders from the UK, France, Germany, and Poland deemed Russia's ...".)
        var k = group + 1
        while k < i, t[k].kind == .punct || ["from", "of", "the", "and"].contains(t[k].lower) || t[k].isCapitalized || t[k].isAllCaps {
            if t[k].is(.statePlace) || t[k].is(.stateDemonym), let c = Lexicon.placeCountry[t[k].lower] ?? Lexicon.demonyms[t[k].lower],
               !c.isEmpty, c != guest, !states.contains(c) { states.append(c) }
            k += 1
        }
        guard states.count >= 2 else { return false }
        let date = dates.first { sameClause($0, i) }?.value
        lastCall = add(.call, s, trigger: i..<(i + 2), date: date, status: .held, parties: states + [guest])
        return true
    }

    /// The states of the last two heads of state of different states named before token `k`.
    private func lastTwoLeaderStates(before k: Int) -> [String] {
        var out: [String] = []
        var j = k - 1
        while j >= 0, out.count < 2 {
            if let p = people.personAt[j], Lexicon.headsOfState.contains(people.people[p].key), let c = people.people[p].country, !out.contains(c) {
                out.insert(c, at: 0)
            }
            j -= 1
        }
        return out.count == 2 ? out : []
    }

    /// Whether the clause before `i` opens "The two presidents/leaders" (with an adverb or two before the verb).
    /// ("The leaders spent close to three hours together", in an article naming the leaders of two states only: those two.)
    func twoLeadersSubject(before i: Int, _ s: Sentence) -> Bool {
        guard let j = subjectNoun(before: i, s) else { return false }
        if j - 1 == s.tokens.lowerBound, t[j - 1].lower == "the", ["presidents", "leaders"].contains(t[j].lower) { return leadersOfTwoStatesOnly(before: j) }
        // ("the first meeting between the two since they met in Osaka": "they" taking up "the two" of its sentence.)
        if t[j].lower == "they" {
            return twoLeadersJustTold(before: s.tokens.lowerBound)
                || j > s.tokens.lowerBound + 1 && (s.tokens.lowerBound + 1..<j).contains { t[$0].lower == "two" && t[$0 - 1].lower == "the" && isThePair(after: $0) }
                    && lastTwoLeaders(before: j).count == 2
        }
        return j - 2 >= s.tokens.lowerBound && isTheTwoLeaders(endingAt: j)
    }

    /// "the two since", "the two leaders": the pair of leaders, not "the two negotiating teams" or "the two countries".
    private func isThePair(after k: Int) -> Bool {
        guard k + 1 < t.count, t[k + 1].isWord, !Lexicon.objectEnders.contains(t[k + 1].lower) else { return true }
        return Self.pairNouns.contains(t[k + 1].lower)
    }

    static let pairNouns: WordSet = ["leaders", "presidents", "men", "women"]

    /// ("Trump and Putin met in Anchorage on Friday. They last met in Osaka in 2019.": "they" after a sentence naming the two
    /// leaders of the article's last pair, and no one else.)
    private func twoLeadersJustTold(before a: Int) -> Bool {
        guard a > 0 else { return false }
        var b = a - 1
        while b > 0, a - b <= 60, !(t[b - 1].isMark(".") && !PeopleRules.isInnerDot(doc, b - 1)) { b -= 1 }
        let named = Set((b..<a).compactMap { people.personAt[$0] })
        let pair = lastTwoLeaders(before: a)
        // ("It was the third meeting between the two ... . They first met in the Vatican": or "the two" said of them.)
        let theTwo = b + 1 < a && (b + 1..<a).contains { t[$0].lower == "two" && t[$0 - 1].lower == "the" && isThePair(after: $0) }
        return pair.count == 2 && (named == Set(pair) || named.isEmpty && theTwo)
    }

    /// Whether the heads of state named in the article before token `k` are of exactly two states.
    /// (Not after "European leaders of the coalition of the willing were meanwhile in Paris": a group of leaders told before.)
    func leadersOfTwoStatesOnly(before k: Int) -> Bool {
        var states = Set<String>()
        for j in 0..<max(0, k - 1) where t[j].lower == "leaders" { return false }
        for j in 0..<k {
            if let p = people.personAt[j], isLeader(p), let c = people.people[p].country, !c.isEmpty { states.insert(c) }
        }
        return states.count == 2
    }

    /// "the two presidents", "the two leaders" ending at token `j` (two tokens before it in range).
    func isTheTwoLeaders(endingAt j: Int) -> Bool {
        ["presidents", "leaders"].contains(t[j].lower) && t[j - 1].lower == "two" && t[j - 2].lower == "the"
    }

    /// "between the two presidents since their summit": the pair named a few words before token `i`.
    func twoLeadersJustBefore(_ i: Int, _ s: Sentence) -> Bool {
        i >= s.tokens.lowerBound + 3 && (max(s.tokens.lowerBound + 2, i - 6)..<i).contains(where: isTheTwoLeaders)
    }

    /// Whether the clause before `i` opens "the two men", "both envoys" or "the pair": two people named just before.
    func pairSubject(before i: Int, _ s: Sentence) -> Bool {
        guard let j = subjectNoun(before: i, s), j - 1 >= s.tokens.lowerBound else { return false }
        if t[j].lower == "pair" { return t[j - 1].lower == "the" }
        guard ["men", "women", "envoys", "ministers", "diplomats"].contains(t[j].lower) else { return false }
        return t[j - 1].lower == "both" || t[j - 1].lower == "two" && j - 2 >= s.tokens.lowerBound && t[j - 2].lower == "the"
    }

    /// The last word of the subject right before verb `i`, past an adverb or two ("The two leaders had already met").
    private func subjectNoun(before i: Int, _ s: Sentence) -> Int? {
        var j = i - 1
        while j > s.tokens.lowerBound, i - j <= 3, ["last", "previously", "also", "first", "have", "had", "already", "later", "then"].contains(t[j].lower) { j -= 1 }
        return j >= s.tokens.lowerBound ? j : nil
    }

    /// "Orban, who spoke with Trump on Thursday evening and with Putin by phone the following day": a call on each day,
    /// between the one who spoke and the one named before each day. Told in the past only, and not when the first part
    /// names a place ("spoke with Trump at the White House on Friday" met him there).
    func callsOnTwoDays(_ range: Range<Int>, _ s: Sentence, _ dates: [DateMention]) -> [(parties: [String], date: DateValue)]? {
        guard Lexicon.pastCallVerbs.contains(t[range.lowerBound].lower) || t[range.lowerBound].lower == "spoke",
              let and = range.first(where: { t[$0].lower == "and" && $0 + 1 < range.upperBound && t[$0 + 1].lower == "with" }),
              let first = dates.first(where: { range.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= and && $0.value.day != nil }),
              let second = dates.first(where: { $0.tokens.lowerBound >= range.upperBound && $0.tokens.lowerBound - range.upperBound <= 2 }),
              let caller = (s.tokens.lowerBound..<range.lowerBound).last(where: { people.personAt[$0] != nil }).flatMap({ people.personAt[$0] }),
              let home = people.people[caller].country else { return nil }
        func met(_ r: Range<Int>) -> String? {
            r.lazy.compactMap { k in self.people.personAt[k].flatMap { self.people.people[$0].country } }.first { $0 != home }
        }
        guard let a = met(range.lowerBound..<and), let b = met(and..<range.upperBound), a != b else { return nil }
        var firstPart = s
        firstPart.tokens = range.lowerBound..<and
        guard placeIn(firstPart) == nil, venueIn(firstPart) == nil else { return nil }
        // ("the following day": the day after the first call's, whatever day the rules counted it from.)
        let following = second.tokens.contains { ["following", "next"].contains(t[$0].lower) }
        let day = following ? first.value.ordinal.map { DateValue(ordinal: $0 + 1) } ?? second.value : second.value
        guard day.day != nil, day.iso != first.value.iso else { return nil }
        return [([home, a], first.value), ([home, b], day)]
    }

    /// "Erdoğan spoke separately by phone with Putin and Zelenskyy": the caller's state with each one's, when the
    /// call is told as separate and names two or more people after "with".
    func separateCalls(_ range: Range<Int>, _ s: Sentence) -> [[String]]? {
        // ("intended to speak by phone with Putin on Monday and then with Zelensky": one call after the other.)
        let thenWith = (range.upperBound..<max(range.upperBound, min(s.tokens.upperBound - 1, range.upperBound + 16)))
            .contains { t[$0].lower == "then" && t[$0 + 1].lower == "with" }
        guard thenWith || range.contains(where: { t[$0].lower == "separately" }),
              let caller = (s.tokens.lowerBound..<range.lowerBound).lazy.compactMap({ self.people.personAt[$0] }).first,
              let home = people.people[caller].country,
              let with = (range.upperBound..<min(s.tokens.upperBound, range.upperBound + 3)).first(where: { t[$0].lower == "with" }) else { return nil }
        var out: [[String]] = []
        var k = with + 1
        var last: Int? = nil
        while k < s.tokens.upperBound, k - with <= (thenWith ? 20 : 10), !t[k].isMark(","), !t[k].isMark(".") || PeopleRules.isInnerDot(doc, k) {
            if let p = people.personAt[k], p != last, p != caller, let c = people.people[p].country, c != home, !out.contains([home, c]) {
                out.append([home, c])
            }
            last = people.personAt[k] ?? last
            k += 1
        }
        return out.count >= 2 ? out : nil
    }
}
