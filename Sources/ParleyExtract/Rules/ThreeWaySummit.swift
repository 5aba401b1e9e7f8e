extension MeetingRules {
    /// "a three-way meeting with Mr. Putin and Mr. Zelensky could follow", "Putin appeared open to a three-way meeting that
    /// would include the Ukrainian leader": a three-way meeting of leaders put forward, told with no place or day, is a summit
    /// proposed between the leaders the sentence names, with those of the article's last summit when it names fewer.
    /// Not one denied ("a trilateral summit had not been discussed"), nor rounds of delegations ("the second trilateral
    /// meeting in Abu Dhabi").
    mutating func threeWaySummit(_ s: Sentence, dates: [DateMention], since known: Int) {
        guard s.mayHave(.meetingTrigger) else { return }
        for i in s.tokens where Self.threeWayNouns.contains(t[i].lower) && t[i].quote == nil && isThreeWay(before: i, s) {
            guard !meetings[known...].contains(where: { $0.span.start <= t[i].start && t[i].start < $0.span.end }),
                  !meetings[known...].contains(where: { $0.kind == .summit }),
                  placeInPhrase(after: i, s) == nil, !dates.contains(where: { $0.tokens.lowerBound > i }),
                  !(s.tokens.lowerBound..<s.tokens.upperBound).contains(where: { Self.denialWords.contains(t[$0].lower) }) else { continue }
            // The leaders named after the noun, by name or by office ("the Ukrainian leader").
            let end = min(s.tokens.upperBound, i + 12)
            var third = Set((i + 1..<end).compactMap { people.personAt[$0].flatMap { isLeader($0) ? people.people[$0].country : nil } })
            for k in (i + 1..<end) where Self.leaderNouns.contains(t[k].lower) && k - 1 > i && t[k - 1].is(.stateDemonym) {
                if let c = Lexicon.demonyms[t[k - 1].lower], !c.isEmpty { third.insert(c) }
            }
            // (Not one of others or offered without who would meet: "a three-way meeting of Baltic leaders", "offered to host a
            // three-way meeting".)
            guard !third.isEmpty else { continue }
            // (The leaders the sentence names, else those of the article's last summit of two.)
            let named = Set(s.tokens.compactMap { people.personAt[$0].flatMap { isLeader($0) ? people.people[$0].country : nil } }).union(third)
            let last = meetings.last { $0.kind == .summit && $0.parties.count == 2 }
            let parties = named.count == 3 ? named : named.union(last?.parties ?? [])
            guard parties.count == 3 else { continue }
            _ = add(.summit, s, trigger: i..<(i + 1), place: nil, date: nil, status: .proposed, parties: parties.sorted())
            return
        }
    }

    static let threeWayNouns: WordSet = ["meeting", "summit"]
    static let denialWords: WordSet = ["not", "no", "never", "ruled"]
    static let leaderNouns: WordSet = ["leader", "president"]
}
