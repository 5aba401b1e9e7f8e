/// Meetings found from trigger nouns: talks rounds, phone calls, leaders' summits, exchanges.
struct MeetingRules {
    let doc: Document
    let people: PeopleIndex
    let articleDate: DateValue?
    var meetings: [Meeting] = []
    /// Index of the main talks round (the first one with a place, or the first definite one).
    private(set) var mainTalks: Int? = nil
    private(set) var prisonerExchange: Int? = nil
    private(set) var remainsReturn: Int? = nil
    private var plannedTalks: Int? = nil
    /// The states named in the sentence that introduced the main round: talks told by a verb between
    /// other sides are another meeting.
    var mainSides: Set<String> = []
    /// The numbered round each sentence speaks of, by the sentence's first token: later sentences
    /// of a paragraph about that round give its delegations.
    private(set) var roundIn: [Int: Int] = [:]
    var lastCall: Int? = nil
    private var anchor: DateValue? = nil

    init(doc: Document, people: PeopleIndex, articleDate: DateValue?) {
        self.doc = doc
        self.people = people
        self.articleDate = articleDate
        for (k, s) in doc.sentences.enumerated() where doc.isFactual(s) {
            sentence(k, s)
        }
        plannedWhenAfterPublication()
        for m in meetings.indices where meetings[m].place == nil {
            if let venue = meetings[m].venue, let city = Lexicon.venueCities[venue.lexKey] { meetings[m].place = city }
        }
        // An article about a round still to come has that round as its main one.
        if mainTalks == nil { mainTalks = plannedTalks }
        finishParties()
    }

    /// A meeting dated after the article was published cannot have been held yet
    /// ("Türkiye will host the second round ... on Monday", published the day before).
    private mutating func plannedWhenAfterPublication() {
        guard let published = articleDate, published.day != nil, let today = published.iso else { return }
        for m in meetings.indices where meetings[m].status == .held {
            // Full ISO days compare as strings; a month or year alone may still include the article's day.
            if let date = meetings[m].date, date.utf8.count == 10, date > today { meetings[m].status = .planned }
        }
    }

    var t: [Token] { doc.tokens }

    mutating func add(_ kind: MeetingKind, _ s: Sentence, trigger: Range<Int>, place: String? = nil, date: DateValue? = nil,
                              status: MeetingStatus, parties: [String] = [], round: Int? = nil) -> Int {
        meetings.append(Meeting(id: "m\(meetings.count + 1)", kind: kind, place: place, venue: nil, date: date?.iso,
                                parties: parties, status: status, span: doc.span(tokens: trigger),
                                monthDay: date?.monthDay, round: round))
        return meetings.count - 1
    }

    /// The round's number from an ordinal just before the talks noun: "the first round of talks",
    /// "their second direct peace talks".
    private func roundNumber(before i: Int, _ s: Sentence) -> Int? {
        var j = i - 1
        var words = 0
        while j >= s.tokens.lowerBound && words < 4 {
            if let n = Lexicon.roundOrdinals[t[j].lower] { return n }
            // "first face-to-face talks": a hyphenated compound is one modifier.
            if t[j].isMark("-") || j + 1 < i && t[j + 1].isMark("-") || j > s.tokens.lowerBound && t[j - 1].isMark("-") { j -= 1; continue }
            guard Lexicon.roundModifiers.contains(t[j].lower) else { return nil }
            words += 1
            j -= 1
        }
        return nil
    }

    /// The ordinal that introduces a date in an enumeration ("the first occurring on May 16 and
    /// the second on June 2"): the last one after the previous date.
    private func ordinal(introducing date: DateMention, after start: Int) -> Int? {
        var j = date.tokens.lowerBound - 1
        while j >= start {
            if let n = Lexicon.roundOrdinals[t[j].lower] { return n }
            j -= 1
        }
        return nil
    }

