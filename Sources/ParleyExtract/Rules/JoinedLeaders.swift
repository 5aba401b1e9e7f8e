extension MeetingRules {
    /// "Nausėda joined dozens of European and allied leaders in Paris on Tuesday": a leader who joins a group of leaders
    /// in a city is at a leaders' meeting there, with the city's state.
    mutating func joinedLeaders(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.leaderNoun) else { return }
        for v in s.tokens where t[v].quote == nil && Self.joiningVerbs.contains(t[v].lower) {
            // Past the words that count or describe the group: "dozens of European and allied", "fellow EU", "20 other".
            var k = v + 1
            while k < s.tokens.upperBound, k - v <= 8,
                  t[k].is(.demonym) || t[k].isAllCaps || t[k].kind == .number || Self.leaderGroupWords.contains(t[k].lower) { k += 1 }
            guard k > v + 1, k + 2 < s.tokens.upperBound, t[k].lower == "leaders", t[k + 1].lower == "in",
                  t[k + 2].isCapitalized, t[k + 2].is(.city), let there = Lexicon.placeCountry[t[k + 2].lower],
                  let leader = clauseOpeningPerson(before: v, s), isLeader(leader),
                  let home = people.people[leader].country else { continue }
            let place = t[k + 2].text
            let day = dates.first { $0.tokens.lowerBound > k + 2 && $0.tokens.lowerBound - (k + 2) <= 3 } ?? openingDate(before: v, dates, s)
            let parties = there.isEmpty || there == home ? [home] : [home, there]
            let ahead = isFuture(v, s) || day.map { isAfterPublication($0.value) } ?? false
            heldSummit(s, trigger: v..<(k + 1), parties: parties, place: place, venue: nil, date: day?.value, status: ahead ? .planned : .held)
            return
        }
    }

    /// "Leaders of Ukraine's allies agreed in Paris on Tuesday on ...", "after European leaders met Zelensky and two US envoys
    /// in Berlin on Monday evening": a group of leaders doing something in a city on a day is a leaders' meeting there.
    mutating func leadersActedInCity(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.leaderNoun), !dates.isEmpty else { return }
        for k in s.tokens where t[k].lower == "leaders" && t[k].quote == nil {
            // The group opens the sentence or is told by what it is ("European leaders", "coalition leaders").
            guard k == s.tokens.lowerBound || t[k - 1].is(.demonym) || Self.leaderGroupWords.contains(t[k - 1].lower) else { continue }
            // ("Leaders of Ukraine's allies": past whose leaders they are.)
            var v = k + 1
            if v < s.tokens.upperBound, t[v].lower == "of" {
                v += 1
                while v < s.tokens.upperBound, v - k <= 6, t[v].isCapitalized || t[v].kind == .possessive || t[v].is(.article)
                        || t[v].isWord && !t[v].lower.hasSuffix("ed") && !Self.leadersGatheringVerbs.contains(t[v].lower) { v += 1 }
            }
            // ("Leaders of Ukraine's allies meeting in Paris on Tuesday agreed ...", "... met in Paris": the verb of gathering too.)
            guard v < s.tokens.upperBound, Lexicon.pastEventVerbs.contains(t[v].lower) || t[v].lower.hasSuffix("ed") && !t[v].isCapitalized
                    || Self.leadersGatheringVerbs.contains(t[v].lower),
                  t[v].quote == nil else { continue }
            // The city after the verb and those met, in the same clause.
            guard let c = (v + 1..<min(s.tokens.upperBound - 1, v + 14)).first(where: { t[$0].lower == "in" && t[$0 + 1].isCapitalized && t[$0 + 1].is(.city) }),
                  !(v + 1..<c).contains(where: { t[$0].isMark(",") || t[$0].isMark(";") }), !inRelativeClause(after: v, place: t[c + 1].text, s),
                  let there = Lexicon.placeCountry[t[c + 1].lower],
                  let day = dates.first(where: { $0.tokens.lowerBound > c + 1 && $0.tokens.lowerBound - (c + 1) <= 3 }) else { continue }
            heldSummit(s, trigger: k..<(k + 1), parties: there.isEmpty ? [] : [there], place: t[c + 1].text, venue: nil, date: day.value,
                       status: isAfterPublication(day.value) ? .planned : .held)
            return
        }
    }

    static let joiningVerbs: WordSet = ["joined", "joins", "joining", "join"]
    static let leadersGatheringVerbs: WordSet = ["met", "meeting", "gathered", "gathering", "convened"]
    static let leaderGroupWords: WordSet = ["dozens", "scores", "of", "and", "allied", "other", "fellow", "western", "world", "several",
                                            "more", "than", "some", "about", "around", "the", "key", "coalition"]
}
