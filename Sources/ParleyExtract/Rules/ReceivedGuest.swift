/// A leader received as a guest, told in the passive: "The following day, Volodymyr Zelensky was received at the
/// White House", "Zelensky was welcomed by Erdogan in Ankara on Thursday".
extension MeetingRules {
    static let guestVerbs: WordSet = ["received", "welcomed", "hosted", "hosting", "receiving"]

    mutating func receivedGuest(_ s: Sentence, dates: [DateMention], place: String?, venue: String?) {
        for v in s.tokens where v > s.tokens.lowerBound + 1 && Self.guestVerbs.contains(t[v].lower) {
            var home: String? = nil
            var host: String? = nil
            var active = false
            // ("Witkoff and Kushner flew to Moscow and were received by Putin in the Kremlin": an envoy received has talks.)
            var envoy = false
            if ["was", "were"].contains(t[v - 1].lower) {
                // The guest: the person right before "was", or before ", who was", or the one "he" stands for, or the
                // subject of the clause "and" joins to.
                let coordinated = t[v - 2].lower == "and" ? clauseOpeningPerson(before: v - 2, s) : nil
                home = (people.personAt[v - 2] ?? personBeforeWho(at: v - 2, s) ?? coordinated).flatMap { people.people[$0].country }
                    ?? pronounGuestState(at: v - 2, s)
                envoy = coordinated.map { !isLeader($0) } ?? false
                // The host: a person after "by" ("was received on Tuesday by Turkish President Recep Tayyip Erdogan"),
                // or the state of the venue or place named after the verb.
                if let by = (v + 1..<min(s.tokens.upperBound, v + 6)).first(where: { t[$0].lower == "by" }),
                   let p = (by + 1..<min(s.tokens.upperBound, by + 5)).compactMap({ people.personAt[$0] }).first {
                    host = people.people[p].country
                }
            } else if let h = people.personAt[v - 1], let g = personBeforeWho(at: mentionStart(v - 1, s) - 1, s) {
                // "Zelenskyy, who Trump received at the White House on Friday": the guest before "who", the host after it.
                home = people.people[g].country
                host = people.people[h].country
            } else if Self.gerundOpeners.contains(t[v - 1].lower), let h = clauseOpeningPerson(before: v - 1, s), isLeader(h),
                      let g = guestAfter(v, s), isLeader(g) {
                // "Trump said on Sunday that ... were closer to a deal, after hosting Ukrainian President Volodymyr Zelensky at
                // his Mar-a-Lago estate": the gerund's host is the leader the sentence opens with.
                home = people.people[g].country
                host = people.people[h].country
                active = true
            } else if !Self.gerunds.contains(t[v].lower), let h = activeHost(before: v, s), let g = guestAfter(v, s) ?? pronounGuest(after: v, s), isLeader(g) {
                // "the American president received Volodymyr Zelensky ... in Washington on Monday" (a leader received by a
                // leader: "Putin received Steve Witkoff in the Kremlin" is talks, told elsewhere).
                home = people.people[g].country
                host = h
                active = true
            }
            guard let home else { continue }
            let city = venue.flatMap { Lexicon.venueCities[$0.lexKey] } ?? place
            if host == nil, let city { host = Lexicon.placeCountry[city.lexKey] }
            guard let host, !host.isEmpty, host != home else { continue }
            // ("had arrived in Jeddah on Monday, when he was received by ...": the day just before.)
            // ("received him at his Mar-a-Lago residence in Palm Beach on December 28": further on, with no comma between.)
            let date = (openingDate(before: v, dates, s) ?? dates.first { $0.tokens.lowerBound > v && $0.tokens.lowerBound - v <= 10 }
                ?? dates.last { $0.tokens.upperBound <= v && v - $0.tokens.upperBound <= 5 }
                ?? dates.first { d in d.tokens.lowerBound > v && d.tokens.lowerBound - v <= 16
                    && !(v + 1..<d.tokens.lowerBound).contains { t[$0].isMark(",") } && !anotherMeetingBetween(v, d) }
                // ("was received by Mr Trump at Mar-a-Lago, his Florida residence, on December 28": past the venue's appositive.)
                ?? venue.flatMap { venueHeadToken($0, s) }.flatMap { k in dates.first { k > v && afterAppositive(of: k, $0, s) } })?.value
            if envoy {
                if !meetings.contains(where: { $0.kind == .talks && $0.date == date?.iso && date != nil }) {
                    let m = add(.talks, s, trigger: v..<(v + 1), place: city, date: date, status: .held, parties: [home, host])
                    meetings[m].venue = venue
                }
                return
            }
            heldSummit(s, trigger: v..<(v + 1), parties: active ? [host, home] : [home, host], place: city, venue: venue, date: date)
            return
        }
    }