    /// "the first occurring on May 16 and the second on June 2": two or more days, each after its
    /// own ordinal; not "between June 20 and June 30" or a round and the exchange it produced.
    private func enumeratesRounds(_ dates: [DateMention], after i: Int) -> Bool {
        let days = dates.filter(isDay)
        guard days.count > 1 else { return false }
        var after = i + 1
        var numbered = 0
        for d in days {
            if ordinal(introducing: d, after: after) != nil { numbered += 1 }
            after = d.tokens.upperBound
        }
        return numbered >= 2
    }

    /// "a third round of talks" with nothing in the sentence telling it held: numbered but indefinite.
    private func isIndefiniteRound(_ i: Int, _ s: Sentence) -> Bool {
        guard roundNumber(before: i, s) != nil, !s.tokens.contains(where: { t[$0].is(.heldMarker) }) else { return false }
        var j = i - 1
        while j > s.tokens.lowerBound, i - j <= 5, Lexicon.roundOrdinals[t[j].lower] == nil { j -= 1 }
        return j > s.tokens.lowerBound && ["a", "an"].contains(t[j - 1].lower)
    }

    private func isCity(_ place: String) -> Bool { Lexicon.cities.contains(place.lexKey) }

    /// The state a meeting's place belongs to, which hosts rather than takes part.
    func hostOf(_ m: Int) -> Set<String> {
        meetings[m].place.flatMap { Lexicon.placeCountry[$0.lexKey] }.map { [$0] } ?? []
    }

    /// Whether a full day lies before the article's own date.
    private func isBeforePublication(_ date: DateValue) -> Bool {
        guard let day = date.iso, day.utf8.count == 10, let published = articleDate, published.day != nil, let today = published.iso else { return false }
        return day < today
    }

    /// Whether `date` names a day and meeting `m` is dated another day.
    private func isOtherDay(_ date: DateMention?, than m: Int) -> Bool {
        guard let date, isDay(date), let known = meetings[m].date else { return false }
        return known != date.value.iso
    }

    /// A date that names a day, with or without its year.
    private func isDay(_ d: DateMention) -> Bool {
        !d.relative && (d.value.iso != nil || d.value.monthDay != nil)
    }

    private func matches(_ phrase: [String], at i: Int, _ s: Sentence) -> Bool {
        guard i + phrase.count <= s.tokens.upperBound else { return false }
        for (k, w) in phrase.enumerated() {
            if Self.isNumberSlot(w) { if t[i + k].kind != .number { return false } } else if t[i + k].lower != w { return false }
        }
        return true
    }

