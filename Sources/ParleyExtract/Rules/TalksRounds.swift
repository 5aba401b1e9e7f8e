/// Negotiation rounds: which mention is the article's main round, a round still to come, or another
/// round the article recounts, with its number, place, venue and date.
extension MeetingRules {
    /// The round's number from an ordinal just before the talks noun: "the first round of talks",
    /// "their second direct peace talks".
    func roundNumber(before i: Int, _ s: Sentence) -> Int? {
        var j = i - 1
        var words = 0
        while j >= s.tokens.lowerBound && words < 4 {
            if let n = Lexicon.roundOrdinals[t[j].lower] { return n }
            // ("the third and shortest round", "the second and final round": an ordinal joined to a superlative.)
            if j - 2 >= s.tokens.lowerBound, t[j - 1].lower == "and", let n = Lexicon.roundOrdinals[t[j - 2].lower],
               Self.finalWords.contains(t[j].lower) || t[j].lower.hasSuffix("est") && t[j].end - t[j].start > 5 { return n }
            // "first face-to-face talks": a hyphenated compound is one modifier.
            if t[j].isMark("-") || j + 1 < i && t[j + 1].isMark("-") || j > s.tokens.lowerBound && t[j - 1].isMark("-") { j -= 1; continue }
            guard Lexicon.roundModifiers.contains(t[j].lower) else { return nil }
            words += 1
            j -= 1
        }
        return nil
    }

    static let finalWords: WordSet = ["final", "last", "only", "decisive"]

    /// "Sunday's meeting was the second high-level sit-down between the two sides": a weekday owning a talks noun names the held
    /// round reported, and dates it when nothing did.
    mutating func weekdaysMeeting(_ i: Int, _ s: Sentence, dates: [DateMention], place: String?) -> Bool {
        guard t[i].is(.talksNoun), let m = mainTalks, meetings[m].status == .held, i - 2 >= s.tokens.lowerBound, t[i - 1].kind == .possessive,
              t[i - 2].is(.weekday), let d = dates.first(where: { $0.tokens.contains(i - 2) && $0.value.day != nil }), !isAfterPublication(d.value),
              // (Not "at Tuesday's meeting of NATO foreign ministers": a meeting of others.)
              !(i + 1 < s.tokens.upperBound && ["of", "with", "between", "among"].contains(t[i + 1].lower)),
              place == nil || place == meetings[m].place, meetings[m].date == nil || meetings[m].date == d.value.iso else { return false }
        if meetings[m].date == nil, meetings[m].monthDay == nil { meetings[m].setDay(d.value) }
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
        return true
    }

    /// The tokens of an apposition ", the third trilateral round ...," holding the noun at `i`, after a meeting noun.
    func appositionHolding(_ i: Int, _ s: Sentence) -> Range<Int>? {
        guard let open = (max(s.tokens.lowerBound, i - 5)..<i).last(where: { t[$0].isMark(",") }), open + 1 < i, t[open + 1].lower == "the",
              (open + 1..<i).allSatisfy({ t[$0].isWord }),
              (max(s.tokens.lowerBound, open - 6)..<open).contains(where: { t[$0].is(.meetingTrigger) }),
              let close = (i + 1..<s.tokens.upperBound).first(where: { t[$0].isMark(",") }) else { return nil }
        return open..<close
    }

    /// The ordinal that introduces a date in an enumeration ("the first occurring on May 16 and
    /// the second on June 2"): the last one after the previous date.
    func ordinal(introducing date: DateMention, after start: Int) -> Int? {
        var j = date.tokens.lowerBound - 1
        while j >= start {
            if let n = Lexicon.roundOrdinals[t[j].lower] { return n }
            j -= 1
        }
        return nil
    }

    /// "the first occurring on May 16 and the second on June 2": two or more days, each after its
    /// own ordinal; not "between June 20 and June 30" or a round and the exchange it produced.
    func enumeratesRounds(_ dates: [DateMention], after i: Int, _ s: Sentence) -> Bool {
        // (Only days after the noun: "The talks on Feb. 4 and 5 followed a first round ... on Jan. 23 and 24" numbers one.)
        let days = dates.filter { isDay($0) && $0.tokens.lowerBound > i }
        guard days.count > 1 else { return false }
        var after = i + 1
        var numbered = 0
        for d in days {
            // ("The first round of direct talks took place on May 16, the second on June 2": the first day's ordinal
            // stands before the noun.)
            if ordinal(introducing: d, after: after) != nil || after == i + 1 && roundNumber(before: i, s) != nil { numbered += 1 }
            after = d.tokens.upperBound
        }
        return numbered >= 2
    }

    /// "The previous two rounds, held in Istanbul on May 16 and June 2": the days after a plural "rounds",
    /// each a held round of its own (those already told are not added again). True when handled.
    mutating func roundsOnDays(at i: Int, _ s: Sentence, dates: [DateMention], place: String?, allRounds: Int? = nil) -> Bool {
        var days = dates.filter { isDay($0) && $0.tokens.lowerBound > i && !anotherMeetingBetween(i, $0) }
        // ("three rounds in Istanbul this year -- in May, June and July": a round in each month listed.)
        if days.count < 2 {
            let months = dates.filter { $0.value.month != nil && $0.value.day == nil && !$0.relative && $0.tokens.lowerBound > i
                && !anotherMeetingBetween(i, $0) }
            if months.count >= 2 { days = months }
        }
        // ("two rounds ..., the first on May 16 and the second on June 2": the enumeration rule numbers them.)
        // ("The first two rounds of direct talks in three years were held in Istanbul, at Dolmabahce Palace on May 16 and at
        // Ciragan Palace on June 2": the noun's own phrase may run long before its first day, through "held".)
        // ("three rounds of direct Russia-Ukraine talks in Istanbul last year — on May 16, ...": or through a dash.)
        var reach = (i + 1..<max(i + 1, days.first?.tokens.lowerBound ?? i)).contains { t[$0].lower == "held" || t[$0].isDashMark } ? 18 : 12
        // ("two rounds in Abu Dhabi, the capital of the United Arab Emirates, on Jan. 23 and 24 and on Feb. 4 and 5": past an
        // apposition to the place.)
        let commas = (i + 1..<max(i + 1, days.first?.tokens.lowerBound ?? i)).filter { t[$0].isMark(",") }
        if commas.count == 2, t[commas[0] + 1].is(.article) { reach += commas[1] - commas[0] }
        guard days.count >= 2, days[0].tokens.lowerBound - i <= reach, !enumeratesRounds(dates, after: i, s) else { return false }
        // "their third round ... followed sessions on May 16 and June 2": the rounds before the main one, in order.
        let numbered = mainTalks.flatMap { m in meetings[m].round.flatMap { $0 - 1 == days.count ? $0 : nil } } != nil
        // ("have met three times ... – on May 16, June 2 and July 23": all the rounds there were, in order.)
        let allToldHere = allRounds == days.count
        for (n, d) in days.enumerated() where !meetings.contains(where: { $0.kind == .talks && $0.date == d.value.iso && $0.monthDay == d.value.monthDay }) {
            let ahead = d.value.iso.flatMap { day in publishedDay(comparableWith: day).map { day > $0 } } ?? false
            let status: MeetingStatus = ahead ? .planned : .held
            // (Earlier rounds of the main round's series were held where it was, unless the sentence says otherwise.)
            // ("the two Abu Dhabi rounds, on January 23-24 and February 4-5": a city naming the rounds.)
            // ("The meeting in the Swiss city ... came after two rounds in Abu Dhabi": a city right after the noun is theirs.)
            let own = placeInPhrase(after: i, s).flatMap { isCity($0) ? $0 : nil } ?? place ?? attributiveCity(before: i, s)
                ?? (numbered ? mainTalks.flatMap { meetings[$0].place } : nil)
            let m = add(.talks, s, trigger: i..<(i + 1), place: own, date: d.value, status: status, round: numbered || allToldHere ? n + 1 : nil)
            meetings[m].venue = venueRightBefore(d, s)
            // ("The meeting ... came after two rounds in Abu Dhabi", "The first two trilateral rounds were held in Abu Dhabi": rounds
            // the main one came after, or of its kind, told with no sides of their own, were between its sides.)
            let before = max(s.tokens.lowerBound, i - 4)..<i
            if !before.contains(where: { t[$0].is(.stateDemonym) || t[$0].is(.statePlace) }) {
                if before.contains(where: { Self.afterWords.contains(t[$0].lower) }) { roundsBeforeMain.append(m) }
                else if before.contains(where: { Self.threeWayWords.contains(t[$0].lower) }) { threeWayRounds.append(m) }
            }
        }
        return true
    }

    /// "the two Abu Dhabi rounds": a known city standing right before the noun at `i`.
    func attributiveCity(before i: Int, _ s: Sentence) -> String? {
        for k in [i - 1, i - 2, i - 3] where k >= s.tokens.lowerBound {
            if let city = knownCity(at: k, s), city.upper == i, isCity(city.name) { return city.name }
        }
        return nil
    }

    /// "at Dolmabahce Palace on May 16": the venue of the "at" phrase the day closes.
    /// "on May 16 at the Dolmabahçe Palace": a venue right after the day, before any mark.
    func venueRightAfter(_ d: DateMention, _ s: Sentence) -> String? {
        let at = d.tokens.upperBound
        guard at + 1 < s.tokens.upperBound, t[at].lower == "at" else { return nil }
        var phrase = s
        phrase.tokens = at..<((at + 1..<min(s.tokens.upperBound, at + 8)).first { t[$0].kind == .punct && !t[$0].isMark("-") } ?? min(s.tokens.upperBound, at + 8))
        return venueIn(phrase)
    }

    private func venueRightBefore(_ d: DateMention, _ s: Sentence) -> String? {
        let on = d.tokens.lowerBound - 1
        guard on > s.tokens.lowerBound, t[on].lower == "on",
              let at = (max(s.tokens.lowerBound, on - 5)..<on).last(where: { t[$0].lower == "at" }) else { return nil }
        var phrase = s
        phrase.tokens = at..<on
        return venueIn(phrase)
    }

    /// "It was in Istanbul, in March 2022, that the Russian delegation, then led by Medinsky, and the Ukrainian
    /// delegation, led by Arakhamia, came closest to a deal": two delegations placed and dated in an earlier
    /// year are an earlier round, and the sentence's delegations are its own.
    mutating func earlierRoundOfDelegations(_ s: Sentence, dates: [DateMention]) {
        guard let year = articleDate?.year, let d = dates.first(where: { ($0.value.year ?? year) < year && !$0.relative }),
              s.tokens.filter({ t[$0].is(.delegationNoun) }).count >= 2, let place = placeIn(s) else { return }
        let m = meetings.firstIndex { $0.kind == .talks && $0.date == d.value.iso && ($0.place == nil || $0.place == place) }
            ?? add(.talks, s, trigger: d.tokens, place: place, date: d.value, status: .held)
        if meetings[m].place == nil { meetings[m].place = place }
        roundIn[s.tokens.lowerBound] = m
    }

