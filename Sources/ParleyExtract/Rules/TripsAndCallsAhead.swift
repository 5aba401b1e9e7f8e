/// Meetings still to come told by what someone expects or hopes to do: "US special envoy Steve Witkoff is
/// expected to travel to Moscow in the coming days", "Mr Witkoff is expected in Moscow later this week", "EU
/// capitals expect Witkoff to travel to Moscow", "Zelensky said he would travel to Washington on Monday", "he hoped to
/// speak to Russian President Vladimir Putin".
extension MeetingRules {
    static let expectingWords: WordSet = ["expected", "expects", "expect", "due", "will", "plans", "planned", "set", "scheduled"]
    static let hopingWords: WordSet = ["hopes", "hoped", "wants", "wanted", "hoping", "wishes"]

    /// Talks in a capital the traveller's state is not: one of the trips looked for above (the first in the sentence).
    mutating func tripAhead(_ s: Sentence, dates: [DateMention]) {
        for k in s.tokens where t[k].end - t[k].start >= 6 && (t[k].lower == "travel" || t[k].lower == "expected") && t[k].quote == nil {
            // "to travel to Moscow", "expected in Moscow".
            let at = k + 1
            guard at + 1 < s.tokens.upperBound, t[k].lower == "travel" ? t[at].lower == "to" : t[at].lower == "in",
                  t[at + 1].is(.city), t[at + 1].isCapitalized, let host = Lexicon.placeCountry[t[at + 1].lower], !host.isEmpty else { continue }
            // ("he would travel to Washington on Monday": a modal right before tells the plan too.)
            if t[k].lower == "travel" {
                guard k - 1 > s.tokens.lowerBound, t[k - 1].lower == "will" || t[k - 1].lower == "would" || t[k - 1].lower == "to"
                        && (max(s.tokens.lowerBound, k - 5)..<k).contains(where: { Self.expectingWords.contains(t[$0].lower) }) else { continue }
            }
            // The traveller: the person nearest before the verb.
            let index = people
            guard let p = (max(s.tokens.lowerBound, k - 12)..<k).reversed().lazy.compactMap({ index.personAt[$0] }).first,
                  let home = people.people[p].country, home != host else { continue }
            let date = dates.first { $0.tokens.lowerBound > at && $0.value.day != nil }?.value
            // (The same trip told again.)
            if !meetings.contains(where: { $0.kind == .talks && $0.status == .planned && $0.place == t[at + 1].text }) {
                _ = add(.talks, s, trigger: k..<(at + 2), place: t[at + 1].text, date: date, status: .planned, parties: [home, host])
            }
            return
        }
    }

    /// "he hoped to speak to Russian President Vladimir Putin": a call one leader means to make to another.
    mutating func callAhead(at i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        guard ["speak", "talk"].contains(t[i].lower), i - 2 >= s.tokens.lowerBound,
              i + 2 < s.tokens.upperBound, ["to", "with"].contains(t[i + 1].lower) else { return false }
        // ("hoped to speak to", "is expected to speak with", or a modal: "the president would speak to Trump on Wednesday".)
        let modal = ["will", "would"].contains(t[i - 1].lower)
        let w = modal ? "will" : t[i - 2].lower
        guard modal || t[i - 1].lower == "to", Self.hopingWords.contains(w) || Self.expectingWords.contains(w) else { return false }
        var k = i + 2
        while k + 1 < s.tokens.upperBound, k - i <= 5, people.personAt[k] == nil, t[k].isWord { k += 1 }
        guard let callee = people.personAt[k], Lexicon.headsOfState.contains(people.people[callee].key) else { return false }
        let index = people
        let caller = (s.tokens.lowerBound..<(i - 2)).lazy.compactMap { index.personAt[$0] }.first { $0 != callee }
        var parties: [String] = []
        if let c = caller.flatMap({ people.people[$0].country }) { parties.append(c) }
        if let c = people.people[callee].country, !parties.contains(c) { parties.append(c) }
        let date = dates.first { $0.tokens.lowerBound > i && $0.value.day != nil }?.value
        lastCall = add(.call, s, trigger: i..<(people.mentionEnd[k] ?? k + 1), date: date, status: Self.hopingWords.contains(w) ? .proposed : .planned, parties: parties)
        return true
    }

    /// Leaders' seats, by the state whose leader receives there.
    static let leaderSeats: [String: String] = [
        "white house": "US", "oval office": "US", "kremlin": "RU", "élysée palace": "FR", "elysee palace": "FR", "mariinsky palace": "UA",
    ]
    static let comingVerbs: WordSet = ["come", "travel", "go", "fly", "return", "head"]

    /// "the Ukrainian president would come to the White House on Monday": a leader's visit to another's seat.
    mutating func seatVisitAhead(_ s: Sentence, dates: [DateMention]) {
        // (Anchored on "to the", the rarest part, as this looks at every word of every sentence.)
        for k in s.tokens where t[k].end - t[k].start == 2 && k + 2 < s.tokens.upperBound && t[k].lower == "to" && t[k + 1].lower == "the" {
            let v = k - 1
            guard v > s.tokens.lowerBound, Self.comingVerbs.contains(t[v].lower), t[v].quote == nil else { continue }
            let before = t[v - 1].lower
            guard before == "would" || before == "will" || before == "to" else { continue }
            let name = t[v + 3].lower + (v + 4 < s.tokens.upperBound ? " " + t[v + 4].lower : "")
            let seat = Self.leaderSeats[name] != nil ? name : t[v + 3].lower
            guard let host = Self.leaderSeats[seat] else { continue }
            let end = v + 3 + (seat.contains(" ") ? 2 : 1)
            // The visitor: a person, or "the Ukrainian president", in the clause before the verb.
            var home: String? = nil
            var k = v - 2
            while k >= s.tokens.lowerBound, v - k <= 8, home == nil, !t[k].isMark(",") {
                if let p = people.personAt[k] { home = people.people[p].country }
                else if t[k].is(.stateDemonym), k + 1 < v, t[k + 1].is(.leaderNoun) { home = Lexicon.demonyms[t[k].lower] }
                k -= 1
            }
            guard let home, !home.isEmpty, home != host else { continue }
            let date = dates.first { $0.tokens.lowerBound >= end && $0.tokens.lowerBound - end <= 3 }?.value
            let venue = doc.text(tokens: (v + 3)..<end)
            heldSummit(s, trigger: v..<end, parties: [home, host], place: Lexicon.venueCities[venue.lexKey], venue: venue, date: date,
                       status: .planned)
            return
        }
    }
}