    /// "Zelensky then flew to Florida, where Trump received him": the person the sentence opens with, whom "him" or "her"
    /// right after the verb at `v` stands for (not the host right before the verb).
    private func pronounGuest(after v: Int, _ s: Sentence) -> Int? {
        guard v + 1 < s.tokens.upperBound, ["him", "her"].contains(t[v + 1].lower), let g = clauseOpeningPerson(before: v - 1, s),
              g != people.personAt[v - 1] else { return nil }
        return g
    }

    /// The first person of the clause before `k`, past a fronted date ("On 2 December, Witkoff and Kushner flew ... and").
    static let gerundOpeners: WordSet = ["after", "before", "while", "since"]
    static let gerunds: WordSet = ["hosting", "receiving"]

    func clauseOpeningPerson(before k: Int, _ s: Sentence) -> Int? {
        (s.tokens.lowerBound..<k).lazy.compactMap { self.people.personAt[$0] }.first
    }

    /// The person named within three words after the verb at `v` ("received Volodymyr Zelensky").
    private func guestAfter(_ v: Int, _ s: Sentence) -> Int? {
        for k in (v + 1)..<min(s.tokens.upperBound, v + 4) { if let p = people.personAt[k] { return p } }
        return nil
    }

    /// The state of the host right before an active "received": a person, or "the <demonym> president".
    private func activeHost(before v: Int, _ s: Sentence) -> String? {
        if let p = people.personAt[v - 1] { return isLeader(p) ? people.people[p].country : nil }
        let k = v - 2
        guard k >= s.tokens.lowerBound, t[k].is(.stateDemonym), t[k + 1].is(.leaderNoun), let c = Lexicon.demonyms[t[k].lower], !c.isEmpty else { return nil }
        return c
    }

    /// "Zelenskyy said in Ankara, where he was received ...", "The Ukrainian leader had arrived in Jeddah, when he
    /// was received ...": the state of the person (or "the <demonym> leader") that "he" or "she" at `k` stands for.
    private func pronounGuestState(at k: Int, _ s: Sentence) -> String? {
        guard k > s.tokens.lowerBound, ["he", "she"].contains(t[k].lower) else { return nil }
        for j in stride(from: k - 1, through: s.tokens.lowerBound, by: -1) where t[j].quote == nil {
            if let p = people.personAt[j] { return people.people[p].country }
            if j + 1 < k, t[j].is(.stateDemonym), t[j + 1].is(.leaderNoun), let c = Lexicon.demonyms[t[j].lower], !c.isEmpty { return c }
        }
        return nil
    }

    private func mentionStart(_ k: Int, _ s: Sentence) -> Int {
        var a = k
        while a > s.tokens.lowerBound, people.personAt[a - 1] != nil, people.personAt[a - 1] == people.personAt[k] { a -= 1 }
        return a
    }

    /// "Volodymyr Zelensky, who": the person before the comma when token `w` is "who".
    private func personBeforeWho(at w: Int, _ s: Sentence) -> Int? {
        guard w - 2 >= s.tokens.lowerBound, w < s.tokens.upperBound, t[w].lower == "who", t[w - 1].isMark(",") else { return nil }
        return people.personAt[w - 2]
    }

    /// The leaders' meeting of these sides on that day (or undated), given what it lacked; else a new one (held unless told
    /// as to come).
    mutating func heldSummit(_ s: Sentence, trigger: Range<Int>, parties: [String], place: String?, venue: String?, date: DateValue?,
                             status: MeetingStatus = .held) {
        if let m = meetings.firstIndex(where: { $0.kind == .summit && Set($0.parties) == Set(parties) && ($0.date == nil || $0.date == date?.iso) }) {
            if meetings[m].place == nil { meetings[m].place = place }
            if meetings[m].venue == nil { meetings[m].venue = venue }
            if meetings[m].date == nil, let date { meetings[m].setDay(date) }
        } else {
            let m = add(.summit, s, trigger: trigger, place: place, date: date, status: status, parties: parties)
            meetings[m].venue = venue
        }
    }
}