    /// "#" in a phrase stands for any number; a byte test, as no lexicon word starts with "#".
    private static func isNumberSlot(_ w: String) -> Bool {
        // The view's own iterator: `first` goes through the unspecialised generic getter here.
        var bytes = w.utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "#")
    }

    private mutating func sentence(_ k: Int, _ s: Sentence) {
        // One copy of the token array for the whole sentence, not one per `t[i]` through the property.
        let t = doc.tokens
        // "said on Tuesday": the date of a statement, not of a meeting.
        let dates = DateRules.find(doc, in: s, articleDate: articleDate, anchor: anchor).filter { !datesStatement($0) && !isSince($0) }
        defer { if let d = dates.last(where: { $0.value.day != nil && $0.value.year != nil }) { anchor = d.value } }
        guard s.tokens.contains(where: { t[$0].is(.meetingTrigger) || t[$0].is(.meetVerb) }) else { return }
        let place = placeIn(s)
        let venue = venueIn(s)
        var i = s.tokens.lowerBound
        var usedTalks = false
        let numberedTalks = s.tokens.first { t[$0].is(.talksNoun) && t[$0].quote == nil && isTalks($0, s) && roundNumber(before: $0, s) != nil }
        // Whether a noun already named a meeting here: a verb of meeting then adds nothing.
        var handled = false
        while i < s.tokens.upperBound {
            if t[i].quote != nil || !t[i].is(.meetingTrigger) { i += 1; continue }
            // Calls.
            if let phrase = Lexicon.callPhrases.first(where: { matches($0, at: i, s) }), isCall(phrase, at: i, s) {
                let range = i..<(i + phrase.count)
                let date = dates.first?.value
                if let c = lastCall, phrase == ["call"] || date == nil {
                    meetings[c].span = meetings[c].span
                } else {
                    lastCall = add(.call, s, trigger: range, date: date, status: status(s, default: .held), parties: countries(s))
                }
                handled = true; i += phrase.count; continue
            }
            // "spoke with Putin by phone": the call is the conversation the phone qualifies.
            // (Another call once its sides differ: "Zelenskyy spoke with Trump by phone" after Trump's call with Putin.)
            if lastCall.map({ Set(meetings[$0].parties) != Set(countries(s)) && countries(s).count >= 2 }) ?? true,
               let range = phoneCall(at: i, s) {
                lastCall = add(.call, s, trigger: range, date: dates.first?.value, status: status(s, default: .held), parties: countries(s))
                handled = true; i += 1; continue
            }
            // Exchanges of prisoners and returns of remains (singular events, not generic plurals).
            // ("The exchange was completed on May 25": a lone noun counts when told as done.)
            if let phrase = Lexicon.exchangePhrases.first(where: { matches($0, at: i, s) })
                ?? (["exchange", "swap"].contains(t[i].lower) && completion(after: i + 1, s) != nil ? [t[i].lower] : nil)
                ?? exchangedCount(at: i, s) {
                let done = completion(after: i + phrase.count, s) ?? completion(before: i, s)
                if prisonerExchange == nil {
                    // "exchanged 175 prisoners each on Wednesday": the verb tells a held exchange and its day.
                    let told = Lexicon.exchangeVerbs.contains(t[i].lower) || done != nil
                    let day = done.map { d in dates.first { $0.tokens.lowerBound > d && $0.tokens.lowerBound - d <= 4 } }
                    let date = (day ?? dates.first { $0.tokens.lowerBound > i && near($0.tokens, i + phrase.count - 1, s) })?.value
                    prisonerExchange = add(.exchange, s, trigger: i..<(i + phrase.count), date: date,
                                           status: done != nil ? .held : status(s, default: told ? .held : .planned), parties: [])
                } else if let done {
                    completedExchange(at: i..<(i + phrase.count), done: done, s, dates: dates)
                }
                handled = true; i += phrase.count; continue
            }
            if let phrase = Lexicon.remainsPhrases.first(where: { matches($0, at: i, s) }),
               phrase.contains("remains") && phrase.first == "return" || remainsFollow(i + phrase.count - (phrase.last == "#" ? 1 : 0), s) {
                if remainsReturn == nil {
                    // "Moscow had handed over the bodies of 1,212 soldiers": told as done.
                    let done = completion(before: i, s) != nil
                    remainsReturn = add(.exchange, s, trigger: i..<(i + phrase.count), status: done ? .held : status(s, default: .planned), parties: [])
                }
                handled = true; i += phrase.count; continue
            }
            // Leaders' meetings.
            if t[i].is(.summitNoun) || (t[i].is(.talksNoun) && betweenLeaders(i, s)) {
                // A leaders' meeting takes only a date right next to it ("their only encounter in 2019").
                // A weekday counts too when the meeting is told as an event ("flew to Ankara on Thursday for talks with ...").
                // Before the noun only right next to it ("the 2019 encounter", "on Thursday for talks with").
                // Or right after the summit's place ("a summit of Nordic leaders in Vilnius later on June 2").
                let placeToken = place.flatMap { p in (i..<s.tokens.upperBound).first { t[$0].text == p } }
                let nearDate = dates.first(where: { d in
                    (d.tokens.lowerBound > i ? near(d.tokens, i, s) : i - d.tokens.upperBound <= 1) && (!d.relative || !t[i].is(.summitNoun))
                        || placeToken.map { k in d.tokens.lowerBound > k && near(d.tokens, k, s) && d.tokens.lowerBound - k <= 4 } ?? false })
                let date = nearDate?.value
                var parties = summitParties(i, s)
                // "his summit with Mr. Putin": the owner is the clause's subject.
                let owned = i > s.tokens.lowerBound && ["his", "her", "their"].contains(t[i - 1].lower)
                for c in clauseSubjectCountries(before: i, s, owned: owned) where !parties.contains(c) { parties.insert(c, at: 0) }
                let st = nearDate.map { $0.relative ? status(s, default: .held) : .held } ?? status(s, default: .proposed)
                let summitPlace = t[i].is(.summitNoun) ? place : travelPlace(before: i, s)
                // The same leaders' meeting again: same date and place, and one set of parties inside the other.
                if let m = meetings.firstIndex(where: { $0.kind == .summit && $0.date == date?.iso && $0.place == summitPlace
                    && (Set(parties).isSubset(of: Set($0.parties)) || Set($0.parties).isSubset(of: Set(parties))) }) {
                    for p in parties where !meetings[m].parties.contains(p) { meetings[m].parties.append(p) }
                } else {
                    _ = add(.summit, s, trigger: i..<(i + 1), place: summitPlace, date: date, status: st, parties: parties)
                }
                handled = true; i += 1; continue
            }
            // Negotiation rounds.
            // A numbered round wins over an earlier plain mention in the same sentence
            // ("after Putin proposed direct negotiations, ... their first face-to-face talks").
            if t[i].is(.talksNoun), !usedTalks, isTalks(i, s), numberedTalks.map({ $0 == i }) ?? true {
                usedTalks = true
                handled = true
                talksRound(at: i, s, dates: dates, place: place, venue: venue)
            }
            i += 1
        }
        // After a noun only a leaders' meeting of its own is looked for ("the first summit since Putin met Biden in 2021").
        meetingVerbs(s, dates: dates, place: place, venue: venue, summitsOnly: handled)
    }

    /// A negotiation round named at token `i` (a talks noun, or a verb of meeting between delegations):
    /// the main round, a round still to come, or another dated round.
    mutating func talksRound(at i: Int, _ s: Sentence, dates: [DateMention], place: String?, venue: String?) {
        let explicit = dates.first(where: { !$0.relative && $0.value.iso != nil })
        let future = isFuture(i, s)
        if numberedRound(at: i, s, dates: dates, place: place, venue: venue, future: future) { return }
        if enumeratesRounds(dates, after: i) {
            // "the first occurring on May 16 and the second on June 2": one round per date,
            // kept when the year is unknown (the month and day can still be compared).
            var after = i + 1
            for d in dates where isDay(d) {
                let round = ordinal(introducing: d, after: after)
                after = d.tokens.upperBound
                if !meetings.contains(where: { $0.kind == .talks && $0.date == d.value.iso && $0.monthDay == d.value.monthDay }) {
                    _ = add(.talks, s, trigger: i..<(i + 1), date: d.value, status: .held, round: round)
                }
            }
        } else if future, mainTalks.map({ meetings[$0].status == .held }) ?? (place == nil) {
            // A round to come is not dated before the article ("agreed on Feb. 12 that their teams would start negotiations").
            let explicit = explicit.flatMap { d in isBeforePublication(d.value) ? nil : d }
            // (When the main round is itself still to come, "the talks will be held at ..." is that round.)
            // A round still to come: its own meeting, with whatever place and date the sentence gives.
            if let p = plannedTalks {
                if meetings[p].place == nil { meetings[p].place = place }
                if meetings[p].date == nil { meetings[p].date = explicit?.value.iso }
            } else {
                plannedTalks = add(.talks, s, trigger: i..<(i + 1), place: place, date: explicit?.value, status: .planned)
            }
        } else if let m = mainTalks {
            // ("The talks on Wednesday at Çırağan Palace lasted ...": a weekday right by the noun dates it too.)
            let ownDay = explicit ?? dates.first(where: { $0.relative && $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 9
                && !(i..<$0.tokens.lowerBound).contains { t[$0].isMark(",") } })
            // A dated mention elsewhere is another round unless it names the main round's place.
            // "the meeting on June 2" with a day date and no date yet on the main round refers back to it.
            // "the meeting in Saudi Arabia", then "talks in the Saudi capital on Tuesday": the city refines the state.
            let refines = place.map { p in meetings[m].place.map { isCity(p) && !isCity($0) && Lexicon.placeCountry[p.lexKey] == Lexicon.placeCountry[$0.lexKey] } ?? false } ?? false
            if refines { meetings[m].place = place }
            // An undated mention with a place in its own clause places a main round that had none, and is that round.
            // A main round told with neither place nor date ("Russia and Ukraine held their first direct talks") takes both.
            let bare = meetings[m].place == nil && meetings[m].date == nil && meetings[m].venue == nil
            if explicit == nil || bare, meetings[m].place == nil, place != nil, let own = placeIn(clause(of: i, s)) { meetings[m].place = own }
            // (A date in an earlier year than the article's is an earlier round: "hosted talks in Istanbul in March 2022".)
            let earlierYear = explicit.map { d in d.value.year.map { y in articleDate?.year.map { y < $0 } ?? false } ?? false } ?? false
            let samePlace = !earlierYear && (place != nil && place == meetings[m].place || venue != nil && venue == meetings[m].venue)
                || meetings[m].date == nil && ownDay?.value.day != nil && i > s.tokens.lowerBound && ["the", "this"].contains(t[i - 1].lower)
                || bare && !earlierYear
            // ("discussed the talks by telephone on 9 June": the day of the call, not of another round.)
            let callBetween = explicit.map { d in (min(i, d.tokens.lowerBound)..<max(i, d.tokens.lowerBound)).contains {
                ["phone", "telephone", "call"].contains(t[$0].lower) } } ?? false
            // "strikes on June 1, the day before the meeting": a bare "the meeting" takes up the main round; a date
            // names another round only beside it ("the meeting on June 1").
            let anaphor = i > s.tokens.lowerBound && ["the", "that"].contains(t[i - 1].lower) && roundNumber(before: i, s) == nil
            let farDate = explicit.map { d in !(d.tokens.lowerBound > i && d.tokens.lowerBound - i <= 3 || d.tokens.upperBound == i) } ?? false
            if let d = explicit, !callBetween, !(anaphor && farDate), meetings[m].date != d.value.iso, !samePlace || meetings[m].date != nil {
                if !meetings.contains(where: { $0.kind == .talks && $0.date == d.value.iso }) {
                    let m = add(.talks, s, trigger: i..<(i + 1), place: place, date: d.value, status: .held)
                    meetings[m].venue = venue
                }
            } else {
                // Only a place in the mention's own clause: not "...; Putin stayed in Moscow".
                if meetings[m].place == nil, place != nil, let place = placeIn(clause(of: i, s)) { meetings[m].place = place }
                if meetings[m].date == nil, samePlace, let d = ownDay { meetings[m].date = d.value.iso; meetings[m].monthDay = d.value.monthDay }
                // The sentence that places or dates the main round may name its sides better than the first mention.
                if samePlace, mainSides.subtracting(hostOf(m)).count < 2 {
                    let named = statesNamed(around: i, in: s).subtracting(hostOf(m))
                    mainSides = named.count >= 2 ? named : statesInSubject(of: s)
                }
                if meetings[m].venue == nil, let venue { meetings[m].venue = venue }
            }
        } else if mainTalks == nil, plannedTalks == nil, isIndefiniteRound(i, s) {
            // "no date had been set for a third round": a round still to come, not the one the article reports.
            plannedTalks = add(.talks, s, trigger: i..<(i + 1), place: place, date: explicit?.value, status: status(s, default: .planned),
                               round: roundNumber(before: i, s))
        } else if place != nil || isDefinite(i, s) {
            let d = explicit ?? dates.first
            // "Türkiye will host the second round of direct peace talks": a future clause, however far the "will".
            let toCome = future || DateRules.isFuture(before: i, doc, in: s)
            mainTalks = add(.talks, s, trigger: i..<(i + 1), place: place, date: d?.value, status: toCome ? .planned : .held,
                            round: roundNumber(before: i, s))
            meetings[mainTalks!].venue = venue
            mainSides = statesNamed(around: i, in: s)
            if mainSides.count < 2 { mainSides = statesInSubject(of: s) }
        }
    }

    /// "the first round ... on May 16", "the third round ... last Wednesday": a round with its own
    /// number is its own meeting once the article's main round has another number. True when handled.
    private mutating func numberedRound(at i: Int, _ s: Sentence, dates: [DateMention], place: String?, venue: String?,
                                        future: Bool) -> Bool {
        guard let round = roundNumber(before: i, s), dates.filter(isDay).count <= 1 else { return false }
        let own = dates.filter { !namesOtherMeeting($0, than: i) }
        let date = own.first(where: isDay) ?? own.first(where: { $0.value.iso != nil })
        // The same round again, or the main round named by its number for the first time.
        let known = meetings.firstIndex(where: { $0.kind == .talks && $0.round == round })
        // (Not when the main round has another day: "At the first round, held ... on 16 May" in a report on June 2.)
        let unnumberedMain = mainTalks.flatMap { meetings[$0].round == nil && !meetings.contains { $0.round != nil }
            && !isOtherDay(date, than: $0) ? $0 : nil }
        if let m = known ?? unnumberedMain {
            roundIn[s.tokens.lowerBound] = m
            meetings[m].round = round
            if meetings[m].place == nil { meetings[m].place = place }
            if meetings[m].venue == nil { meetings[m].venue = venue }
            if meetings[m].date == nil, meetings[m].monthDay == nil, let date {
                meetings[m].date = date.value.iso
                meetings[m].monthDay = date.value.monthDay
            }
            return true
        }
        guard let main = mainTalks, meetings[main].round.map({ $0 != round }) ?? isOtherDay(date, than: main) else { return false }
        let m = add(.talks, s, trigger: i..<(i + 1), place: place, date: date?.value, status: future ? .planned : .held, round: round)
        roundIn[s.tokens.lowerBound] = m
        meetings[m].venue = venue
        return true
    }

    /// Parties of talks and exchanges: the two states the article names most (hosts excluded).
    private mutating func finishParties() {
        let t = doc.tokens
        // An article names a handful of states: a short list counts them without hashing.
        var order: [String] = []
        var tally: [Int] = []
        for para in doc.paragraphs where para.kind == .body {
            for i in para.tokens where t[i].isCapitalized || t[i].isAllCaps {
                guard t[i].is(.stateDemonym), let c = Lexicon.demonyms[t[i].lower], !c.isEmpty else { continue }
                if let k = order.firstIndex(of: c) { tally[k] += 1 } else { order.append(c); tally.append(1) }
            }
        }
        let counts = Dictionary(uniqueKeysWithValues: zip(order, tally))
        let host = mainTalks.flatMap { meetings[$0].place }.flatMap { Lexicon.placeCountry[$0.lexKey] }
        let ranked = order.filter { $0 != host }.enumerated().sorted { a, b in
            (counts[a.element]!, -a.offset) > (counts[b.element]!, -b.offset)
        }.map(\.element)
        let main = Array(ranked.prefix(2)).sorted()
        for m in meetings.indices where meetings[m].kind == .talks || meetings[m].kind == .exchange {
            if meetings[m].parties.isEmpty { meetings[m].parties = main }
        }
        // The main round's own sentence names exactly two sides ("talks in Jeddah with a U.S. team" that
        // Ukraine joined): those, even when the article names two other states more often.
        let own = mainSides.subtracting(host.map { [$0] } ?? [])
        if let m = mainTalks, own.count == 2, meetings[m].parties == main { meetings[m].parties = own.sorted() }
    }
}