    /// "Yermak had led the Ukrainian delegation in Geneva on Nov. 23", in a report on talks held on another day: the
    /// delegation's city and day, right after it, tell a round of their own, which the sentence's delegations sat at.
    /// (Only a delegation led there: one met there, "Driscoll met a Russian delegation in Abu Dhabi on Nov. 24", is the verb's.)
    mutating func delegationOnAnotherDay(_ s: Sentence, dates: [DateMention]) {
        guard let main = mainTalks, meetings[main].status == .held, let mainDay = meetings[main].date, mainDay.count == 10,
              let k = s.tokens.first(where: { k in t[k].is(.delegationNoun) && k + 2 < s.tokens.upperBound
                  && Lexicon.placePrepositions.contains(t[k + 1].lower) && (t[k + 2].is(.city) || t[k + 2].is(.cityStart))
                  && (max(s.tokens.lowerBound, k - 4)..<k).contains { t[$0].is(.leadVerb) } }),
              // (At another city than the round's, when it has one: not "who led the Ukrainian delegation in Abu Dhabi on Saturday" of
              // talks in Abu Dhabi over Friday and Saturday.)
              let city = knownCity(at: k + 2, s), meetings[main].place == nil || isOtherPlace(city.name, than: main) else { return }
        // ("Yermak had led Kyiv's team in Geneva a week earlier, on 23 November": the day a few words on, the one told by its
        // date first.)
        let near = dates.filter { $0.value.day != nil && $0.tokens.lowerBound >= city.upper && $0.tokens.lowerBound - city.upper <= 6 }
        guard let d = near.first(where: { !$0.relative }) ?? near.first, let day = d.value.iso, day != mainDay, isBeforePublication(d.value)
        else { return }
        let m = meetings.firstIndex { $0.kind == .talks && $0.date == day && ($0.place == nil || $0.place == city.name) }
            ?? add(.talks, s, trigger: k..<(k + 1), place: city.name, date: d.value, status: .held)
        if meetings[m].place == nil { meetings[m].place = city.name }
        roundIn[s.tokens.lowerBound] = m
    }

    /// "the Russian side presented its own document only at the table in the Ciragan Palace on Monday": the
    /// venue of the main round's city, with a day beside it, places and dates an undated main round.
    /// (Told before the round itself — "spent five hours with Putin at the Kremlin on Tuesday. ... The Moscow
    /// meeting ..." — the venue and day wait for it.)
    mutating func mainRoundByVenue(_ s: Sentence, dates: [DateMention]) {
        guard mainTalks.map({ meetings[$0].date == nil && meetings[$0].status == .held }) ?? true, let venue = venueIn(s),
              let city = Lexicon.venueCities[venue.lexKey],
              let k = venueHeadToken(venue, s),
              let d = dates.first(where: { $0.tokens.lowerBound > k && $0.value.day != nil && dayOfVenue($0, after: k) }) else { return }
        guard let m = mainTalks else {
            if venueDayAhead == nil { venueDayAhead = (venue, city, d.value) }
            return
        }
        placeAndDate(m, venue: venue, city: city, day: d.value)
    }

    /// "Fidan opened the session at Dolmabahçe Palace on the Bosphorus": a known venue told of "the session" (or
    /// "the talks") places a main round that had neither place nor venue, even with no day beside it.
    mutating func mainRoundVenue(_ s: Sentence) {
        guard let m = mainTalks, meetings[m].venue == nil, meetings[m].status == .held,
              meetings[m].place == nil && s.tokens.contains(where: { k in
                  k > s.tokens.lowerBound && (t[k].is(.talksNoun) || t[k].lower == "session") && t[k - 1].lower == "the" })
                // ("Rubio led the U.S. delegation at the U.S. Mission in Geneva": a delegation led at a venue of the round's city; not
                // "had dinner with the Ukrainian delegation at the Beau-Rivage hotel".)
                || meetings[m].place != nil && s.tokens.contains(where: { k in k + 1 < s.tokens.upperBound && t[k].is(.delegationNoun) && t[k + 1].lower == "at"
                    && (max(s.tokens.lowerBound, k - 5)..<k).contains { t[$0].is(.leadVerb) } }),
              let venue = venueIn(s), let city = Lexicon.venueCities[venue.lexKey] ?? meetings[m].place.flatMap({ p in placeIn(s) == p ? p : nil }),
              meetings[m].place == nil || meetings[m].place?.lexKey == city.lexKey else { return }
        meetings[m].venue = venue
        meetings[m].place = city
    }

    /// The venue and day told before the main round, given to it once it is known and in that city.
    mutating func venueDayToldEarlier() {
        guard let m = mainTalks, meetings[m].date == nil, meetings[m].status == .held, let (venue, city, day) = venueDayAhead else { return }
        placeAndDate(m, venue: venue, city: city, day: day)
    }

    private mutating func placeAndDate(_ m: Int, venue: String, city: String, day: DateValue) {
        // ("during a third round ... at Çırağan Palace", then "after the first session at Dolmabahçe Palace on May 16": another
        // venue's day is another round's.)
        guard meetings[m].place.map({ $0.lexKey == city.lexKey }) ?? true, meetings[m].venue.map({ $0.lexKey == venue.lexKey }) ?? true else { return }
        meetings[m].venue = meetings[m].venue ?? venue
        meetings[m].place = meetings[m].place ?? city
        meetings[m].setDay(day)
    }

    /// "at Dolmabahçe Palace for about an hour and a half on Friday": the day follows the venue in the same
    /// phrase, with no comma and no other meeting between.
    private func dayOfVenue(_ d: DateMention, after k: Int) -> Bool {
        let gap = (k + 1)..<d.tokens.lowerBound
        return gap.count <= 9 && !gap.contains { t[$0].isMark(",") || t[$0].is(.meetingTrigger) }
    }

    /// "Trump and Putin ended their summit here Friday ..., with both men describing the talks as productive":
    /// before any round of talks, a bare "the talks" after a held leaders' meeting is that meeting.
    /// ("at Joint Base Elmendorf-Richardson after talks that ran close to three hours": bare after a word of time, and
    /// placing a summit the lead told with no place.)
    private mutating func talksOfTheSummit(_ i: Int, _ s: Sentence, place: String?, venue: String?, date: DateMention?) -> Bool {
        // ("The two leaders met on Friday at Joint Base Elmendorf-Richardson ... for talks that lasted nearly three hours": talks
        // the leaders met for.)
        let metFor = i > s.tokens.lowerBound && t[i - 1].lower == "for"
            && (max(s.tokens.lowerBound, i - 20)..<(i - 1)).contains { Self.gatheringVerbs.contains(t[$0].lower) }
        guard mainTalks == nil, plannedTalks == nil, i > s.tokens.lowerBound, Self.summitTalksOpeners.contains(t[i - 1].lower) || metFor,
              let summit = meetings.lastIndex(where: { $0.kind == .summit && ($0.status == .held || $0.date != nil) }),
              // ("After the talks in Florida", of a meeting at Mar-a-Lago in Palm Beach: the state the city lies in.)
              place == nil || meetings[summit].place == nil || place == meetings[summit].place
                || place.map({ p in meetings[summit].place.map { refines($0, p) } ?? false }) ?? false,
              venue == nil || meetings[summit].venue == nil || venue == meetings[summit].venue,
              date == nil || date?.value.iso == meetings[summit].date else { return false }
        // ("the Russian-Ukrainian talks" are another round; "called Russian President Vladimir Putin during a break in the
        // talks" names a state only outside the noun's own words.)
        guard !(max(s.tokens.lowerBound, i - 4)..<i).contains(where: { t[$0].is(.stateDemonym) && (t[$0].isCapitalized || t[$0].isAllCaps) }) else { return false }
        if meetings[summit].place == nil { meetings[summit].place = place ?? venue.flatMap { Lexicon.venueCities[$0.lexKey] } }
        if meetings[summit].venue == nil { meetings[summit].venue = venue }
        return true
    }

    static let summitTalksOpeners: WordSet = ["the", "after", "during"]

    /// "The two leaders met for nearly three hours at Joint Base Elmendorf-Richardson": a venue in the city of the
    /// latest leaders' meeting, told by a sentence that adds no meeting, is that meeting's.
    /// ("after a summit of the so-called coalition of the willing in Paris", then "Macron, Starmer and Zelensky signed a
    /// declaration of intent at the Élysée Palace on Tuesday evening": an undated summit held takes the day after the venue too.)
    mutating func summitVenue(_ venue: String?, _ s: Sentence, dates: [DateMention]) {
        guard let venue, let city = Lexicon.venueCities[venue.lexKey],
              let m = meetings.lastIndex(where: { $0.kind == .summit }), meetings[m].venue == nil,
              meetings[m].place?.lexKey == city.lexKey else { return }
        meetings[m].venue = venue
        if meetings[m].date == nil, meetings[m].monthDay == nil, meetings[m].status == .held, let k = venueHeadToken(venue, s),
           let d = dates.first(where: { $0.tokens.lowerBound > k && $0.value.day != nil && dayOfVenue($0, after: k) }), !isAfterPublication(d.value) {
            meetings[m].setDay(d.value)
        }
    }

    /// "a third round of talks" with nothing in the sentence telling it held: numbered but indefinite.
    static let atWords: WordSet = ["at", "during"]

    func isIndefiniteRound(_ i: Int, _ s: Sentence) -> Bool {
        // ("agreed to hold another round of talks", "proposed a further round": one more, not numbered.)
        let another = i > s.tokens.lowerBound && (t[i - 1].lower == "another"
            || i - 2 >= s.tokens.lowerBound && Self.oneMoreWords.contains(t[i - 1].lower) && Self.indefiniteArticles.contains(t[i - 2].lower))
        // (Not "another round of strikes": a round of something other than talks.)
        let ofTalks = !(i + 1 < s.tokens.upperBound && t[i + 1].lower == "of")
            || (i + 2..<min(s.tokens.upperBound, i + 5)).contains { t[$0].is(.talksNoun) }
        if another, ofTalks, !s.tokens.contains(where: { t[$0].is(.heldMarker) }),
           !(i - 2 >= s.tokens.lowerBound && Self.afterWords.contains(t[i - 2].lower)) { return true }
        guard roundNumber(before: i, s) != nil, !s.tokens.contains(where: { t[$0].is(.heldMarker) }) else { return false }
        var j = i - 1
        while j > s.tokens.lowerBound, i - j <= 5, Lexicon.roundOrdinals[t[j].lower] == nil { j -= 1 }
        // ("agreed Wednesday ..., after a third round of direct talks in Istanbul": a round told as over.)
        // ("agreed yesterday to exchange more prisoners at a second round of talks": what happened at a round tells one, held or
        // to come as its verbs say.)
        if j - 2 >= s.tokens.lowerBound, Self.afterWords.contains(t[j - 2].lower) { return false }
        // (Not "could agree on a new exchange at a second round": one still put forward.)
        if j - 2 >= s.tokens.lowerBound, Self.atWords.contains(t[j - 2].lower),
           !(s.tokens.lowerBound..<j).contains(where: { Lexicon.futureTense.contains(t[$0].lower) || t[$0].is(.proposedMarker) }) { return false }
        return j > s.tokens.lowerBound && Self.indefiniteArticles.contains(t[j - 1].lower)
    }

