extension MeetingRules {
    /// "the meeting could take place within about two weeks", "preparations for the summit were under way",
    /// "The Budapest meeting would be the second": a definite leaders' meeting or meeting with no day of its own,
    /// once a leaders' meeting (in that place, when one is named) was told and before any talks round, is that one.
    func summitTakenUp(_ i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        let w = t[i].lower
        guard w == "meeting" || w == "summit", i > s.tokens.lowerBound, mainTalks == nil || w == "summit" else { return false }
        var a = i - 1
        // ("The Alaska meeting" in an article that told "Anchorage, Alaska": the city the article sets in that region.)
        let place = t[a].isCapitalized && t[a].is(.city) ? t[a].text : t[a].isCapitalized && t[a].is(.place) ? cityToldIn(region: a) : nil
        if place != nil { a -= 1 }
        // ("Trump had announced the meeting last Thursday": the day of announcing it, not its own.)
        let announced = a > s.tokens.lowerBound && Self.announcingVerbs.contains(t[a - 1].lower)
        guard a >= s.tokens.lowerBound, t[a].lower == "the", announced || !dates.contains(where: { near($0.tokens, i, s) }),
              // ("The summit at Joint Base Elmendorf-Richardson on Friday": nor a day right after a venue the noun is at.)
              !(dayAfterVenue(of: i, s, dates) && meetings.contains { $0.kind == .summit && $0.status == .held }) else { return false }
        // ("the summit of the Bucharest Nine and the Nordic countries in Vilnius": a city in its own phrase that no summit
        // told has makes it another.)
        let own = place ?? cityOfOwnClause(after: i, s)
        return meetings.contains { $0.kind == .summit && (own == nil || $0.place == own) }
    }

    /// "the summit at Joint Base Elmendorf-Richardson on Friday": a day right after the venue the noun at `i` is at.
    func dayAfterVenue(of i: Int, _ s: Sentence, _ dates: [DateMention]) -> Bool {
        guard i + 1 < s.tokens.upperBound, t[i + 1].lower == "at", let v = venueIn(s), let k = venueHeadToken(v, s), k > i, k - i <= 8
        else { return false }
        return dates.contains { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 2 }
    }

    /// The one city the article sets in the region named at `k`: "Anchorage, Alaska" for "Alaska".
    func cityToldIn(region k: Int) -> String? {
        guard !t[k].is(.city) else { return nil }
        // (A dateline counts: the name only takes up a summit already told in that city.)
        let cities = citiesNamed(inRegion: t[k].text, factualOnly: false)
        return cities.count == 1 ? cities.first : nil
    }

    /// The city of the clause after the noun at `i`, up to a comma, with no other meeting told between ("held talks with
    /// Trump at his Mar-a-Lago resort in Palm Beach", "the summit of the Bucharest Nine ... in Vilnius").
    func cityOfOwnClause(after i: Int, _ s: Sentence) -> String? {
        let e = (i + 1..<s.tokens.upperBound).first { t[$0].isMark(",") || t[$0].isMark(";") } ?? s.tokens.upperBound
        guard e > i + 1, e - i <= 24, !(i + 1..<e).contains(where: { t[$0].is(.meetingTrigger) }) else { return nil }
        var rest = s
        rest.tokens = (i + 1)..<e
        // ("at their meeting in Samarkand in September 2022": a city the gazetteer lacks, right after the noun.)
        let unlisted = i + 2 < e && t[i + 1].lower == "in" && t[i + 2].isCapitalized && !t[i + 2].isAllCaps && t[i + 2].classes.isEmpty
            && people.personAt[i + 2] == nil && t[i + 2].quote == nil && (i + 3 == e || !t[i + 3].isCapitalized && t[i + 3].kind != .possessive)
        return placeIn(rest).flatMap { isCity($0) ? $0 : nil } ?? (unlisted ? t[i + 2].text : nil)
    }

    /// "The meeting, held at Joint Base Elmendorf-Richardson on August 15, lasted ...": the day told in a phrase set off
    /// after the noun, opened by "held", dates the leaders' meeting taken up when it had none.
    mutating func datedInAppositive(_ i: Int, _ s: Sentence, dates: [DateMention]) {
        // ("The Anchorage meeting, held ...": the summit of the city named before the noun, told as held.)
        let own = i > s.tokens.lowerBound && t[i - 1].isCapitalized && t[i - 1].is(.city) ? t[i - 1].text : nil
        guard i + 2 < s.tokens.upperBound, t[i + 1].isMark(","), t[i + 2].lower == "held",
              let close = (i + 3..<s.tokens.upperBound).first(where: { t[$0].isMark(",") || t[$0].isMark(";") }),
              let d = dates.first(where: { $0.tokens.lowerBound > i + 2 && $0.tokens.upperBound <= close && $0.value.day != nil && !$0.relative }),
              let m = meetings.lastIndex(where: { $0.kind == .summit && $0.status == .held && (own == nil || $0.place == own) }),
              meetings[m].date == nil, meetings[m].monthDay == nil else { return }
        meetings[m].setDay(d.value)
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
    }

    static let announcingVerbs: WordSet = ["announced", "announce", "announces", "proposed", "postponed", "cancelled", "canceled",
                                           "shelved", "scrapped", "confirmed", "arranged", "agreed"]
}

extension MeetingRules {
    /// "It was the first face-to-face encounter between the two presidents since 2019": a meeting noun predicated of a
    /// pronoun opening the sentence says what the meeting told before was; it tells no other.
    func predicateOfLatest(_ i: Int, _ s: Sentence) -> Bool {
        var a = s.tokens.lowerBound
        // ("The Anchorage meeting was the first face-to-face encounter ...": a subject naming the summit by its city.)
        if a + 3 < i, t[a].lower == "the", t[a + 1].isCapitalized, t[a + 2].is(.summitNoun) || Self.encounterNouns.contains(t[a + 2].lower) { a += 2 }
        // (Only a leaders' meeting told just before: "It was the first direct talks between Russia and Ukraine since 2022"
        // after a call is a round of its own.)
        guard i - a >= 3, i - a <= 10, meetings.last?.kind == .summit, t[i].is(.summitNoun) || Self.encounterNouns.contains(t[i].lower),
              Self.pronounSubjects.contains(t[a].lower) || a > s.tokens.lowerBound,
              Self.predicateVerbs.contains(t[a + 1].lower), t[a + 2].lower == "the",
              (a + 3..<i).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized || t[$0].isMark("-") }) else { return false }
        // (Not "It was the third round in 2025, after the first round on May 16": other meetings told after it are read.)
        return a > s.tokens.lowerBound || !(i + 1..<s.tokens.upperBound).contains { t[$0].is(.meetingTrigger) }
    }

    static let pronounSubjects: WordSet = ["it", "this", "that"]
    static let encounterNouns: WordSet = ["encounter", "meeting"]
    static let predicateVerbs: WordSet = ["was", "is", "marked", "became"]

    /// "Peskov said such a summit was 'hardly possible'", "On Thursday, a day before the summit, ...": the leaders' meeting
    /// told before, taken up.
    func suchMeeting(_ i: Int, _ s: Sentence) -> Bool {
        guard i - 2 >= s.tokens.lowerBound, t[i].is(.summitNoun), meetings.contains(where: { $0.kind == .summit }) else { return false }
        return t[i - 1].lower == "a" && t[i - 2].lower == "such"
            || t[i - 1].lower == "the" && Self.relativeToWords.contains(t[i - 2].lower) && (i + 1 == s.tokens.upperBound || t[i + 1].kind == .punct)
    }

    static let relativeToWords: WordSet = ["before", "after", "since"]
}
