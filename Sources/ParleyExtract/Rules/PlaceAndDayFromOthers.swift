/// A meeting's place or day read from the rest of the article once every sentence is read: the city the article names in
/// its region, the city of a meeting the same day, the day the article's round began.
extension MeetingRules {
    /// "talks ... in Geneva on Nov. 23 and in Florida on Sunday", then "The Ukrainian team in Hallandale Beach, Florida, ...": a
    /// meeting placed only in a region takes the one city of that region the article names as "City, Region".
    /// The cities the article's factual sentences (or all its sentences, datelines among them) name as "City, Region"
    /// for `region`. (Not in capitals: "ANCHORAGE, Alaska —" is spelt otherwise than the place a meeting takes.)
    func citiesNamed(inRegion region: String, factualOnly: Bool = true) -> Set<String> {
        var cities = Set<String>()
        for s in doc.sentences where !factualOnly || doc.isFactual(s) {
            for k in s.tokens where t[k].isCapitalized && !t[k].isAllCaps {
                guard let city = cityAt(k, s), city.upper + 1 < s.tokens.upperBound, t[city.upper].isMark(","),
                      t[city.upper + 1].text == region else { continue }
                cities.insert(city.name)
            }
        }
        return cities
    }

    mutating func regionsRefinedByCity() {
        for m in meetings.indices {
            guard let region = meetings[m].place, !isCity(region) else { continue }
            let cities = citiesNamed(inRegion: region)
            // (A city the gazetteer knows by its words may have no state of its own in the lexicon.)
            if cities.count == 1, let city = cities.first,
               Lexicon.placeCountry[city.lexKey].map({ $0 == Lexicon.placeCountry[region.lexKey] }) ?? true { meetings[m].place = city }
        }
    }

    /// "Merz welcomed Zelensky at the Chancellery on Sunday afternoon" in a report on talks in Berlin that Sunday: a held
    /// meeting with no place took place in the one city where a meeting the same day was held, when that city is in the
    /// state of one of its sides.
    mutating func placedBySameDayMeeting() {
        // (Not a call, which is held from afar, nor an exchange, which is done at a border: "The exchange took place later on
        // Thursday" after Tusk's talks in Kyiv that day.)
        for m in meetings.indices where meetings[m].place == nil && meetings[m].status == .held && meetings[m].kind != .call
            && meetings[m].kind != .exchange {
            guard let day = meetings[m].date, day.utf8.count == 10 else { continue }
            let cities = Set(meetings.indices.compactMap { n -> String? in
                guard n != m, meetings[n].date == day, meetings[n].status == .held, let place = meetings[n].place, isCity(place),
                      let state = Lexicon.placeCountry[place.lexKey], meetings[m].parties.contains(state) else { return nil }
                return place
            })
            if cities.count == 1 { meetings[m].place = cities.first }
        }
    }

    /// "... ended in Abu Dhabi on Saturday after two days of meetings. The talks, hosted by the United Arab Emirates, began on
    /// Friday": the article's round is dated by the day it began, when that is at most three days before the one it had.
    mutating func mainRoundDatedByItsStart() {
        // (A round told with no place is too vague to date so: "The current round of diplomacy began in November".)
        guard let m = mainTalks, meetings[m].status == .held, meetings[m].place != nil else { return }
        let known = meetings[m].date.flatMap(DateValue.parseISO)?.ordinal
        for s in doc.sentences where doc.isFactual(s) && s.tokens.count > 4 {
            let a = s.tokens.lowerBound
            // ("The third round of US-brokered trilateral talks, and the first on European soil, opened on Tuesday": the noun
            // phrase the sentence opens with, to its last talks noun.)
            var run = a + 1
            while run < min(s.tokens.upperBound, a + 10), t[run].isWord || t[run].isMark("-") { run += 1 }
            // (Not "The second day of talks began on Thursday": a day of the round, not the round.)
            // ("The talks began ...": the noun right after the article, as ever.)
            let lastNoun = t[a + 1].is(.talksNoun) ? a + 1 : (a + 1..<run).last(where: { t[$0].is(.talksNoun) })
            guard let head = lastNoun, t[a].lower == "the", t[a + 1].is(.talksNoun)
                    || Lexicon.roundOrdinals[t[a + 1].lower] != nil && !(a + 1..<head).contains(where: { Self.partsOfARound.contains(t[$0].lower) }),
                  let verb = (head + 1..<min(s.tokens.upperBound, head + 16)).first(where: { Self.startVerbs.contains(t[$0].lower) }),
                  !(head + 1..<verb).contains(where: { t[$0].is(.sayingVerb) || t[$0].is(.meetingTrigger) }) else { continue }
            guard let d = DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).first(where: { d in
                d.tokens.lowerBound > verb && d.tokens.lowerBound - verb <= 3 && d.value.day != nil }),
                  let start = d.value.ordinal else { continue }
            if let known, !(0...3).contains(known - start) { continue }
            meetings[m].setDay(d.value)
            return
        }
    }

    static let startVerbs: WordSet = ["began", "started", "opened"]
    static let partsOfARound: WordSet = ["day", "days", "session", "sessions", "part", "stage", "phase"]
}