    static let indefiniteArticles: WordSet = ["a", "an"]
    static let followingVerbs: WordSet = ["followed", "follows", "follow"]
    static let talkedInPerson: WordSet = ["talked", "spoke"]
    static let oneMoreWords: WordSet = ["further", "new", "fresh"]

    /// Whether a place told differs from the one meeting `m` already has (a city of its state refines it, not differs).
    func isOtherPlace(_ place: String?, than m: Int) -> Bool {
        guard let place, let known = meetings[m].place, place.lexKey != known.lexKey else { return false }
        return !refines(place, known)
    }

    /// "the meeting in Saudi Arabia", then "talks in the Saudi capital": a city of the state a meeting was placed in.
    func refines(_ city: String, _ state: String) -> Bool {
        isCity(city) && !isCity(state) && Lexicon.placeCountry[city.lexKey] == Lexicon.placeCountry[state.lexKey]
    }

    func isCity(_ place: String) -> Bool {
        let key = place.lexKey
        // ("St Petersburg", "St. Petersburg": the gazetteer spells the saint out.)
        for short in ["st ", "st. "] where key.hasPrefix(short) { return Lexicon.cities.contains("saint " + key.dropFirst(short.count)) }
        return Lexicon.cities.contains(key)
    }

    /// The state a meeting's place belongs to, which hosts rather than takes part.
    func hostOf(_ m: Int) -> Set<String> {
        meetings[m].place.flatMap { Lexicon.placeCountry[$0.lexKey] }.map { [$0] } ?? []
    }

    /// Whether a full day lies before the article's own date.
    func isBeforePublication(_ date: DateValue) -> Bool {
        guard let day = date.iso, let today = publishedDay(comparableWith: day) else { return false }
        return day < today
    }

    /// Whether a day or month lies after the article's (a month after its month: "in December" in a September article).
    func isAfterPublication(_ date: DateValue) -> Bool {
        guard let iso = date.iso, let published = articleDate?.iso, published.utf8.count >= iso.utf8.count else { return false }
        return iso > String(published.prefix(iso.count))
    }

    /// The article's own day as ISO, when it and `iso` are both whole days (ISO days then compare as
    /// strings; a month or year alone may still include the article's day).
    func publishedDay(comparableWith iso: String) -> String? {
        guard iso.utf8.count == 10, let published = articleDate, published.day != nil else { return nil }
        return published.iso
    }

    /// Whether `date` names a day and meeting `m` is dated another day.
    /// The last number of days told together: "February 4 and 5", "January 23-24", "24 and 25 November".
    private func lastDayTold(_ d: DateMention) -> Int? {
        let e = d.tokens.upperBound
        if e + 1 < t.count, t[e].lower == "and", t[e + 1].kind == .number { return Int(t[e + 1].text) }
        return d.tokens.reversed().lazy.compactMap { Int(self.t[$0].text) }.first
    }

    func isOtherDay(_ date: DateMention?, than m: Int) -> Bool {
        guard let date, isDay(date), let known = meetings[m].date else { return false }
        // ("held on February 4 and 5", of a round dated by the day it ended: one of the days told.)
        if let first = date.value.ordinal, let day = date.value.day, let o = DateValue.parseISO(known)?.ordinal,
           let last = lastDayTold(date), last > day, last - day <= 6 {
            return !(first...(first + last - day)).contains(o)
        }
        return known != date.value.iso
    }

    /// "the first meeting at this level since ..., and it came a week after Trump and Putin spoke by phone
    /// last Wednesday": a call or a meeting told by verb between the noun and a later date owns that date.
    /// ("the second round of direct talks in Istanbul on Monday": the talks noun is the same round.)
    func anotherMeetingBetween(_ i: Int, _ d: DateMention) -> Bool {
        guard d.tokens.lowerBound > i + 1 else { return false }
        return (i + 1..<d.tokens.lowerBound).contains { k in
            let w = t[k].lower
            // ("The third round ..., hosted by Türkiye at Istanbul's Çırağan Palace on July 23,": the round's own host.)
            let hostedBy = w == "hosted" && k + 1 < t.count && t[k + 1].lower == "by"
            // ("... talks with Putin at the Kremlin, a meeting that stretched past midnight on Thursday": the same, set off, told in
            // its own course; not "a meeting that European officials will review on Friday".)
            let apposition = k >= 2 && t[k - 2].isMark(",") && Self.indefiniteArticles.contains(t[k - 1].lower)
                && (k + 1..<min(d.tokens.lowerBound, k + 4)).contains { Self.meetingCourseVerbs.contains(t[$0].lower) }
            return t[k].is(.meetVerb) && !hostedBy || Lexicon.conversingVerbs.contains(w) && !t[k].is(.talksNoun)
                || Self.otherMeetingNouns.contains(w) && !apposition || t[k].is(.summitNoun)
        }
    }

    static let otherMeetingNouns: WordSet = ["phone", "telephone", "call", "conversation", "meeting", "swap", "exchange"]

    /// Whether the place's name stands within fifteen words of the noun at `i`, with no dash or semicolon between.
    func placedNear(_ place: String, _ i: Int, _ s: Sentence) -> Bool {
        guard let k = s.tokens.first(where: { t[$0].text == place || Lexicon.capitals.values.contains(place) && t[$0].lower == "capital" }) else { return true }
        // ("held nearly four hours of talks in Florida on November 30 on a ... plan ..., the first round since ...": the
        // place of an earlier mention of the round in the sentence.)
        if k < i, (max(s.tokens.lowerBound, k - 3)..<k).contains(where: { t[$0].is(.talksNoun) }) { return true }
        let between = min(i, k)..<max(i, k)
        return between.count <= 15 && !between.contains { t[$0].isMark(";") || t[$0].kind == .punct && t[$0].text.unicodeScalars.first!.isDash }
    }

    /// "swapped 303 prisoners each on Sunday, completing the exchange agreed at their first talks": a day
    /// told of a swap just before it dates the swap ("agreed on Friday to swap ... at their first talks" still
    /// dates the talks, where the agreement was made).
    func anotherMeetingBefore(_ i: Int, _ d: DateMention) -> Bool {
        guard d.tokens.upperBound <= i else { return false }
        return (max(0, d.tokens.lowerBound - 6)..<d.tokens.lowerBound).contains { Lexicon.exchangeVerbs.contains(t[$0].lower) }
    }

    /// A day that opens the sentence of the verb at `i` ("On Friday he met", "On May 16, the delegations met"), with no
    /// verb of saying between ("On Friday, Peskov said they met" is the day of the statement).
    func frontedDay(before i: Int, _ dates: [DateMention], _ s: Sentence) -> DateMention? {
        guard let d = dates.first, d.tokens.upperBound < i else { return nil }
        let a = d.tokens.lowerBound > s.tokens.lowerBound && t[d.tokens.lowerBound - 1].lower == "on" ? d.tokens.lowerBound - 1 : d.tokens.lowerBound
        guard a == s.tokens.lowerBound, i - d.tokens.upperBound <= 8 else { return nil }
        let between = d.tokens.upperBound..<i
        return between.contains { t[$0].is(.sayingVerb) || t[$0].kind == .punct && !t[$0].isMark(",") && !PeopleRules.isInnerDot(doc, $0) }
            || between.filter({ t[$0].isMark(",") }).count > 1 ? nil : d
    }

    /// A full day more than a week before the article's own date.
    func isWeeksOld(_ d: DateMention?) -> Bool {
        guard let day = d?.value.ordinal, let today = articleDate?.ordinal, articleDate?.day != nil else { return false }
        return today - day > 7
    }

    /// A date that names a day, with or without its year.
    func isDay(_ d: DateMention) -> Bool {
        !d.relative && (d.value.iso != nil || d.value.monthDay != nil)
    }

