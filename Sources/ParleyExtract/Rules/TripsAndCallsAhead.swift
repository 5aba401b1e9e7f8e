/// Meetings still to come told by what someone expects or hopes to do: "US special envoy Steve Witkoff is
/// expected to travel to Moscow in the coming days", "Mr Witkoff is expected in Moscow later this week", "EU
/// capitals expect Witkoff to travel to Moscow", "Zelensky said he would travel to Washington on Monday", "he hoped to
/// speak to Russian President Vladimir Putin".
extension MeetingRules {
    static let expectingWords: WordSet = ["expected", "expects", "expect", "due", "will", "plans", "planned", "set", "scheduled"]
    static let hopingWords: WordSet = ["hopes", "hoped", "wants", "wanted", "hoping", "wishes"]

    /// A meeting in a capital the traveller's state is not: one of the trips looked for above (the first in the sentence).
    /// A head of state's trip is a leaders' meeting; an envoy's, talks. "Is ready to", "could", "a possible visit" only
    /// propose it. Returns the tokens the trip covers, so a meeting noun inside ("for a meeting with Trump") is not read again.
    mutating func tripAhead(_ s: Sentence, dates: [DateMention]) -> Range<Int>? {
        let t = doc.tokens
        // (Lengths first: "visit", "travel", "expected".)
        for k in s.tokens where (t[k].end - t[k].start == 5 || t[k].end - t[k].start == 6 || t[k].end - t[k].start == 8) && t[k].quote == nil && Self.tripWords.contains(t[k].lower) {
            // "to travel to Moscow", "expected in Moscow", "a Zelenskyy visit to Washington", "to travel on to Abu Dhabi".
            let at = k + 2 < s.tokens.upperBound && t[k + 1].lower == "on" && t[k + 2].lower == "to" ? k + 2 : k + 1
            let visit = t[k].lower == "visit"
            guard at + 1 < s.tokens.upperBound, t[k].lower == "expected" ? t[at].lower == "in" : t[at].lower == "to",
                  let city = knownCity(at: at + 1, s), let host = Lexicon.placeCountry[city.name.lexKey], !host.isEmpty else { continue }
            let before = (max(s.tokens.lowerBound, k - 5)..<k)
            let proposed = before.contains { Self.offeringWords.contains(t[$0].lower) }
                || (k..<min(s.tokens.upperBound, k + 12)).contains { t[$0].lower == "possible" }
            if t[k].lower == "travel" {
                // ("he would travel to Washington on Monday": a modal right before tells the plan too.)
                guard k - 1 > s.tokens.lowerBound, Self.tripModals.contains(t[k - 1].lower) || t[k - 1].lower == "to"
                        && before.contains(where: { Self.expectingWords.contains(t[$0].lower) || Self.offeringWords.contains(t[$0].lower) })
                else { continue }
            }
            // The traveller: the person owning the visit ("a Zelenskyy visit"), one a pronoun before the verb stands for
            // (the sentence's first person: "Zelenskyy said ... that he would travel"), or the person nearest before.
            let index = people
            // ("said he had held a conversation with Trump ... and would travel to Washington": the subject of the verb the
            // modal is joined to.)
            let joined = k - 2 >= s.tokens.lowerBound && t[k - 2].lower == "and" && Self.tripModals.contains(t[k - 1].lower)
            let pronoun = before.last { ["he", "she"].contains(t[$0].lower) }
                ?? (joined ? (s.tokens.lowerBound..<(k - 2)).last { ["he", "she"].contains(t[$0].lower) } : nil)
            let owner = visit ? (max(s.tokens.lowerBound, k - 3)..<k).reversed().lazy.compactMap({ index.personAt[$0] }).first : nil
            let opener = pronoun.flatMap { h in (s.tokens.lowerBound..<h).lazy.compactMap({ index.personAt[$0] }).first }
            let nearest = visit ? nil : (max(s.tokens.lowerBound, k - 12)..<k).reversed().lazy.compactMap({ index.personAt[$0] }).first
            guard let p = owner ?? opener ?? nearest, let home = people.people[p].country, home != host else { continue }
            let date = dates.first { $0.tokens.lowerBound > at && $0.value.day != nil }?.value
            var kind: MeetingKind = isLeader(p) ? .summit : .talks
            // The trip's own words: up to the meeting it is for ("to meet Trump", "for a meeting with Trump"), else to the
            // next comma, so another meeting later in the sentence is still read.
            let purpose = (at + 2..<s.tokens.upperBound).first { j in
                (t[j].is(.meetingTrigger) || t[j].is(.meetVerb)) && (t[j - 1].lower == "for" || t[j - 1].lower == "to"
                    || t[j - 1].is(.article) && t[j - 2].lower == "for") }
            let end = purpose.map { $0 + 1 } ?? (at + 2..<s.tokens.upperBound).first { t[$0].isMark(",") || t[$0].isMark(";") } ?? s.tokens.upperBound
            // ("to travel on to Abu Dhabi for talks with a Russian delegation": the host only hosts; the side met is the
            // group's state.)
            var parties = [home, host]
            if let j = purpose, let group = groupMet(after: j, s), group != home, group != host {
                parties = [home, group]
                if kind == .summit { kind = .talks }
            }
            // (The same trip told again.)
            if !meetings.contains(where: { $0.kind == kind && $0.status != .held && $0.place == city.name }) {
                _ = add(kind, s, trigger: k..<city.upper, place: city.name, date: date, status: proposed ? .proposed : .planned,
                        parties: parties)
            }
            return k..<end
        }
        return nil
    }

