extension MeetingRules {
    /// "Zelenskyy, visiting Ankara on Tuesday, said ...", "Zelensky visited Turku on March 19", "on a visit to Dublin": a
    /// leader visiting a city of another state meets its side there. Nothing when a meeting at that place on that day is
    /// known, nor for others' visits.
    mutating func visitAbroad(_ s: Sentence, dates: [DateMention]) {
        guard cues.visit, s.mayHave([.journeyVerb, .meetingTrigger]) else { return }
        for v in s.tokens where t[v].quote == nil && Self.visitWords.contains(t[v].lower) {
            // The place: right after "visiting"/"visited", or after "visit to".
            var k = v + 1
            // ("on a visit to Dublin"; "will visit Ankara on Thursday": the verb after a future marker or "to".)
            if t[v].lower == "visit" {
                let verb = v > s.tokens.lowerBound && (t[v - 1].is(.futureMarker) || t[v - 1].lower == "to")
                if !verb {
                    guard k + 1 < s.tokens.upperBound, t[k].lower == "to" else { continue }
                    k += 1
                }
            }
            if t[v].lower == "visited", visitedLeader(v, s, dates: dates) { return }
            guard k < s.tokens.upperBound, t[k].isCapitalized, t[k].is(.city) || t[k].is(.statePlace),
                  let there = Lexicon.placeCountry[t[k].lower], !there.isEmpty,
                  let visitor = visitorBefore(v, s), let home = people.people[visitor].country, home != there else { continue }
            // ("was in Dublin on Tuesday on his first official visit to Ireland": the city of that state the sentence puts him in.)
            // (Only "in" a city just before the visit, with no one else named between: not "after Trump stopped in Dublin".)
            let cityIn = (max(s.tokens.lowerBound + 1, v - 10)..<v).first { c in t[c].is(.city) && t[c].isCapitalized && t[c - 1].lower == "in"
                && Lexicon.placeCountry[t[c].lower] == there && !(c + 1..<v).contains { people.personAt[$0] != nil } }
            let place = isCity(t[k].text) ? t[k].text : cityIn.map { t[$0].text } ?? t[k].text
            // (The day told next to the visit: after the place, or fronted.)
            let day = dates.first { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 3 }
                ?? dates.last { $0.tokens.upperBound <= v && v - $0.tokens.upperBound <= 12 }
            let date = day?.value
            if meetings.contains(where: { ($0.place == place || $0.place == nil) && date != nil && $0.date == date?.iso }) { continue }
            // (Not a visit counted among others: "Witkoff's sixth visit to Russia this year".)
            if v > s.tokens.lowerBound, let n = Lexicon.roundOrdinals[t[v - 1].lower], n > 1 { continue }
            // (Nor one counted from another time: "Putin's first visit to U.S. soil since 2015" tells what the summit was.)
            if v > s.tokens.lowerBound, t[v - 1].lower == "first", (k + 1..<min(s.tokens.upperBound, k + 5)).contains(where: { t[$0].lower == "since" }) { continue }
            // (An envoy's or minister's visit tells no meeting of its own: "Vance said during a visit to India".)
            guard isLeader(visitor) else { continue }
            let ahead = isFuture(v, s) || date.map(isAfterPublication) ?? false
            heldSummit(s, trigger: v..<(k + 1), parties: [home, there], place: place, venue: nil, date: date, status: ahead ? .planned : .held)
            return
        }
    }

    static let visitWords: WordSet = ["visiting", "visited", "visit"]

    /// "When Mr Zelensky visited Mr Trump at Mar-a-Lago on December 28th": a leader who visited another state's leader met
    /// him, where and when the phrase after the host says.
    private mutating func visitedLeader(_ v: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        // ("visited Mr Trump", "visited President Donald Trump": past a form of address or a title.)
        let k = people.nameStart(after: v, in: s, t)
        // (The visitor names the verb's subject right before it: not "Macron told reporters that Zelensky visited ...", not
        // "Trump, who has never visited Putin".)
        guard k < s.tokens.upperBound, let host = people.personAt[k], v > s.tokens.lowerBound, let visitor = people.personAt[v - 1], visitor != host,
              isLeader(visitor), isLeader(host), let one = people.people[visitor].country, let other = people.people[host].country,
              !one.isEmpty, !other.isEmpty, one != other else { return false }
        let end = people.mentionEnd[k] ?? k + 1
        var phrase = s
        phrase.tokens = end..<min(s.tokens.upperBound, end + 8)
        let venue = venueIn(phrase)
        let place = placeInPhrase(after: end - 1, s) ?? venue.flatMap { Lexicon.venueCities[$0.lexKey] }
        let date = dates.first { d in d.tokens.lowerBound >= end && d.tokens.lowerBound - end <= 10
            && !(end..<d.tokens.lowerBound).contains { t[$0].isMark(",") } }?.value
        let ahead = isFuture(v, s) || date.map(isAfterPublication) ?? false
        heldSummit(s, trigger: v..<end, parties: [one, other], place: place, venue: venue, date: date, status: ahead ? .planned : .held)
        return true
    }

    /// The person who visits: the subject before "visited", the name before ", visiting", or the owner of "his visit" /
    /// "Zelensky's visit" / "on a visit to" (the clause's first person).
    private func visitorBefore(_ v: Int, _ s: Sentence) -> Int? {
        let start = s.tokens.lowerBound
        // ("Zelensky's visit to Athens": the owner.)
        if v - 1 > start, t[v - 1].kind == .possessive, let p = people.personAt[v - 2] { return p }
        // ("Putin met Zelenskyy, visiting Ankara on Tuesday": the name the participle follows.)
        if v - 1 > start, t[v - 1].isMark(","), let p = people.personAt[v - 2] { return p }
        // (Otherwise the first person of the sentence before the verb, not one a preposition governs.)
        for k in start..<v where people.personAt[k] != nil {
            if k > start, ["with", "by", "to", "for", "from"].contains(t[k - 1].lower) { return nil }
            return people.personAt[k]
        }
        return nil
    }
}
