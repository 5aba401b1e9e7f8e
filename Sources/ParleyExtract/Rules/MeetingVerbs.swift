/// Meetings named by a verb rather than a noun: "Erdogan met Zelensky in Ankara on Thursday",
/// "Trump will meet Putin in Alaska", "Putin and Zelensky last met in Paris in 2019",
/// "Russian and Ukrainian delegations met in Istanbul". Two sides are needed (two states among the
/// participants); heads of state on both sides make a summit, anyone else talks.
extension MeetingRules {
    /// Who stands on either side of a verb of meeting.
    struct Participants {
        var countries: [String] = []
        var leaders = 0
        var others = 0
        /// "delegations", "negotiators", "officials", "his Ukrainian counterpart".
        var groups = 0

        mutating func add(country: String?) {
            if let country, !country.isEmpty, !countries.contains(country) { countries.append(country) }
        }
    }

    mutating func meetingVerbs(_ s: Sentence, dates: [DateMention], place: String?, venue: String?, summitsOnly: Bool) {
        for i in s.tokens where t[i].is(.meetVerb) && t[i].quote == nil {
            guard !isNegated(before: i, s) else { continue }
            // "negotiators spent an hour together at ...", not "together with".
            // "a video call hosted by Merz": the passive qualifies a meeting already named.
            if t[i].lower == "hosted", i + 1 < s.tokens.upperBound, t[i + 1].lower == "by" { continue }
            // ("bring the leaders together" is an offer to host, told too loosely to place or date.)
            if t[i].lower == "together", i + 1 < s.tokens.upperBound && t[i + 1].lower == "with"
                || (max(s.tokens.lowerBound, i - 10)..<i).contains(where: { ["bring", "brought", "bringing"].contains(t[$0].lower) }) { continue }
            var who = Participants()
            guard subject(before: i, s, into: &who) else { continue }
            let end = object(after: i, s, into: &who)
            guard who.countries.count >= 2 else { continue }
            let past = ["met", "hosted", "gathered", "convened", "sat"].contains(t[i].lower)
                || t[i].lower == "together" && !DateRules.isFuture(before: i, doc, in: s)
            let defaultStatus: MeetingStatus = past ? .held : .planned
            if who.groups == 0, who.others == 0, who.leaders >= 2 {
                summitFromVerb(at: i..<end, s, dates: dates, place: place, venue: self.venue(venue, near: i, s), parties: who.countries,
                               status: status(s, default: defaultStatus))
            } else if !summitsOnly, mainTalks != nil, !mainSides.isEmpty, !Set(who.countries).isSubset(of: mainSides),
                      !who.countries.contains(Self.eitherSide) {
                // "a U.S. delegation ... met a Russian team at Riyadh’s Diriyah Palace" in an article about US-Ukraine talks.
                otherSidesTalks(at: i, s, dates: dates, place: place, venue: venue, parties: who.countries.sorted(), status: defaultStatus)
            } else if !summitsOnly {
                let before = meetings.count
                talksRound(at: i, s, dates: dates, place: place, venue: venue)
                // A round between other sides than the article's main two ("U.S. and Ukrainian officials met in Jeddah").
                if meetings.count > before, let m = meetings.indices.last {
                    if meetings[m].parties.isEmpty, !who.countries.contains(Self.eitherSide) { meetings[m].parties = who.countries.sorted() }
                    if meetings[m].place == nil { meetings[m].place = place }
                }
            }
            return
        }
    }

    /// Talks between other sides than the main round's: their own meeting, or more facts for one already told.
    private mutating func otherSidesTalks(at i: Int, _ s: Sentence, dates: [DateMention], place: String?, venue: String?,
                                          parties: [String], status st: MeetingStatus) {
        let date = (dates.first { !$0.relative && $0.value.iso != nil } ?? dates.first)?.value
        if let m = meetings.firstIndex(where: { $0.kind == .talks && Set($0.parties) == Set(parties)
            && ($0.date == nil || date == nil || $0.date == date?.iso) && ($0.place == nil || place == nil || $0.place == place) }) {
            if meetings[m].place == nil { meetings[m].place = place }
            if meetings[m].venue == nil { meetings[m].venue = venue }
            if meetings[m].date == nil, let date { meetings[m].date = date.iso; meetings[m].monthDay = date.monthDay }
        } else {
            let m = add(.talks, s, trigger: i..<(i + 1), place: place, date: date, status: status(s, default: st), parties: parties)
            meetings[m].venue = venue
        }
    }