    /// "talks with a Russian delegation", "to meet a Russian delegation": the state of the group met at `j`.
    func groupMet(after j: Int, _ s: Sentence) -> String? {
        var k = j + 1
        if k < s.tokens.upperBound, t[k].lower == "with" { k += 1 }
        if k < s.tokens.upperBound, t[k].is(.article) { k += 1 }
        guard k + 1 < s.tokens.upperBound, t[k].is(.stateDemonym), t[k + 1].is(.delegationNoun) || Lexicon.unnamedSourceNouns.contains(t[k + 1].lower),
              let c = Lexicon.demonyms[t[k].lower], !c.isEmpty else { return nil }
        return c
    }

    static let tripWords: WordSet = ["travel", "expected", "visit"]
    static let tripModals: WordSet = ["will", "would", "could", "may", "might"]
    /// Words that only offer or allow a trip: "is ready to travel", "wants to travel", "a possible visit".
    static let offeringWords: WordSet = ["ready", "could", "may", "might", "wants", "willing", "prepared", "hopes", "offered"]

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
    static let conditionWords: WordSet = ["if", "unless", "whether"]
    static let comingVerbs: WordSet = ["come", "travel", "go", "fly", "return", "head"]
    static let cameVerbs: WordSet = ["came", "travelled", "traveled", "went", "flew", "returned", "headed"]

    /// "the Ukrainian president would come to the White House on Monday": a leader's visit to another's seat.
    /// ("On Monday, Zelensky returned to the White House": one told in the past was held, on the day told before or after.)
    mutating func seatVisitAhead(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.comingVerb) else { return }
        // (Anchored on "to the", the rarest part, as this looks at every word of every sentence.)
        for k in s.tokens where t[k].end - t[k].start == 2 && k + 2 < s.tokens.upperBound && t[k].lower == "to" && t[k + 1].lower == "the" {
            let v = k - 1
            guard v > s.tokens.lowerBound, Self.comingVerbs.contains(t[v].lower) || Self.cameVerbs.contains(t[v].lower), t[v].quote == nil
            else { continue }
            let before = t[v - 1].lower
            let past = Self.cameVerbs.contains(t[v].lower)
            guard past || before == "would" || before == "will" || before == "to" else { continue }
            let name = t[v + 3].lower + (v + 4 < s.tokens.upperBound ? " " + t[v + 4].lower : "")
            let seat = Self.leaderSeats[name] != nil ? name : t[v + 3].lower
            guard let host = Self.leaderSeats[seat] else { continue }
            let end = v + 3 + (seat.contains(" ") ? 2 : 1)
            // The visitor: a person, or "the Ukrainian president", in the clause before the verb.
            // (Told as done: not "has not returned to the White House", "If Zelensky went to the Kremlin, ...".)
            if past, isNegated(before: v, s) || (s.tokens.lowerBound..<v).contains(where: { Self.conditionWords.contains(t[$0].lower) }) { continue }
            var home: String? = nil
            // (In the past, the subject right before the verb: "since Trump returned to the White House" is his own seat; and
            // only a leader's: an envoy or minister at the Kremlin tells no summit.)
            var k = past ? v - 1 : v - 2
            while k >= s.tokens.lowerBound, v - k <= 8, home == nil, !t[k].isMark(",") {
                if let p = people.personAt[k] {
                    if past, !isLeader(p) { break }
                    home = people.people[p].country
                }
                else if t[k].is(.stateDemonym), k + 1 < v, t[k + 1].is(.leaderNoun) { home = Lexicon.demonyms[t[k].lower] }
                k -= 1
            }
            guard let home, !home.isEmpty, home != host else { continue }
            let date = dates.first { $0.tokens.lowerBound >= end && $0.tokens.lowerBound - end <= 3 }?.value
                ?? (past ? openingDate(before: v, dates, s)?.value : nil)
            let venue = doc.text(tokens: (v + 3)..<end)
            heldSummit(s, trigger: v..<end, parties: [home, host], place: Lexicon.venueCities[venue.lexKey], venue: venue, date: date,
                       status: past && !(date.map(isAfterPublication) ?? false) ? .held : .planned)
            return
        }
    }
}