    /// A negotiation round named at token `i` (a talks noun, or a verb of meeting between delegations):
    /// the main round, a round still to come, or another dated round.
    /// (`byDelegations`: told by a verb of meeting between delegations or named people, a round even with no place.)
    mutating func talksRound(at i: Int, _ s: Sentence, dates: [DateMention], place: String?, venue: String?, byDelegations: Bool = false) {
        // ("a trilateral meeting had not been discussed in Anchorage", "no talks were held": a meeting denied.)
        if deniedMeeting(i, s) || revivedProcess(i, s) || thatMeetingTakenUp(i, s, place: place, venue: venue) { return }
        if mainTalks == nil, t[i].lower == "meeting", i > s.tokens.lowerBound, t[i - 1].lower == "next",
           let summit = meetings.lastIndex(where: { $0.kind == .summit && $0.status == .held }) {
            // ("Putin suggested the next meeting take place 'next time in Moscow'" after the summit: the leaders' next one.)
            let date = dates.first { !$0.relative && $0.value.iso != nil }?.value
            _ = add(.summit, s, trigger: i..<(i + 1), place: place, date: date, status: status(s, default: .proposed),
                    parties: meetings[summit].parties)
            return
        }
        // ("the leaders involved in the peace talks to agree on a ceasefire ... by 24 February": a deadline dates no round.)
        // ("through talks in Geneva, Florida and Berlin, and on 28 December Zelensky met Trump": nor a day of a clause after.)
        let dates = dates.filter { d in !(d.tokens.lowerBound > s.tokens.lowerBound && Self.deadlineWords.contains(t[d.tokens.lowerBound - 1].lower))
            && !(d.tokens.lowerBound > i && opensClauseOfItsOwn(d)) }
        // ("Monday's call came three days after Russian and Ukrainian delegations met in Istanbul": the day counted back.)
        let explicit = (t[i].is(.meetVerb) ? countedBefore(i, dates).flatMap { $0.value.iso == nil ? nil : $0 } : nil)
            ?? dates.first(where: { !$0.relative && $0.value.iso != nil })
        // (Not a place told of another meeting noun after it: "described the talks as 'constructive' and suggested that the
        // next meeting could take place 'in Moscow'".)
        let othersPlace = place.flatMap { placeEnd($0, in: s.tokens) }.map { k in
            k > i && (i + 1..<k).contains { t[$0].is(.meetingTrigger) } } ?? false
        if talksOfTheSummit(i, s, place: othersPlace ? nil : place, venue: venue, date: explicit) { return }
        // ("Peskov said that the Riyadh meeting would be devoted to ...": the main round named by its place, told ahead.)
        if let m = mainTalks, let p = meetings[m].place, i - 2 >= s.tokens.lowerBound, t[i - 1].text == p, t[i - 2].lower == "the" {
            // ("The Geneva round on Sunday brought together ...": the day right after the noun dates it, when it had none.)
            if meetings[m].date == nil, meetings[m].monthDay == nil, meetings[m].status == .held,
               let d = dates.first(where: { d in d.value.day != nil && (d.tokens.lowerBound == i + 1 || d.tokens.lowerBound == i + 2 && t[i + 1].lower == "on") }),
               !isAfterPublication(d.value) {
                meetings[m].setDay(d.value)
            }
            return
        }
        let future = isFuture(i, s)
        if numberedRound(at: i, s, dates: dates, place: place, venue: venue, future: future) { return }
        if heldBeforeRoundToCome(at: i, s, dates: dates) { return }
        if enumeratesRounds(dates, after: i, s) {
            // "the first occurring on May 16 and the second on June 2": one round per date,
            // kept when the year is unknown (the month and day can still be compared).
            var after = i + 1
            for d in dates where isDay(d) && d.tokens.lowerBound > i {
                let round = ordinal(introducing: d, after: after) ?? (after == i + 1 ? roundNumber(before: i, s) : nil)
                after = d.tokens.upperBound
                // ("the first round of direct talks took place in Istanbul on May 16 at the Dolmabahçe Palace, and the second on June 2
                // at the Çırağan Palace": the noun's city for each, and the venue after each day.)
                if !meetings.contains(where: { $0.kind == .talks && $0.date == d.value.iso && $0.monthDay == d.value.monthDay }) {
                    let venue = venueRightAfter(d, s)
                    let m = add(.talks, s, trigger: i..<(i + 1), place: placeInPhrase(after: i, s) ?? venue.flatMap { Lexicon.venueCities[$0.lexKey] },
                                date: d.value, status: .held, round: round)
                    meetings[m].venue = venue
                }
            }
        } else if future, mainTalks.map({ meetings[$0].status == .held })
                    ?? (place == nil || plannedTalks.map { meetings[$0].place == nil } ?? false) {
            // A round to come is not dated before the article ("agreed on Feb. 12 that their teams would start negotiations").
            // ("is due to meet Witkoff again in Miami on Thursday": a weekday in its clause, read forward, dates it too.)
            let weekday = dates.first { $0.relative && $0.value.day != nil && sameClause($0, i) && abs($0.tokens.lowerBound - i) <= 14 }
            let explicit = (explicit ?? weekday).flatMap { d in isBeforePublication(d.value) ? nil : d }
            // (When the main round is itself still to come, "the talks will be held at ..." is that round.)
            // A round still to come: its own meeting, with whatever place and date the sentence gives.
            // ("would also hold separate talks with Witkoff": not the round to come already told.)
            let separate = i > s.tokens.lowerBound && Self.separateWords.contains(t[i - 1].lower)
            if let p = plannedTalks, !separate {
                sidesMet.formUnion(statesMet(after: i, s))
                if meetings[p].place == nil { meetings[p].place = place }
                if meetings[p].date == nil { meetings[p].date = explicit?.value.iso }
            } else {
                // "Russian and American expert groups would hold talks": sides the clause names itself.
                // ("Witkoff is due to travel to Moscow for talks with Putin": or the states before the noun and of the people met.)
                let named = demonymStates(before: i, s)
                sidesMet.formUnion(statesMet(after: i, s))
                let met = Set(named).union(statesBetween(after: i, s, peopleOnly: true))
                let m = add(.talks, s, trigger: i..<(i + 1), place: place, date: explicit?.value, status: status(s, default: .planned),
                            parties: named.count >= 2 ? named : met.count == 2 ? met.sorted() : [])
                // (Separate talks are no round of the article's sides to come.)
                if !separate { plannedTalks = m }
            }
        } else if let m = mainTalks {
            // ("The talks on Wednesday at Çırağan Palace lasted ...": a weekday right by the noun dates it too.)
            // ("The talks were the first encounter ... since a disastrous Oval Office meeting on Feb. 28": that meeting's day.)
            let owningDay = owningDay(i, s, dates)
            // ("eight hours of negotiations at a hotel in Jeddah on Tuesday, ... after the Oval Office meeting on 28 February":
            // the day in the noun's own phrase, not another date of the sentence.)
            let phraseDay = phraseDay(of: i, s, dates)
            // ("took place on October 2, when Ukraine returned 185 servicemen under agreements reached during the Istanbul talks":
            // talks named for what was agreed at them take no day told before.)
            // ("who led Russia's team at last year's talks in Istanbul - took over from Kostyukov, who had headed ... on Jan. 23-24":
            // a year owning the noun is its date, not a day told later in the sentence.)
            let ownYear = owningDay.flatMap { $0.value.month == nil && $0.value.year != nil ? $0 : nil }
            // ("the first direct talks ... since the end of March 2022, when the two sides last met in Istanbul": a verb of meeting
            // in a "when" clause is dated by the day the clause hangs on.)
            let whenDay = t[i].is(.meetVerb) ? whenClauseDay(of: i, dates, s).flatMap { $0.relative ? nil : $0 } : nil
            let explicit = whenDay ?? phraseDay.map { $0.relative ? nil : $0 } ?? ownYear
                ?? explicit.flatMap { namedForAgreement(i, after: $0) ? nil : $0 }
            // ("On Friday he met Putin in the Kremlin", "It came on Friday, when he met Putin": the day a verb of meeting
            // is told on.)
            // ("Late on Thursday, Putin received Witkoff ... in the Kremlin for talks": or the day opening the guest verb's clause.)
            let receivedAt = receivedForTalks(i, s)
            let verbDay = t[i].is(.meetVerb) ? frontedDay(before: i, dates, s) ?? whenClauseDay(of: i, dates, s)
                : receivedAt.flatMap { openingDate(before: $0, dates, s) }
            // ("Two days of talks between Russian, Ukrainian and American officials ... ended Saturday": past the commas of a list of
            // states.)
            let ownDay = owningDay ?? phraseDay ?? verbDay ?? (explicit ?? dates.first(where: { $0.relative && $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 15
                && !(i..<$0.tokens.lowerBound).contains { t[$0].isMark(",") && !isStatesListComma($0) } })).flatMap { anotherMeetingBetween(i, $0) ? nil : $0 }
            // A dated mention elsewhere is another round unless it names the main round's place.
            // "the meeting on June 2" with a day date and no date yet on the main round refers back to it.
            // "the meeting in Saudi Arabia", then "talks in the Saudi capital on Tuesday": the city refines the state.
            if let p = place, let known = meetings[m].place, refines(p, known) { meetings[m].place = p }
            // An undated mention with a place in its own clause places a main round that had none, and is that round.
            // A main round told with neither place nor date ("Russia and Ukraine held their first direct talks") takes both.
            let bare = meetings[m].place == nil && meetings[m].date == nil && meetings[m].venue == nil
            // ("deals struck at talks in Istanbul last year", of a round dated this year: talks of another year place it not.)
            // (Only a date of the noun's own phrase: not "in Istanbul, which also hosted failed negotiations in March 2022".)
            let otherYear = meetings[m].date.flatMap { DateValue.parseISO($0)?.year }.map { y in dates.contains { d in
                d.value.year.map { $0 != y } ?? false && d.tokens.lowerBound > i && d.tokens.lowerBound - i <= 8
                    && !(i..<d.tokens.lowerBound).contains { t[$0].kind == .punct } } } ?? false
            // ("The Geneva round produced a slimmed-down framework", after a round in Geneva was told: that round.)
            let othersPlace = placeIn(clause(of: i, s)).map { p in
                meetings.indices.contains { $0 != m && meetings[$0].kind == .talks && meetings[$0].place == p } } ?? false
            if explicit == nil || bare, !otherYear, !othersPlace, meetings[m].place == nil, place != nil, let own = placeIn(clause(of: i, s)) {
                meetings[m].place = own
            }
            // (A date in an earlier year than the article's is an earlier round: "hosted talks in Istanbul in March 2022".)
            let earlierYear = explicit.map { d in d.value.year.map { y in articleDate?.year.map { y < $0 } ?? false } ?? false } ?? false
            // ("met in Moscow", then "met Putin in the Kremlin": a venue in the round's city is its place.)
            let venueCity = venue.flatMap { Lexicon.venueCities[$0.lexKey] }
            // ("The Vatican ... would be very interested in hosting the negotiations", then "delegations met in Istanbul on 16
            // May": a round told at another place is another round.)
            let otherPlace = isOtherPlace(place, than: m)
            let samePlace = !otherPlace && !earlierYear && (place != nil && place == meetings[m].place || venue != nil && venue == meetings[m].venue
                || venueCity != nil && venueCity == meetings[m].place)
                || meetings[m].date == nil && ownDay?.value.day != nil && i > s.tokens.lowerBound && Self.thisOrThe.contains(t[i - 1].lower)
                || meetings[m].date == nil && owningDay?.value.day != nil
                || bare && !earlierYear
            // ("discussed the talks by telephone on 9 June": the day of the call, not of another round.)
            let callBetween = explicit.map { d in (min(i, d.tokens.lowerBound)..<max(i, d.tokens.lowerBound)).contains {
                Self.callNouns.contains(t[$0].lower) } } ?? false
            // "strikes on June 1, the day before the meeting": a bare "the meeting" takes up the main round; a date
            // names another round only beside it ("the meeting on June 1").
            let anaphor = i > s.tokens.lowerBound && Self.anaphorDeterminers.contains(t[i - 1].lower) && roundNumber(before: i, s) == nil
            let farDate = explicit.map { d in !(d.tokens.lowerBound > i && d.tokens.lowerBound - i <= 3 || d.tokens.upperBound == i) } ?? false
            // ("a resumption of the talks that collapsed in the spring of 2022": an earlier year told of the noun itself.)
            let ownEarlierYear = earlierYear && explicit.map { d in
                d.tokens.lowerBound > i && d.tokens.lowerBound - i <= 9 && !(i..<d.tokens.lowerBound).contains { t[$0].isMark(",") } } ?? false
            if explicit == nil, furtherRoundElsewhere(at: i, s, dates: dates, than: m) { return }
            if !isOtherPlace(place, than: m), beganDayBefore(m, i, dates) { return }
            // ("the first day of talks on Tuesday, 17 February", of talks undated or dated by the day they ended: the round began
            // then.)
            if let d = explicit ?? ownDay, isFirstDay(before: i, s), let first = d.value.ordinal, d.value.day != nil, !otherPlace,
               meetings[m].date.flatMap(DateValue.parseISO)?.ordinal.map({ (1...3).contains($0 - first) }) ?? (meetings[m].monthDay == nil) {
                meetings[m].setDay(d.value)
                meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
                return
            }
            // ("The two-day meeting in Abu Dhabi, which opened on Wednesday", of talks dated by the day after: the day it opened.)
            if let d = dayItOpened(i, s, dates), let first = d.value.ordinal, !otherPlace,
               meetings[m].date.flatMap(DateValue.parseISO)?.ordinal.map({ (1...3).contains($0 - first) }) ?? false {
                meetings[m].setDay(d.value)
                meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
                return
            }
            // ("The two days of closed-door discussions on Jan 23 and 24", of talks that ended on Jan 24: the round's first day.)
            if let d = explicit, let n = daysOf(i), let first = d.value.ordinal, let end = meetings[m].date.flatMap(DateValue.parseISO)?.ordinal,
               end - first == n - 1, n > 1, !otherPlace {
                meetings[m].setDay(d.value)
                meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
                return
            }
            // ("Witkoff and Kushner met Putin at the Kremlin on Thursday night", in a report on talks in Abu Dhabi: a verb of
            // meeting with a weekday of its own, at another place than the main round's, tells another meeting.)
            // (The place of the verb's own phrase: not "met Umerov on Thursday, hours after Putin spoke at the Kremlin".)
            let ownPhrase = upToNextMeeting(after: i, s)
            let phraseVenueCity = venue.flatMap { v in venueHeadToken(v, ownPhrase).flatMap { k in
                k > i && k - i <= 10 && !(i..<k).contains { t[$0].isMark(",") } ? Lexicon.venueCities[v.lexKey] : nil } }
            let atOtherPlace = (placeInPhrase(after: i, s).map { isOtherPlace($0, than: m) } ?? false)
                || (phraseVenueCity ?? receivedAt.flatMap { cityOfVenue(between: $0, and: i, venue, s) }).map { $0.lexKey != meetings[m].place?.lexKey } ?? false
            let verbDayElsewhere = (t[i].is(.meetVerb) || receivedAt != nil) && explicit == nil && atOtherPlace
                ? ownDay.flatMap { d in d.relative && d.value.day != nil && d.value.iso != nil && d.value.iso != meetings[m].date ? d : nil } : nil
            if let d = explicit ?? verbDayElsewhere, !callBetween, !(anaphor && farDate && !ownEarlierYear), meetings[m].date != d.value.iso, !samePlace || meetings[m].date != nil {
                if !meetings.contains(where: { $0.kind == .talks && $0.date == d.value.iso }) {
                    // ("The Jeddah meeting followed the first ... talks ..., held in the Saudi capital Riyadh on February 18":
                    // the place in the round's own phrase.)
                    // ("held talks with Putin in the Kremlin on 2 December, a few days after meeting Umerov's team in Florida": only
                    // what comes before the next meeting told.)
                    let own = upToNextMeeting(after: i, s)
                    let ownVenue = venue.flatMap { v in venueHeadToken(v, own).map { _ in v } }
                    let m = add(.talks, s, trigger: i..<(i + 1), place: placeInPhrase(after: i, s) ?? ownVenue.flatMap { Lexicon.venueCities[$0.lexKey] } ?? place,
                                date: d.value, status: .held)
                    meetings[m].venue = ownVenue ?? venue
                    // ("the US side held consultations with a delegation from Kiev in Florida on November 30": its own sides.)
                    let named = withSubjectsState(statesNamed(around: i, in: own), before: i, s)
                    let joined = joinedStates(before: i, s)
                    if !joined.isEmpty { meetings[m].parties = joined.sorted() } else if named.count == 2 { meetings[m].parties = named.sorted() }
                }
            } else if i > s.tokens.lowerBound, Self.indefiniteArticles.contains(t[i - 1].lower)
                        // ("Medinsky held a further meeting with the Ukrainian side ... on Wednesday": one more, on a day past and after
                        // the round's.)
                        // (With one of the round's sides: not "Zelensky held a further meeting with his generals".)
                        || Self.oneMoreMeeting.contains(t[i - 1].lower) && !isFuture(i, s)
                            && !statesMet(after: i, s).isEmpty && statesMet(after: i, s).isSubset(of: Set(meetings[m].parties)),
                      let mainDay = meetings[m].date,
                      let day = dates.first(where: { $0.value.iso.map { $0 != mainDay && (!Self.oneMoreMeeting.contains(t[i - 1].lower) || $0 > mainDay) } ?? false
                          && !isAfterPublication($0.value) }),
                      !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso }) {
                // ("In August, days after a meeting with the U.S. envoy in Moscow, ...": a meeting, not the one reported.)
                // (One more of the round's own, "a further meeting", is at its place between its sides when the sentence tells no other.)
                let oneMore = Self.oneMoreMeeting.contains(t[i - 1].lower)
                let sides = statesMet(after: i, s).union(oneMore ? [] : hostOf(m))
                _ = add(.talks, s, trigger: i..<(i + 1), place: placeInPhrase(after: i, s) ?? place ?? (oneMore ? meetings[m].place : nil),
                        date: day.value, status: .held, parties: sides.count == 2 ? sides.sorted() : oneMore ? meetings[m].parties : [])
            } else if let other = elsewhere(than: m, at: i, s)
                        // ("In Paris, military chiefs ... met on Tuesday": a city of the verb's own clause, not the round's.)
                        // ("On Sunday, a US team ... held talks with a Ukrainian delegation ... in Hallandale Beach, Florida": talks
                        // held are told like a verb of meeting.)
                        // ("Umerov and Rubio talked for about four hours at ... in Hallandale Beach": talking in person too.)
                        ?? (t[i].is(.meetVerb) || Self.talkedInPerson.contains(t[i].lower)
                            || heldTalks(i, s) ? place.flatMap { p in isOtherPlace(p, than: m) && isCity(p)
                                // (Told after the noun: not "At a news conference at the Kremlin in Moscow, Peskov said Witkoff held talks".)
                                && (placeIn(clause(of: i, s)) == p && placeEnd(p, in: i..<s.tokens.upperBound) != nil
                                    || venueAfter(i, venue, s).flatMap { Lexicon.venueCities[$0.lexKey] } == p) ? p : nil } : nil) {
                // ("Yermak, who led Ukraine's team at talks in Geneva a week earlier": a round at another place.)
                if !meetings.contains(where: { $0.kind == .talks && $0.place == other }) {
                    // ("A day later, ... held talks with a Russian delegation in Abu Dhabi": a day opening the sentence too.)
                    // ("in Miami earlier this month": or a time closing the clause after the noun.)
                    // ("The next day US Army Secretary Dan Driscoll held talks ...": a day opening the sentence, with no comma.)
                    let day = (ownDay ?? openingDate(before: i, dates, s) ?? openingDate(before: i, dates, s, comma: false) ?? appositionDay(of: i, s, dates)
                        ?? whereClauseOpeningDay(before: i, s, dates)
                        ?? dates.first { d in d.tokens.lowerBound > i && sameClause(d, i)
                        && d.tokens.upperBound + 1 >= s.tokens.upperBound && !anotherMeetingBetween(i, d) })
                        .flatMap { $0.value.iso == nil || $0.value.iso == meetings[m].date ? nil : $0.value }
                    // ("Driscoll held talks with a Russian delegation in Abu Dhabi": the two states the sentence names.)
                    // ("The meeting in the Emirati capital followed Sunday's talks in Geneva, where American and Ukrainian
                    // negotiators ...": or, past a host named before, the two from the noun on.)
                    var rest = s
                    rest.tokens = i..<s.tokens.upperBound
                    let inSentence = statesNamed(around: i, in: s)
                    let named = withSubjectsState(inSentence.count == 2 ? inSentence : statesNamed(around: i, in: rest), before: i, s)
                    let n = add(.talks, s, trigger: i..<(i + 1), place: other, date: day, status: .held, parties: named.count == 2 ? named.sorted() : [])
                    // ("held talks with Putin at the Kremlin": the venue in the round's city.)
                    if let v = venue, Lexicon.venueCities[v.lexKey] == other { meetings[n].venue = v }
                }
            } else {
                meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
                // Only a place in the mention's own clause: not "...; Putin stayed in Moscow".
                if meetings[m].place == nil, !otherYear, !othersPlace, place != nil, let place = placeIn(clause(of: i, s)) { meetings[m].place = place }
                if meetings[m].date == nil, samePlace, let d = ownDay { meetings[m].setDay(d.value) }
                // The sentence that places or dates the main round may name its sides better than the first mention.
                // (A host that is itself a side stays one: "Putin held talks in the Kremlin with Witkoff".)
                hostInSubject(m, s)
                let host = hostOf(m).subtracting(sidesMet)
                if samePlace, mainSides.subtracting(host).count < 2 {
                    // ("ready to accept a ceasefire with Russia, following talks between American and Ukrainian officials":
                    // the states after "between" before every state of the clause.)
                    let between = statesBetween(after: i, s).subtracting(host)
                    let named = between.count == 2 ? between : statesNamed(around: i, in: s).subtracting(host)
                    mainSides = named.count >= 2 ? named : statesInSubject(of: s)
                }
                if meetings[m].venue == nil, let venue { meetings[m].venue = venue }
            }
        } else if mainTalks == nil, plannedTalks == nil, isIndefiniteRound(i, s) {
            // "no date had been set for a third round": a round still to come, not the one the article reports.
            plannedTalks = add(.talks, s, trigger: i..<(i + 1), place: place, date: explicit?.value, status: status(s, default: .planned),
                               round: roundNumber(before: i, s))
        } else if let p = plannedTalks, hostingInfinitive(before: i, s) {
            // ("ready to welcome the next round", then "her willingness to welcome the talks": the round to come again.)
            meetings[p].mentions.append(doc.span(tokens: i..<(i + 1)))
        } else if place != nil || venue != nil || isDefinite(i, s) || byDelegations {
            // ("Putin proposed direct talks in Istanbul in a late-night address at the Kremlin on Sunday": talks a verb
            // proposes; the day of the proposal is not theirs unless it stands by the noun.)
            let proposed = proposedBy(i, s)
            // ("scrambled on Saturday ..., ahead of talks between US and Ukrainian officials in Geneva on Sunday": the day in
            // the noun's own phrase wins over one earlier in the sentence.)
            // ("direct talks, which were last held in Istanbul in July": a relative clause on the noun is its phrase too.)
            // ("said on Tuesday ..., after weekend talks in Geneva": talks that tell their own time take no other day.)
            let ownTime = i > s.tokens.lowerBound && Self.ownTimeWords.contains(t[i - 1].lower)
            var d = owningDay(i, s, dates) ?? phraseDay(of: i, s, dates)
                ?? (ownTime ? nil : (explicit ?? dates.first).flatMap { anotherMeetingBetween(i, $0) || anotherMeetingBefore(i, $0) ? nil : $0 })
            if proposed, let day = d, !near(day.tokens, i, s) { d = nil }
            // ("Putin came under pressure on Wednesday ..., after Kyiv agreed to the proposal at talks in Saudi Arabia": the
            // day of what followed the talks.)
            // ("agreed on Tuesday ..., after four and a half hours of talks in Riyadh" is the talks' own day.)
            // ("were returned to Ukraine today as part of the repatriation agreed at the talks in Istanbul": talks where
            // something was agreed are named for it, not dated by the day of what followed.)
            if let day = d, day.tokens.upperBound <= i, namedForAgreement(i, after: day) || (day.tokens.upperBound..<i).contains(where: { k in
                (t[k].lower == "after" || t[k].lower == "following") && k + 1 < i && (t[k + 1].isCapitalized || t[k + 1].is(.personalPronoun)) }) {
                d = nil
            }
            // ("Russia and Ukraine exchanged 314 prisoners on Thursday, following a second round of talks": the day of an
            // exchange told before "following" is the exchange's.)
            if let day = d, day.tokens.upperBound <= i,
               (day.tokens.upperBound..<i).contains(where: { t[$0].lower == "following" || t[$0].lower == "after" }),
               meetings.contains(where: { m in m.kind == .exchange && s.span.start <= m.span.start && m.span.start < t[day.tokens.lowerBound].start }) {
                d = nil
            }
            // "The first meeting ... produced a plan ... — and alarm in Kyiv": a place far off, past a dash, is not the round's.
            let place = place.flatMap { p in placedNear(p, i, s) ? p : nil }
            // "Türkiye will host the second round of direct peace talks": a future clause, however far the "will".
            // ("it would accept the proposal, after more than eight hours of talks": what came after them is over.)
            let toCome = (future || DateRules.isFuture(before: i, doc, in: s) || hostingInfinitive(before: i, s)) && !toldAsOver(i, s)
            mainTalks = add(.talks, s, trigger: i..<(i + 1), place: place, date: d?.value,
                            status: proposed ? .proposed : toCome ? .planned : .held, round: roundNumber(before: i, s))
            meetings[mainTalks!].venue = venue
            // ("talks in the Kremlin": the venue's city places the round now, before a later sentence's place could.)
            if meetings[mainTalks!].place == nil, let city = venue.flatMap({ Lexicon.venueCities[$0.lexKey] }) { meetings[mainTalks!].place = city }
            // ("talks between American and Ukrainian officials in the Saudi Arabian city of Jeddah": the two named there.)
            // ("travel to Moscow for talks with Russian President Vladimir Putin": the host met is a side.)
            // ("two days of talks in Berlin on 14 and 15 December with US envoy Steve Witkoff": past the noun's place and day.)
            let direct = statesBetween(after: i, s)
            let met = direct.isEmpty ? partnerPastPlaceAndDay(after: i, s).map { statesBetween(after: $0 - 1, s) } ?? [] : direct
            sidesMet.formUnion(statesMet(after: i, s))
            // ("Putin held nearly five hours of talks in the Kremlin with Witkoff": the host's own people holding talks
            // with guests make the host a side.)
            if heldWithGuests(i, s) { sidesMet.formUnion(statesInSubject(of: s).intersection(hostOf(mainTalks!))) }
            hostInSubject(mainTalks!, s, noun: i)
            let between = met.subtracting(hostOf(mainTalks!).subtracting(sidesMet))
            // ("U.S. and Ukrainian officials held ... talks ... to end Russia's full-scale invasion": a subject of two
            // states names the sides better than every state of the clause.)
            let subject = statesInSubject(of: s)
            // ("talks between Russia, Ukraine and the United States": three listed.)
            let listed = statesListed(after: i, s)
            if !listed.isEmpty, meetings[mainTalks!].parties.isEmpty { meetings[mainTalks!].parties = listed.sorted() }
            mainSides = !listed.isEmpty ? listed : between.count == 2 ? between : subject.count == 2 && subject.isSuperset(of: between) ? subject
                : statesNamed(around: i, in: upToNextMeeting(after: i, s))
            // ("Ukraine said ... after more than eight hours of talks with American officials in Saudi Arabia": the
            // subject's state and the one met.)
            let withSubject = between.union(statesInSubject(of: s)).subtracting(hostOf(mainTalks!).subtracting(sidesMet))
            if mainSides.subtracting(hostOf(mainTalks!)).count != 2, between.count == 1, withSubject.count == 2 { mainSides = withSubject }
            if mainSides.count < 2 { mainSides = statesInSubject(of: s) }
        }
    }

    /// The venue when it is told after the noun at `i` (the talks' own phrase), not in a phrase before it ("At a news
    /// conference at the Kremlin, Peskov said Witkoff held talks ...").
    func venueAfter(_ i: Int, _ venue: String?, _ s: Sentence) -> String? {
        venue.flatMap { v in venueHeadToken(v, s).flatMap { $0 > i ? v : nil } }
    }

    /// ("Army Secretary Dan Driscoll then flew to Abu Dhabi, where he held ... talks with a Russian delegation": with one state
    /// named, the state of the person opening the sentence is the other side.)
    func withSubjectsState(_ named: Set<String>, before i: Int, _ s: Sentence) -> Set<String> {
        // (Not one who tells of it: "Zelensky said Witkoff held talks with a Russian delegation".)
        // (Only the one who opens the sentence, past words of title: not "Days after Andriy Yermak resigned, American officials held
        // talks".)
        guard named.count == 1, let k = (s.tokens.lowerBound..<i).first(where: { people.personAt[$0] != nil }), let p = people.personAt[k],
              (s.tokens.lowerBound..<k).allSatisfy({ t[$0].isCapitalized || PeopleRules.isInnerDot(doc, $0) }),
              !(k..<i).contains(where: { t[$0].is(.sayingVerb) }), let c = people.people[p].country, !c.isEmpty else { return named }
        return named.union([c])
    }

    /// "held talks", "held nearly four hours of talks": a verb of holding right before the noun, or before the time spent in it.
    func heldTalks(_ i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        if k > s.tokens.lowerBound, t[k].lower == "of" {
            k -= 1
            guard Self.meetingLengthUnits.contains(t[k].lower) else { return false }
            k -= 1
            while k > s.tokens.lowerBound, i - k <= 6, t[k].kind == .number || Lexicon.numberWords[t[k].lower] != nil || Self.spanWords.contains(t[k].lower) { k -= 1 }
        }
        return k >= s.tokens.lowerBound && Self.holdingVerbs.contains(t[k].lower)
    }

    static let thisOrThe: WordSet = ["the", "this"]
    static let ownTimeWords: WordSet = ["weekend", "overnight", "weekend's"]
    static let deadlineWords: WordSet = ["by", "until", "till"]
    static let callNouns: WordSet = ["phone", "telephone", "call"]
    static let anaphorDeterminers: WordSet = ["the", "that"]

    /// "held talks ... with", "had two hours of talks with": talks the subject holds with guests named after them.
    func heldWithGuests(_ i: Int, _ s: Sentence) -> Bool {
        let held = (max(s.tokens.lowerBound, i - 7)..<i).contains { Self.holdingVerbs.contains(t[$0].lower) }
        return held && (i + 1..<min(s.tokens.upperBound, i + 9)).contains { t[$0].lower == "with" }
    }

    static let holdingVerbs: WordSet = ["held", "hold", "holds", "holding", "had", "has"]

    /// Whether the noun at `i` is denied: "no talks", "the meeting had not been discussed", "talks were never held".
    func deniedMeeting(_ i: Int, _ s: Sentence) -> Bool {
        if i > s.tokens.lowerBound, t[i - 1].lower == "no" { return true }
        // ("would not conduct negotiations 'through the media'", "will never hold talks": a verb of holding denied.)
        if i - 2 >= s.tokens.lowerBound, Self.notOrNever.contains(t[i - 2].lower),
           Self.holdingVerbs.contains(t[i - 1].lower) || Self.conductingVerbs.contains(t[i - 1].lower) { return true }
        var k = i + 1
        while k < s.tokens.upperBound, k - i <= 4, t[k].isWord {
            if Self.notOrNever.contains(t[k].lower) { return true }
            guard Self.denialAuxiliaries.contains(t[k].lower) else { return false }
            k += 1
        }
        return false
    }

    /// "A fresh summit between the two presidents was not being prepared": denied past the phrase of those who would meet.
    func deniedAfterPhrase(_ i: Int, _ s: Sentence) -> Bool {
        var k = i + 1
        // (Past a mark opening quoted words: "a trilateral summit “was not raised” in Anchorage".)
        while k < s.tokens.upperBound, k - i <= 10, t[k].isWord || PeopleRules.isInnerDot(doc, k) || t[k].kind == .punct && Lexicon.quoteMarks.contains(t[k].text),
              !Self.denialAuxiliaries.contains(t[k].lower) { k += 1 }
        return k + 1 < s.tokens.upperBound && Self.denialAuxiliaries.contains(t[k].lower) && Self.notOrNever.contains(t[k + 1].lower)
    }

    /// "the most serious push to revive peace talks since ...": the peace process revived, not a meeting, when nothing
    /// after the noun places, dates or joins it.
    func revivedProcess(_ i: Int, _ s: Sentence) -> Bool {
        guard i - 2 >= s.tokens.lowerBound, t[i - 1].lower == "peace", Self.revivalVerbs.contains(t[i - 2].lower) else { return false }
        return i + 1 >= s.tokens.upperBound || !(t[i + 1].is(.placePreposition) || Self.talksJoiners.contains(t[i + 1].lower))
    }

    static let revivalVerbs: WordSet = ["revive", "reviving", "revived", "relaunch", "restart", "kickstart", "rekindle"]
    static let talksJoiners: WordSet = ["on", "between", "with", "next", "this", "later"]
    // (Not "attend" or "join": "Putin did not attend talks in Istanbul" denies his presence, not the talks.)
    static let conductingVerbs: WordSet = ["conduct", "start", "begin", "resume", "enter"]
    static let notOrNever: WordSet = ["not", "never"]
    static let denialAuxiliaries: WordSet = ["had", "has", "have", "was", "were", "is", "are", "been", "be", "will", "would"]

    /// "proposed direct talks", "suggested holding negotiations": a verb of proposing with the noun at `i` as its object.
    func proposedBy(_ i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 4, t[k].isWord || t[k].isMark("-") {
            if Self.proposingVerbs.contains(t[k].lower) { return true }
            k -= 1
        }
        return false
    }

    static let proposingVerbs: WordSet = ["proposed", "proposes", "propose", "suggested", "suggests", "offered", "offers",
                                          "supported", "supports", "backed", "favoured", "favored"]

    /// "after more than eight hours of talks", "following the talks": the talks at `i` are over by then.
    func toldAsOver(_ i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 8, t[k].isWord || t[k].kind == .number || t[k].isMark("-") {
            if Self.afterWords.contains(t[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// "U.S. and Ukrainian officials held talks in Florida": a subject of two states, the host of round `m` among
    /// them, makes the host a side.
    /// ("a US team held talks with a Ukrainian delegation ... in Hallandale Beach, Florida": the host's own team meeting
    /// another state's is a side too.)
    mutating func hostInSubject(_ m: Int, _ s: Sentence, noun i: Int? = nil) {
        let subject = statesInSubject(of: s)
        let host = hostOf(m)
        if subject.count == 2, subject.isSuperset(of: host) { sidesMet.formUnion(host) }
        if let i, !host.isEmpty, statesInSubject(of: s, byPeople: true) == host, !statesBetween(after: i, s).subtracting(host).isEmpty {
            sidesMet.formUnion(host)
        }
    }

    /// "talks in Geneva" right after the noun, when main round `m` was placed in another state, or in another city
    /// of no other state: another round's place.
    static let atOrDuring: WordSet = ["at", "during", "in"]
    /// Whether, between day `d` told before the noun at `i` and the noun, something agreed at the talks names them ("the
    /// repatriation agreed at the talks in Istanbul", "agreements reached during the Istanbul talks").
    func namedForAgreement(_ i: Int, after d: DateMention) -> Bool {
        d.tokens.upperBound <= i && (d.tokens.upperBound..<i).contains { k in
            (Lexicon.agreementWords.contains(t[k].lower) || Self.agreedAtWords.contains(t[k].lower)) && k + 1 < i && Self.atOrDuring.contains(t[k + 1].lower)
        }
    }

    /// ("under agreements reached during the Istanbul talks": what was reached or signed at talks names them.)
    static let agreedAtWords: WordSet = ["reached", "struck", "signed", "agreements", "deals"]

    func elsewhere(than m: Int, at i: Int, _ s: Sentence) -> String? {
        guard let own = meetings[m].place, let here = Lexicon.placeCountry[own.lexKey] else { return nil }
        // ("under agreements reached during the Istanbul talks", in a report on talks in Abu Dhabi: talks named by another city.)
        // (Not a city of the round's own state: "the Miami talks" after talks in Hallandale Beach.)
        if i - 2 >= s.tokens.lowerBound, t[i - 2].lower == "the", t[i - 1].isCapitalized, t[i - 1].is(.city), isCity(own),
           t[i - 1].lower != own.lexKey, Lexicon.placeCountry[t[i - 1].lower] != here { return t[i - 1].text }
        if i + 2 < s.tokens.upperBound, t[i + 1].lower == "in", t[i + 2].isCapitalized,
           t[i + 2].is(.city) || t[i + 2].is(.place), t[i + 2].lower != own.lexKey,
           let there = Lexicon.placeCountry[t[i + 2].lower], there != here || isCity(own) && isCity(t[i + 2].text) {
            return t[i + 2].text
        }
        // ("who held several days of talks with Mr Trump's envoys, Steve Witkoff and Jared Kushner, in Miami" after a round
        // still to come: talks told as held in another city are another round.)
        if meetings[m].status != .held, (max(s.tokens.lowerBound, i - 5)..<i).contains(where: { t[$0].lower == "held" }),
           let other = placeInPhrase(after: i, s), isCity(other), other.lexKey != own.lexKey { return other }
        // ("Zelensky held talks with Vance in Rome", then "The first direct talks between Russian and Ukrainian delegations
        // ... were held in Istanbul last Friday": a round told as held in another city of its own clause.)
        if isCity(own), (i + 1..<min(s.tokens.upperBound, i + 16)).contains(where: { Self.heldVerbs.contains(t[$0].lower) }),
           let other = placeIn(clause(of: i, s)), isCity(other), other.lexKey != own.lexKey { return other }
        // ("The Kremlin session followed talks on Sunday at Witkoff's golf club in Hallandale Beach": talks another meeting
        // followed, at another city of their own phrase.)
        if i > s.tokens.lowerBound, Self.followingWords.contains(t[i - 1].lower), let other = placeBeforeAnyMark(after: i, s), isCity(other),
           isCity(own), other.lexKey != own.lexKey { return other }
        // ("held talks with a Russian delegation in Abu Dhabi": a city closing the noun's own phrase, before any mark.)
        // ("at talks with a U.S. team led by Secretary of State Marco Rubio at a golf club in Hallandale Beach": past the dots
        // of an abbreviation and the one leading those met.)
        var phrase = s
        let limit = min(s.tokens.upperBound, i + 22)
        phrase.tokens = (i + 1)..<((i + 1..<limit).first { t[$0].kind == .punct && !PeopleRules.isInnerDot(doc, $0) || t[$0].is(.meetingTrigger) } ?? limit)
        guard i + 1 < phrase.tokens.upperBound, t[i + 1].lower == "with", let other = placeIn(phrase), isCity(other), isCity(own),
              other.lexKey != own.lexKey else { return nil }
        return other
    }

    static let heldVerbs: WordSet = ["held", "took"]

    /// The place in the fourteen words after the noun at `i`, before any mark (the dots of an abbreviation aside).
    func placeBeforeAnyMark(after i: Int, _ s: Sentence) -> String? {
        let limit = min(s.tokens.upperBound, i + 15)
        var phrase = s
        phrase.tokens = (i + 1)..<((i + 1..<limit).first { t[$0].kind == .punct && !PeopleRules.isInnerDot(doc, $0) } ?? limit)
        return phrase.tokens.isEmpty ? nil : placeIn(phrase)
    }

    /// The place named in the phrase after the noun at `i`, up to the next meeting word or sentence end.
    func placeInPhrase(after i: Int, _ s: Sentence) -> String? {
        // ("The first round of the Abu Dhabi talks": the city naming the talks the round is of.)
        if t[i].lower == "round", i + 4 < s.tokens.upperBound, t[i + 1].lower == "of", t[i + 2].is(.article),
           let city = cityAt(i + 3, s), city.upper < s.tokens.upperBound, t[city.upper].is(.talksNoun) { return city.name }
        // ("the second round of Russian-Ukrainian talks in Istanbul": past the talks the round is of.)
        var from = i + 1
        if t[i].lower == "round", i + 1 < s.tokens.upperBound, t[i + 1].lower == "of",
           let k = (i + 2..<min(s.tokens.upperBound, i + 7)).first(where: { t[$0].is(.talksNoun) }) { from = k + 1 }
        let end = (from..<s.tokens.upperBound).first { t[$0].is(.meetingTrigger) } ?? s.tokens.upperBound
        guard i + 1 < end else { return nil }
        var phrase = s
        phrase.tokens = (i + 1)..<min(end, i + 24)
        return placeIn(phrase)
    }

    /// "talks between US and Ukrainian officials in Geneva on Sunday", "direct talks, which were last held in Istanbul
    /// in July": a day in the noun's own phrase (or relative clause), before any mark or other meeting.
    func phraseDay(of i: Int, _ s: Sentence, _ dates: [DateMention]) -> DateMention? {
        // ("The talks, held Wednesday and Thursday in the Emirati capital, ...": the participle set off after the noun.)
        let held = i + 2 < s.tokens.upperBound && t[i + 1].isMark(",") && t[i + 2].lower == "held" ? i + 2 : nil
        let relative = relativeClause(after: i, s) ?? held ?? i
        return dates.first { d in
            d.tokens.lowerBound > relative && d.tokens.lowerBound - i <= 14 && !(relative..<d.tokens.lowerBound).contains { t[$0].kind == .punct }
                && !isThisYear(d) && !toldSince(d)
        }.flatMap { anotherMeetingBetween(i, $0) ? nil : $0 }
    }

    /// "Russian, Ukrainian and American": a comma between two states' names.
    func isStatesListComma(_ k: Int) -> Bool {
        k > 0 && k + 1 < t.count && t[k - 1].is([.stateDemonym, .statePlace]) && t[k + 1].is([.stateDemonym, .statePlace])
            && t[k - 1].sentence == t[k + 1].sentence
    }

    /// "the first day of talks", "the first day of the negotiations": the noun at `i` told by its first day.
    func isFirstDay(before i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        if k > s.tokens.lowerBound, t[k].is(.article) { k -= 1 }
        return k - 2 >= s.tokens.lowerBound && t[k].lower == "of" && t[k - 1].lower == "day" && t[k - 2].lower == "first"
    }

    /// "the first direct talks ... since the end of March 2022, when the two sides last met": a day told after "since" is
    /// never the noun's own (it may be a "when" clause's).
    func toldSince(_ d: DateMention) -> Bool {
        var k = d.tokens.lowerBound - 1
        while k >= 0, d.tokens.lowerBound - k <= 4, Self.sinceFillers.contains(t[k].lower) { k -= 1 }
        return k >= 0 && t[k].lower == "since"
    }

    static let sinceFillers: WordSet = ["the", "end", "start", "beginning", "of", "early", "late", "mid"]

    /// The sentence up to the next meeting told after `i` ("held talks with Putin ..., a few days after meeting Umerov's
    /// team": Umerov's state is not a side of the talks).
    func upToNextMeeting(after i: Int, _ s: Sentence) -> Sentence {
        var own = s
        own.tokens = s.tokens.lowerBound..<((i + 1..<s.tokens.upperBound).first { t[$0].is(.meetingTrigger) } ?? s.tokens.upperBound)
        return own
    }

    /// The "which" of a relative clause on the noun at `i`, right after it or after the sides it names ("direct talks
    /// between Russia and Ukraine, which took place in Istanbul").
    func relativeClause(after i: Int, _ s: Sentence) -> Int? {
        var k = i + 1
        while k < s.tokens.upperBound, k - i <= 8, t[k].isWord && !t[k].is(.meetingTrigger) || PeopleRules.isInnerDot(doc, k) { k += 1 }
        guard k + 1 < s.tokens.upperBound, t[k].isMark(","), t[k + 1].lower == "which" else { return nil }
        return k + 1
    }

    /// "Russia and Ukraine would immediately start negotiations", then "direct talks between Russia and Ukraine, which
    /// took place in Istanbul last Friday": while the article's round is still to come, a round told as held in a
    /// relative clause is an earlier one of its own. True when handled.
    private mutating func heldBeforeRoundToCome(at i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        guard let m = mainTalks ?? plannedTalks, meetings[m].status != .held, let r = relativeClause(after: i, s),
              r + 2 < s.tokens.upperBound, t[r + 1].lower == "took" && t[r + 2].lower == "place"
                || Self.wasOrWere.contains(t[r + 1].lower) && t[r + 2].lower == "held" else { return false }
        let clause = Sentence(tokens: r..<s.tokens.upperBound, paragraph: s.paragraph, span: s.span)
        let date = phraseDay(of: i, s, dates).flatMap { isBeforePublication($0.value) || articleDate == nil ? $0.value : nil }
        let named = statesNamed(around: i, in: s)
        _ = add(.talks, s, trigger: i..<(i + 1), place: placeIn(clause), date: date, status: .held, parties: named.count == 2 ? named.sorted() : [])
        return true
    }

    static let wasOrWere: WordSet = ["was", "were"]
    static let separateWords: WordSet = ["separate", "parallel"]

    /// "the meeting in Abu Dhabi, which opened on Wednesday": the day a relative clause on the noun at `i` says it began.
    func dayItOpened(_ i: Int, _ s: Sentence, _ dates: [DateMention]) -> DateMention? {
        guard let r = relativeClause(after: i, s), r + 1 < s.tokens.upperBound, Self.beginningVerbs.contains(t[r + 1].lower) else { return nil }
        return dates.first { d in d.value.day != nil && d.tokens.lowerBound > r + 1 && d.tokens.lowerBound - (r + 1) <= 2 }
    }

    /// "their third round of direct peace talks this year": the year rounds are counted in, not a round's date.
    func isThisYear(_ d: DateMention) -> Bool {
        d.relative && d.value.month == nil && t[d.tokens.lowerBound].lower == "this"
    }

    /// "did not attend Tuesday's talks": a day owning the noun at `i`.
    func owningDay(_ i: Int, _ s: Sentence, _ dates: [DateMention]) -> DateMention? {
        guard i - 1 > s.tokens.lowerBound, t[i - 1].kind == .possessive else { return nil }
        return dates.first { $0.tokens.upperBound == i - 1 }
    }

    /// "the first round ... on May 16", "the third round ... last Wednesday": a round with its own
    /// number is its own meeting once the article's main round has another number. True when handled.
    /// "The first direct talks between Russian and Ukrainian delegations" after talks of Ukraine and the US: two states named
    /// with the noun, not those of meeting `m`.
    /// ("The talks, held on February 4 and 5, were the second round of trilateral meetings", of a three-way round on February 4:
    /// the round of that day, its text naming some of its sides.)
    private func sameDaySomeSides(_ date: DateMention?, _ i: Int, _ s: Sentence, than m: Int) -> Bool {
        guard let date, isDay(date), meetings[m].date == date.value.iso else { return false }
        return statesBetween(after: i, s).union(joinedStates(before: i, s)).isSubset(of: Set(meetings[m].parties))
    }

    private func otherSides(at i: Int, _ s: Sentence, than m: Int) -> Bool {
        let named = statesBetween(after: i, s).union(joinedStates(before: i, s))
        return named.count >= 2 && meetings[m].parties.count >= 2 && named != Set(meetings[m].parties)
    }

    /// "to welcome the talks", "to host the negotiations": talks an infinitive of hosting takes are still to come.
    func hostingInfinitive(before i: Int, _ s: Sentence) -> Bool {
        guard i - 3 >= s.tokens.lowerBound, t[i - 1].is(.article) else { return false }
        return Self.infinitivesOfHosting.contains(t[i - 2].lower) && t[i - 3].lower == "to"
    }

    static let infinitivesOfHosting: WordSet = ["welcome", "host", "hold", "organise", "organize", "facilitate"]

    /// "between June 20 and 30", "from June 20 to June 30": the first day of a window of days.
    func opensWindow(_ d: DateMention, _ s: Sentence) -> Bool {
        let a = d.tokens.lowerBound, e = d.tokens.upperBound
        guard a > s.tokens.lowerBound, Self.windowOpeners.contains(t[a - 1].lower), e + 1 < s.tokens.upperBound else { return false }
        // ("30th": an ordinal day is a word that opens with a digit.)
        return Self.windowJoiners.contains(t[e].lower) && (t[e + 1].kind == .number || t[e + 1].is(.month) || doc.scalars[t[e + 1].start].isDigit)
    }

    /// "between June 20 and June 30" read as one mention of the month: a window too.
    func isWindow(_ d: DateMention, _ s: Sentence) -> Bool {
        d.tokens.lowerBound > s.tokens.lowerBound && Self.windowOpeners.contains(t[d.tokens.lowerBound - 1].lower)
            && d.tokens.contains { Self.windowJoiners.contains(t[$0].lower) }
    }

    /// On or after the article's day; for a month alone, the article's month or later.
    func isAhead(_ v: DateValue) -> Bool {
        if v.day != nil { return !isBeforePublication(v) }
        return isAfterPublication(v) || v.iso != nil && v.iso == articleDate?.iso.map { String($0.prefix(7)) }
    }

    static let windowOpeners: WordSet = ["between", "from"]
    static let windowJoiners: WordSet = ["and", "to"]

    /// A numbered round told as past and dated before the article, where the round `m` is still to come.
    private func heldBefore(planned m: Int, future: Bool, _ date: DateMention?) -> Bool {
        meetings[m].status != .held && !future && date.map { isBeforePublication($0.value) } ?? false
    }

    mutating func numberedRound(at i: Int, _ s: Sentence, dates: [DateMention], place: String?, venue: String?,
                                        future: Bool) -> Bool {
        // ("The talks on Feb. 4 and 5 followed a first round in Abu Dhabi on Jan. 23 and 24": with a day after the noun,
        // only the days after it are its own.)
        let after = dates.contains { isDay($0) && $0.tokens.lowerBound > i }
        var candidates = after ? dates.filter { $0.tokens.lowerBound > i } : dates
        // ("The meeting in the Swiss city, the third trilateral round brokered by Washington ..., came after two rounds in Abu
        // Dhabi ... on Jan. 23 and 24 and on Feb. 4 and 5": a round set off as an apposition has only the days inside it.)
        if let aside = appositionHolding(i, s) { candidates = candidates.filter { aside.contains($0.tokens.lowerBound) } }
        // ("were the third round in the format launched in Abu Dhabi in January": the place and time the format began are not
        // the round's.)
        var place = place
        // (A day it began on is a round of its own: "in a series started in Abu Dhabi on Jan. 23".)
        if let o = originParticiple(after: i, s), !candidates.contains(where: { $0.tokens.lowerBound > o && $0.value.day != nil }) {
            candidates = candidates.filter { $0.tokens.lowerBound < o }
            if let p = place, placeEnd(p, in: o..<s.tokens.upperBound) != nil { place = nil }
        }
        guard let round = roundNumber(before: i, s), candidates.filter(isDay).count <= 1, !personsOwnFirst(i, s) else { return false }
        // ("their third round of direct peace talks this year": the year the rounds are counted in, not the round's date.)
        let own = candidates.filter { !namesOtherMeeting($0, than: i) && !anotherMeetingBetween(i, $0) && !isThisYear($0) }
        let date = own.first(where: isDay) ?? own.first(where: { $0.value.iso != nil })
        // The same round again, or the main round named by its number for the first time.
        // (Not one of another day and place: "the first high-level US-Russia talks since the invasion in Riyadh on February 18,
        // 2025", after the first round of trilateral talks in Abu Dhabi.)
        // (Nor one of another day when the round known has no place: "The first round of trilateral talks, on January 23 and 24",
        // then "met at Diriyah Palace in Riyadh on February 18, 2025 - the first high-level US-Russian talks".)
        let known = meetings.indices.first { meetings[$0].kind == .talks && meetings[$0].round == round && !otherSides(at: i, s, than: $0)
            && !(isOtherDay(date, than: $0) && (isOtherPlace(place, than: $0) || meetings[$0].place == nil)) }
        // (Not when the main round has another day: "At the first round, held ... on 16 May" in a report on June 2.)
        // (Nor when the main round is undated and the numbered one weeks older than the article: "the first round took
        // place on May 16", told in a report of June 3 on "the talks in Istanbul", is background.)
        // (Nor when it was told at another place: "the Vatican ... interested in hosting the negotiations", then "met in
        // Istanbul on 16 May for their first direct talks".)
        let unnumberedMain = mainTalks.flatMap { meetings[$0].round == nil && !meetings.contains { $0.round != nil }
            && !isOtherDay(date, than: $0) && !(meetings[$0].date == nil && isWeeksOld(date)) && !isOtherPlace(place, than: $0)
            // (Nor a round still to come: "the next round could take place in Türkiye", then "The first direct talks ... were
            // held in Istanbul last Friday".)
            && !heldBefore(planned: $0, future: future, date) && !(otherSides(at: i, s, than: $0) && !sameDaySomeSides(date, i, s, than: $0)) ? $0 : nil }
        if let m = known ?? unnumberedMain {
            roundIn[s.tokens.lowerBound] = m
            meetings[m].round = round
            if !isOtherPlace(place, than: m) { _ = beganDayBefore(m, i, dates) }
            if meetings[m].place == nil { meetings[m].place = place }
            if meetings[m].venue == nil { meetings[m].venue = venue }
            if meetings[m].date == nil, meetings[m].monthDay == nil, let date {
                meetings[m].setDay(date.value)
            }
            return true
        }
        guard let main = mainTalks, meetings[main].round.map({ $0 != round })
                ?? (isOtherDay(date, than: main) || meetings[main].date == nil && isWeeksOld(date) || heldBefore(planned: main, future: future, date)
                    || otherSides(at: i, s, than: main))
        else { return false }
        let m = add(.talks, s, trigger: i..<(i + 1), place: placeInPhrase(after: i, s) ?? place, date: date?.value,
                    status: future ? .planned : .held, parties: joinedStates(before: i, s).sorted(), round: round)
        // ("The talks, held Wednesday ..., followed a first trilateral round there on January 23": a round the sentence's
        // subject followed is not the one its delegations sat at.)
        if !(max(s.tokens.lowerBound, i - 5)..<i).contains(where: { Self.followingVerbs.contains(t[$0].lower) }) { roundIn[s.tokens.lowerBound] = m }
        meetings[m].venue = venue
        return true
    }
}