    /// "have not met since 2019", "refused to meet": no meeting.
    private func isNegated(before i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 4 {
            if Lexicon.meetingNegators.contains(t[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// The participants before the verb, up to the clause's start; false when the clause is
    /// reported ("he said he would meet ...") with nobody to stand for "he".
    private func subject(before i: Int, _ s: Sentence, into who: inout Participants) -> Bool {
        var k = i - 1
        var lastPerson: Int? = nil
        var skipped = 0
        while k >= s.tokens.lowerBound, i - k - skipped <= 14 {
            let token = t[k]
            // "US and Russian delegations, led by Rubio and Lavrov respectively, met": the aside is skipped.
            if token.isMark(","), let opening = asideOpening(before: k, s) { skipped += k - opening + 1; k = opening - 1; continue }
            // ("Sergey V. Lavrov", "Mr. Rubio": the dot is inside a name.)
            if token.kind == .punct, !token.isMark("-"), !token.isMark("–"), !PeopleRules.isInnerDot(doc, k) { break }
            if Lexicon.clauseOpeners.contains(token.lower) {
                // "no breakthrough until Trump and Putin met": a condition, not a meeting.
                if Lexicon.hypotheticalOpeners.contains(token.lower) { return false }
                break
            }
            if token.is(.sayingVerb) {
                // "Zelensky said he was ready to meet Putin": the pronoun is the speaker.
                break
            }
            note(k, into: &who, lastPerson: &lastPerson)
            k -= 1
        }
        if who.countries.isEmpty, who.groups == 0, lastPerson == nil, k >= s.tokens.lowerBound, t[k].is(.sayingVerb) {
            return speaker(before: k, s, into: &who)
        }
        return true
    }

    /// The comma that opens an aside closed by the comma at `k` (", led by ...,", ", who ...,").
    private func asideOpening(before k: Int, _ s: Sentence) -> Int? {
        var c = k - 1
        while c > s.tokens.lowerBound, k - c <= 16, !t[c].isMark(",") {
            if t[c].kind == .punct, !t[c].isMark("."), !t[c].isMark("-") { return nil }
            c -= 1
        }
        guard c > s.tokens.lowerBound, t[c].isMark(","), c + 1 < k, Lexicon.asideOpeners.contains(t[c + 1].lower) else { return nil }
        return c
    }

    /// The person just before a verb of saying, standing for "he" or "she" in the clause after it.
    private func speaker(before k: Int, _ s: Sentence, into who: inout Participants) -> Bool {
        var j = k - 1
        var lastPerson: Int? = nil
        while j >= s.tokens.lowerBound, k - j <= 4, t[j].kind != .punct {
            if people.personAt[j] != nil { note(j, into: &who, lastPerson: &lastPerson); return true }
            j -= 1
        }
        return false
    }

    /// The participants after the verb ("with" skipped), up to the place, date or next clause;
    /// returns where they end.
    private func object(after i: Int, _ s: Sentence, into who: inout Participants) -> Int {
        var k = i + 1
        if k < s.tokens.upperBound, t[k].lower == "with" { k += 1 }
        var lastPerson: Int? = nil
        while k < s.tokens.upperBound, k - i <= 12 {
            let token = t[k]
            if token.kind == .punct, !token.isMark("-"), !token.isMark("–"), !PeopleRules.isInnerDot(doc, k) { break }
            // "met Russian and Ukrainian officials": "and" joins participants here, it does not end them.
            let joinsParticipants = token.lower == "and" && k + 1 < s.tokens.upperBound
                && (t[k + 1].is(.stateDemonym) || people.personAt[k + 1] != nil)
            if Lexicon.objectEnders.contains(token.lower), !joinsParticipants { break }
            note(k, into: &who, lastPerson: &lastPerson)
            k += 1
        }
        return k
    }

    private func note(_ k: Int, into who: inout Participants, lastPerson: inout Int?) {
        let token = t[k]
        if let p = people.personAt[k] {
            guard p != lastPerson else { return }
            lastPerson = p
            who.add(country: people.people[p].country)
            if isLeader(p) { who.leaders += 1 } else { who.others += 1 }
            return
        }
        if token.is(.stateDemonym) || token.is(.statePlace), token.isCapitalized || token.isAllCaps {
            who.add(country: Lexicon.demonyms[token.lower] ?? Lexicon.placeCountry[token.lower])
        }
        if token.is(.delegationNoun) || Lexicon.meetingGroupNouns.contains(token.lower) { who.groups += 1 }
        // "negotiators from the two sides", "both sides": the article's two sides, named later.
        if token.lower == "sides" && k > 0 && (["two", "both"].contains(t[k - 1].lower) || t[k - 1].lower == "the")
            || token.is(.delegationNoun) && k > 0 && ["two", "both"].contains(t[k - 1].lower) {
            who.add(country: Self.eitherSide)
            who.add(country: Self.otherSide)
        }
    }

    /// Stand-ins for "the two sides" until the article's main parties are known.
    static let eitherSide = "?1", otherSide = "?2"

    /// A head of state or government, by a role the article gives or by the built-in list.
    private func isLeader(_ p: Int) -> Bool {
        let person = people.people[p]
        if Lexicon.headsOfState.contains(person.key) { return true }
        return person.roles.contains { role in
            let words = role.text.lowercased().split(separator: " ")
            guard let last = words.last else { return false }
            let leader = Lexicon.leaderTitles.contains(String(last)) || last == "minister" && words.contains("prime")
            guard leader else { return false }
            return !words.contains { ["vice", "deputy", "former"].contains($0) }
        }
    }

    private mutating func summitFromVerb(at clause: Range<Int>, _ s: Sentence, dates: [DateMention], place: String?, venue: String?,
                                         parties: [String], status st: MeetingStatus) {
        // Only a date next to the verb or its participants; a weekday counts, resolved against the article's date.
        let i = clause.lowerBound
        let date = dates.first(where: { near($0.tokens, i, s) || near($0.tokens, clause.upperBound - 1, s) })?.value
        let same = meetings.firstIndex { m in
            m.kind == .summit && m.status == st && Set(m.parties) == Set(parties)
                && (m.date == nil || date == nil || m.date == date?.iso) && (m.place == nil || place == nil || m.place == place)
        }
        if let m = same {
            if meetings[m].place == nil { meetings[m].place = place }
            if meetings[m].venue == nil { meetings[m].venue = venue }
            if meetings[m].date == nil, let date { meetings[m].date = date.iso; meetings[m].monthDay = date.monthDay }
        } else {
            let m = add(.summit, s, trigger: i..<(i + 1), place: place, date: date, status: st, parties: parties)
            meetings[m].venue = venue
        }
    }
}
