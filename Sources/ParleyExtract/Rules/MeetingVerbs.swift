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
        /// People named whose state the article does not give ("Crown Prince Mohammed bin Salman").
        var stateless = 0
        /// "delegations", "negotiators", "officials", "his Ukrainian counterpart".
        var groups = 0

        mutating func add(country: String?) {
            if let country, !country.isEmpty, !countries.contains(country) { countries.append(country) }
        }
    }

    /// "The US president met the Russian leader on Friday at ..., for talks that lasted just under three hours": the
    /// talks a leaders' meeting was held for are that meeting, named by the verb before them.
    func talksOfLeadersMeeting(_ i: Int, _ s: Sentence) -> Bool {
        guard i > s.tokens.lowerBound, t[i - 1].lower == "for",
              let k = (max(s.tokens.lowerBound, i - 25)..<i).last(where: { t[$0].is(.meetVerb) && t[$0].quote == nil }),
              !Lexicon.receivingVerbs.contains(t[k].lower) else { return false }
        var who = Participants()
        guard subject(before: k, s, into: &who) else { return false }
        _ = object(after: k, s, into: &who)
        return who.groups == 0 && who.others == 0 && who.leaders >= 2 && who.countries.count >= 2
    }

    /// "U.S. President Donald Trump and Russian President Vladimir Putin wrapped up nearly three hours of talks at a military
    /// base in Alaska": talks two heads of state held, ended or began with each other are their summit.
    func talksHeldByLeaders(_ i: Int, _ s: Sentence) -> Bool {
        guard i > s.tokens.lowerBound + 2,
              let k = (max(s.tokens.lowerBound, i - 8)..<i).last(where: { Self.leadersTalksVerbs.contains(t[$0].lower) && t[$0].quote == nil }),
              (k + 1..<i).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized || t[$0].kind == .number || t[$0].isMark("-") }),
              // (Not "opened talks between Russian and Ukrainian delegations": talks of others.)
              !(i + 1 < s.tokens.upperBound && (t[i + 1].lower == "between" || t[i + 1].lower == "with")) else { return false }
        var who = Participants()
        guard subject(before: k, s, into: &who) else { return false }
        return who.groups == 0 && who.others == 0 && who.leaders >= 2 && who.countries.count >= 2
    }

    /// "agreed in October to meet", "decided on Thursday to hold talks": the verb of agreeing before the infinitive at `i`,
    /// with only a time between.
    func agreementBefore(infinitive i: Int, _ s: Sentence) -> Int? {
        guard i - 2 >= s.tokens.lowerBound, t[i - 1].lower == "to",
              let a = (max(s.tokens.lowerBound, i - 7)..<(i - 1)).last(where: { Self.agreeingVerbs.contains(t[$0].lower) }), a + 1 < i - 1,
              (a + 1..<(i - 1)).allSatisfy({ t[$0].is([.weekday, .month]) || t[$0].kind == .number || Self.timeFillers.contains(t[$0].lower) || t[$0].isMark(",") })
        else { return nil }
        return a
    }

    static let agreeingVerbs: WordSet = ["agreed", "decided", "promised", "pledged", "offered", "planned", "vowed"]
    static let timeFillers: WordSet = ["in", "on", "last", "this", "early", "late", "mid", "earlier", "later", "the", "of", "at", "month", "week", "year"]
    static let leadersTalksVerbs: WordSet = ["held", "wrapped", "ended", "concluded", "began", "opened", "completed"]

    /// `nounsAt`: where nouns already named meetings in the sentence; a verb after one of them, or just
    /// before, adds only a leaders' meeting of its own ("the first summit since Putin met Biden in 2021");
    /// one well before the noun may tell other talks ("Witkoff, who met Putin in Moscow on Aug. 6 and
    /// helped arrange the summit").
    mutating func meetingVerbs(_ s: Sentence, dates allDates: [DateMention], place: String?, venue: String?, nounsAt: [Int]) {
        for i in meetingVerbsToTry(s) {
            // ("Mr. Trump and Mr. Putin agreed in October to meet in Budapest": the day of the agreement is not the meeting's.)
            let agreed = agreementBefore(infinitive: i, s)
            let dates = agreed.map { a in allDates.filter { !(a..<i).contains($0.tokens.lowerBound) } } ?? allDates
            if hostedToldMeeting(i, s) { continue }
            // ("prosecutors gather evidence": "gather" and "convene" meet only with no object after them.)
            if Self.intransitiveMeetVerbs.contains(t[i].lower), i + 1 < s.tokens.upperBound, t[i + 1].isWord,
               !t[i + 1].is(.placePreposition), !Self.afterGathering.contains(t[i + 1].lower) { continue }
            // ("arrived in Moscow two days after meeting a Ukrainian delegation ... in Florida on Sunday": the gerund's own
            // place, not the sentence's first; "after meeting Zelensky in the Mariinsky Palace": its venue's city.)
            // ("The Washington talks came three days after Trump met Putin in Anchorage": a city naming another meeting
            // before the verb gives way to the verb's own; so does one after it: "are due to meet Witkoff in Miami on Thursday
            // to hear the outcome of the Moscow talks".)
            // ("through talks in Geneva, Florida and Berlin, and on 28 December Zelensky met Trump at Mar-a-Lago": a city after
            // a noun of meeting before the verb is that meeting's too.)
            let placeNamesAMeeting = place.flatMap { p in placeEnd(p, in: s.tokens).map { k in
                let a = k - (p.split(separator: " ").count - 1)
                return k != i && k + 1 < s.tokens.upperBound && (t[k + 1].is(.talksNoun) || t[k + 1].is(.summitNoun))
                    || k < i && a - 2 >= s.tokens.lowerBound && t[a - 1].lower == "in" && t[a - 2].is(.meetingTrigger)
            } } ?? false
            let venueCityAfter = venue.flatMap { v in venueHeadToken(v, s).flatMap { $0 > i && $0 - i <= 10 ? Lexicon.venueCities[v.lexKey] : nil } }
            // ("In Kyiv, Zelensky said ... Ukraine was ready to meet the U.S. envoys again": where it was said, not met.)
            let saidThere = place.map { p in frontedPlace(s) == p && (s.tokens.lowerBound + 3..<i).contains { t[$0].is(.sayingVerb) } } ?? false
            let sentencePlace = saidThere ? nil : place
            let ownPlace = t[i].is(.meetVerb) || delegationsTalked(i, s)
                ? (placeNamesAMeeting ? placeInPhrase(after: i, s) ?? venueCityAfter ?? sentencePlace : sentencePlace) : placeInPhrase(after: i, s)
                ?? venue.flatMap { v in venueHeadToken(v, s).flatMap { $0 > i && $0 - i <= 10 ? Lexicon.venueCities[v.lexKey] : nil } }
                ?? (saidThere ? nil : frontedPlaceOfVerb(i, s))
            // ("held talks with Putin ..., a few days after meeting Umerov's team in Florida": a gerund of meeting is another one.)
            // ("The talks came after Witkoff met Putin at the Kremlin on Aug. 6": a verb in a clause of time opened after
            // the noun tells an earlier meeting of its own.)
            let summitsOnly = !isMeetingGerund(i, s) && nounsAt.contains { n in (n < i || n - i <= 10) && !(n < i && timeClauseOpens(between: n, i))
                && !(n > i && isAbsoluteWith(n, s)) }
            guard !isNegated(before: i, s) else { continue }
            // "negotiators spent an hour together at ...", not "together with".
            // "a video call hosted by Merz": the passive qualifies a meeting already named.
            if t[i].lower == "hosted", i + 1 < s.tokens.upperBound, t[i + 1].lower == "by" { continue }
            // ("advisers from Britain, France, Germany and Italy sat in as observers", "sat in on the talks": present at another
            // meeting, not at one of their own.)
            if t[i].lower == "sat", i + 2 < s.tokens.upperBound, t[i + 1].lower == "in", Self.sittingInWords.contains(t[i + 2].lower) { continue }
            // ("bring the leaders together" is an offer to host, told too loosely to place or date.)
            if t[i].lower == "together", i + 1 < s.tokens.upperBound && t[i + 1].lower == "with"
                || (max(s.tokens.lowerBound, i - 10)..<i).contains(where: { Self.bringingVerbs.contains(t[$0].lower) }) { continue }
            // "received Ukrainian President Volodymyr Zelenskyy", not "received a call" or "received the bodies".
            if Lexicon.receivingVerbs.contains(t[i].lower), !guestFollows(i, s) { continue }
            var who = Participants()
            if t[i].is(.meetVerb) || t[i].lower == "spent" || t[i].lower == "spoke" || t[i].lower == "talked" || t[i].lower == "negotiated"
                || isParticipleOfMeeting(i, s) {
                guard subject(before: i, s, into: &who) else { continue }
            } else if !frontedGerundSubject(i, s, into: &who) {
                sentenceSubject(of: s, before: i, into: &who)
            }
            // ("Trump and Putin arrived in Alaska ... . The two leaders met for nearly three hours": the leaders named last.)
            // ("The leaders spent close to three hours together": the subject of the time spent.)
            let spentBefore = t[i].lower == "together" ? (max(s.tokens.lowerBound, i - 7)..<i).last(where: { t[$0].lower == "spent" }) : nil
            if who.countries.isEmpty, twoLeadersSubject(before: spentBefore ?? i, s) {
                for p in lastTwoLeaders(before: s.tokens.lowerBound) {
                    who.add(country: people.people[p].country)
                    who.leaders += 1
                }
            } else if who.countries.isEmpty, pairSubject(before: i, s) {
                // ("Witkoff ... met Putin; on 11 April the two men met again": the two people of two states named last.)
                for p in lastTwoPeople(before: i) {
                    who.add(country: people.people[p].country)
                    if isLeader(p) { who.leaders += 1 } else { who.others += 1 }
                }
            } else if who.countries.isEmpty, i > s.tokens.lowerBound, t[i - 1].lower == "they", i + 1 < s.tokens.upperBound,
                      t[i + 1].lower == "again", let last = meetings.last, last.parties.count == 2 {
                // ("and on 25 April they met again in Moscow": those of the meeting told last.)
                for c in last.parties { who.add(country: c) }
                if last.kind == .summit { who.leaders += 2 } else { who.others += 2 }
            }
            let end = object(after: i, s, into: &who)
            // "Zelenskyy meets Crown Prince Mohammed bin Salman in Jeddah": the other side is the host the place names.
            if who.countries.count == 1, who.stateless > 0, let place = ownPlace, let host = Lexicon.placeCountry[place.lexKey], !host.isEmpty {
                who.add(country: host)
                who.leaders += 1
            }
            // ("Russia and the United States agreed ..., after senior officials met in Saudi Arabia": officials of the
            // states the sentence opens with.)
            if who.countries.count < 2, who.groups > 0 {
                let host = ownPlace.flatMap { Lexicon.placeCountry[$0.lexKey] }
                for c in statesInSubject(of: s).sorted() where c != host { who.add(country: c) }
            }
            // ("Putin agreed to a pause after a phone call with Trump. ... technical teams would meet in Saudi Arabia on
            // Sunday": teams of the leaders who just spoke or met.)
            // (The speaker's state may be one of them: "Witkoff said that technical teams would meet".)
            if who.countries.count < 2, who.groups > 0, DateRules.isFuture(before: i, doc, in: s),
               let last = meetings.last(where: { $0.kind == .call || $0.kind == .summit }), last.parties.count == 2,
               Set(who.countries).isSubset(of: Set(last.parties)),
               let p = doc.paragraphs.firstIndex(where: { $0.start <= last.span.start && last.span.start < $0.end }),
               p <= s.paragraph, doc.paragraphs[p...s.paragraph].filter({ $0.kind == .body }).count <= 6 {
                for c in last.parties { who.add(country: c) }
            }
            // ("The delegations will meet again in Abu Dhabi next week", after the round reported: a round still to come.)
            if who.countries.count < 2, who.groups > 0, !summitsOnly, let m = mainTalks, meetings[m].status == .held,
               Self.futureGatheringVerbs.contains(t[i].lower), sidesMeetAgain(i, s) {
                roundToComeOfTheSameSides(at: i, s, dates: dates, place: ownPlace, as: m)
                return
            }
            // ("The delegations met at Istanbul's Ciragan Palace, their first face-to-face session in seven weeks": the
            // round the article reports, placed.)
            if who.countries.count < 2, who.groups > 0, !summitsOnly, let m = mainTalks, meetings[m].status == .held,
               Self.gatheringVerbs.contains(t[i].lower) {
                // ("The Abu Dhabi format was launched on January 23-24, when the three delegations first met in the Emirati
                // capital", in a report on its second round: a day of the verb's own, before the round's, is an earlier round.)
                let ownDay = whenClauseDay(of: i, dates, s) ?? dates.first(where: { d in d.tokens.lowerBound > i && sameClause(d, i) && !anotherMeetingBetween(i, d)
                    && !(i + 1..<d.tokens.lowerBound).contains { t[$0].isMark(",") } })
                // (Not "The delegations had also met on February 4" of a round in its second day on the 5th: a day of the same round.)
                if let day = meetings[m].date, day.count == 10, let d = ownDay, isDay(d), let iso = d.value.iso, iso < day,
                   let o = d.value.ordinal, let mo = DateValue.parseISO(day)?.ordinal, mo - o > 2 {
                    if !meetings.contains(where: { $0.kind == .talks && $0.date == iso }) {
                        _ = add(.talks, s, trigger: i..<(i + 1), place: ownPlace ?? venue.flatMap { Lexicon.venueCities[$0.lexKey] }, date: d.value,
                                status: .held, parties: meetings[m].parties)
                    }
                    return
                }
                // ("The delegations met on Wednesday evening at the city's Ciragan Palace": the day of the round reported.)
                if meetings[m].date == nil, meetings[m].monthDay == nil, let d = ownDay, d.value.day != nil, d.value.iso != nil, !isAfterPublication(d.value) {
                    meetings[m].setDay(d.value)
                }
                if meetings[m].place == nil { meetings[m].place = ownPlace ?? venue.flatMap { Lexicon.venueCities[$0.lexKey] } }
                if meetings[m].venue == nil { meetings[m].venue = venue }
                return
            }
            // ("the 'coalition of the willing' would meet virtually on Tuesday": its leaders' meeting, by video or in person.)
            if who.countries.count < 2, !summitsOnly, (max(s.tokens.lowerBound, i - 24)..<i).contains(where: { k in
                t[k].end - t[k].start == 9 && t[k].lower == "coalition" && !(k..<i).contains { t[$0].is(.sayingVerb) || t[$0].isMark(";") } }) {
                coalitionMeeting(at: i, s, dates: dates, place: ownPlace)
                return
            }
            // ("Cassis met Russian Foreign Minister Sergei Lavrov in Moscow on February 6": one side a named person whose state
            // the article never gives; a meeting told with its own place and day is one still, with the side known.)
            if who.countries.count == 1, who.stateless > 0, who.groups == 0, !summitsOnly, Self.metOneSideVerbs.contains(t[i].lower),
               statelessOfficeHolder(in: s.tokens.lowerBound..<end),
               let p = ownPlace, let d = dates.first(where: { $0.tokens.lowerBound > i && $0.value.day != nil && sameClause($0, i) }),
               !meetings.contains(where: { $0.date == d.value.iso && $0.place == p }) {
                _ = add(.talks, s, trigger: i..<(i + 1), place: p, date: d.value, status: .held, parties: who.countries)
                return
            }
            guard who.countries.count >= 2 else { continue }
            // ("the Ukrainian and Russian delegations have met three times in Istanbul this year – on May 16, June 2 and
            // July 23": a round on each day.)
            if i + 2 < s.tokens.upperBound, t[i + 2].lower == "times", let times = Lexicon.numberWords[t[i + 1].lower].map(Int.init) ?? Int(t[i + 1].text),
               roundsOnDays(at: i, s, dates: dates, place: ownPlace, allRounds: times) { return }
            let journey = destination(before: i, s)
            // ("held talks with Macron in Paris on Monday and then travelled to Dublin on Tuesday to meet Martin": the city
            // the journey right before the verb reached, not the sentence's first.)
            // ("travelled to Dublin on Tuesday, where he met Martin": the city the clause a "where" clause hangs on names.)
            let whereCity = t[i].is(.meetVerb) ? cityBeforeWhere(i, s, dates) : nil
            let place = journey.flatMap { j in t[i].is(.meetVerb) ? placeInPhrase(after: i, s) ?? j.place : nil }
                ?? whereCity.map { placeInPhrase(after: i, s) ?? $0 } ?? ownPlace ?? journey?.place
            // ("flew to Abu Dhabi to meet ...": the journey's verb tells the tense.)
            let past = Self.pastMeetingVerbs.contains(t[i].lower) || isParticipleOfMeeting(i, s) && mainVerbInPast(after: i, s)
                || t[i].lower == "meeting" && Self.pastWithOpeners.contains(t[i - 1].lower)
                || journey.map { Self.pastJourneyVerbs.contains(t[$0.verb].lower) || Self.pastSendingVerbs.contains(t[$0.verb].lower) } ?? false
                || t[i].lower == "together" && !DateRules.isFuture(before: i, doc, in: s)
            let defaultStatus: MeetingStatus = past ? .held : .planned
            if who.groups == 0, who.others == 0, who.leaders >= 2 {
                // ("ignored a challenge from Zelenskyy to meet him in Turkey in person": a meeting a challenge or offer puts,
                // in the place of its own words.)
                let challenged = challengeToMeet(before: i, s)
                // ("said he looked forward to meeting Putin soon": one hoped for.)
                let hoped = t[i].lower == "meeting" && i - 2 >= s.tokens.lowerBound && t[i - 2].lower == "forward"
                summitFromVerb(at: i..<end, s, dates: challenged ? [] : dates, place: challenged ? placeInPhrase(after: i, s) : place,
                               venue: challenged ? nil : self.venue(venue, near: i, s), parties: who.countries,
                               status: challenged || hoped ? .proposed : status(s, default: defaultStatus))
            } else if !summitsOnly, let m = mainTalks, !mainSides.isEmpty, !who.countries.contains(Self.eitherSide),
                      !Set(who.countries).isSubset(of: mainSides)
                        // ("a few days after meeting Umerov's team in Florida" in a report on talks in Berlin: elsewhere.)
                        || isMeetingGerund(i, s) && ownPlace != nil && meetings[m].place != nil && ownPlace != meetings[m].place {
                // "a U.S. delegation ... met a Russian team at Riyadh’s Diriyah Palace" in an article about US-Ukraine talks.
                // ("talks ... on 2 December, a few days after meeting Umerov's team": a gerund takes only a day after it.)
                // ("The first round was held in Abu Dhabi on Jan. 23 and 24, a day after Witkoff and Kushner met Putin at the
                // Kremlin": a verb in a clause of time after the noun takes the day counted back and its own phrase's place.)
                let clauseOfTime = nounsAt.contains { n in n < i && timeClauseOpens(between: n, i) }
                let own = isMeetingGerund(i, s) || clauseOfTime
                    ? countedBefore(i, dates).map { [$0] } ?? dates.filter { $0.tokens.lowerBound > i } : dates
                let phraseVenue = clauseOfTime ? venue.flatMap { v in venueHeadToken(v, s).flatMap { $0 > i ? v : nil } } : venue
                let phrasePlace = clauseOfTime ? placeInPhrase(after: i, s) ?? phraseVenue.flatMap { Lexicon.venueCities[$0.lexKey] } : place
                otherSidesTalks(at: i, s, dates: own, place: phrasePlace, venue: phraseVenue, parties: who.countries.sorted(), status: defaultStatus)
            } else if !summitsOnly, let m = mainTalks, timeSpentWith(i, s) != nil,
                      // ("flew from Davos to Moscow and spent nearly four hours with President Vladimir Putin": where the journey went.)
                      let p = spentAt(i, s, venue: venue) ?? destination(before: i, s)?.place, let known = meetings[m].place,
                      p != known, isOtherPlace(p, than: m) {
                // ("spent nearly four hours with Russian President Vladimir Putin at the Kremlin", in a report on talks in Abu
                // Dhabi: time spent together at another place is another meeting.)
                otherSidesTalks(at: i, s, dates: dates, place: p, venue: venue, parties: who.countries.sorted(), status: defaultStatus)
            } else if !summitsOnly {
                let before = meetings.count
                // ("Steve Witkoff met Vladimir Putin on Wednesday": named people of two states make a round with no place too.)
                talksRound(at: i, s, dates: dates, place: place, venue: venue, byDelegations: who.groups > 0 || who.leaders + who.others >= 2)
                // A round between other sides than the article's main two ("U.S. and Ukrainian officials met in Jeddah").
                if meetings.count > before, let m = meetings.indices.last {
                    if meetings[m].parties.isEmpty, !who.countries.contains(Self.eitherSide) { meetings[m].parties = who.countries.sorted() }
                    if meetings[m].place == nil { meetings[m].place = place }
                } else if let m = meetings.indices.last, meetings[m].kind == .talks, meetings[m].status != .held, meetings[m].parties.isEmpty,
                          who.countries.count == 2, !who.countries.contains(Self.eitherSide) {
                    // ("those talks would start 'immediately'. ... technical teams would meet in Saudi Arabia on Sunday": the
                    // round to come just told, now with its sides.)
                    meetings[m].parties = who.countries.sorted()
                }
            }
            return
        }
    }

    /// Whether "after", "before" or "since" opens a clause between the noun at `n` and the verb at `i`, with the verb's
    /// subject between ("came after Witkoff met Putin"), not a phrase ("after talks with Putin").
    func timeClauseOpens(between n: Int, _ i: Int) -> Bool {
        guard let o = (n + 1..<i).last(where: { Self.relativeToWords.contains(t[$0].lower) }), o + 1 < i else { return false }
        // ("since the end of March 2022, when the two sides last met in Istanbul": or the sides.)
        return (o + 1..<i).contains { people.personAt[$0] != nil || t[$0].is(.personalPronoun) || t[$0].lower == "sides" }
    }

    /// Where a clause opened by "after", "before" or "since" starts past the noun at `n`, when it has a subject and a verb
    /// of meeting of its own ("The summit was arranged after Witkoff met Putin in Moscow").
    func timeClauseOfItsOwn(after n: Int, _ s: Sentence) -> Int? {
        guard n + 2 < s.tokens.upperBound, let v = (n + 2..<s.tokens.upperBound).first(where: { t[$0].is(.meetVerb) }),
              timeClauseOpens(between: n, v) else { return nil }
        return (n + 1..<v).last { Self.relativeToWords.contains(t[$0].lower) }
    }

    /// "On Tuesday evening", "Later that day": words that only tell a time, opening the sentence before its subject.
    func isFrontedTime(_ r: Range<Int>) -> Bool {
        !r.isEmpty && r.count <= 6 && t[r.lowerBound].isCapitalized && r.contains(where: { t[$0].is([.weekday, .month]) || DateRules.partsOfDay.contains(t[$0].lower) })
            && r.allSatisfy { t[$0].is([.weekday, .month]) || t[$0].kind == .number || Self.frontedTimeWords.contains(t[$0].lower) || DateRules.partsOfDay.contains(t[$0].lower) }
    }

    /// The person the sentence before token `k` opens its clause with, when that sentence tells no statement ("Zelensky
    /// said Witkoff would travel to Moscow" leaves "he" to the rule of the last person named) and the person is not one
    /// of those met.
    func previousSentenceSubject(before k: Int, excluding met: Set<Int>) -> Int? {
        let previous = doc.sentences[t[k - 1].sentence]
        guard !previous.tokens.contains(where: { t[$0].is(.sayingVerb) || Self.askingVerbs.contains(t[$0].lower) }),
              let first = previous.tokens.first(where: { people.personAt[$0] != nil }), let p = people.personAt[first], !met.contains(p),
              !(first > previous.tokens.lowerBound && Self.aboutWords.contains(t[first - 1].lower))
        else { return nil }
        return first
    }

    static let aboutWords: WordSet = ["about", "on", "of", "with"]
    static let frontedRelations: WordSet = ["before", "after", "since", "earlier", "later"]
    static let frontedTimeWords: WordSet = ["on", "in", "at", "by", "later", "earlier", "early", "late", "that", "the", "same", "this", "next"]

    /// The city of a phrase opening the sentence: "In Kyiv, ...".
    /// `frontedPlace` when it is a city or state and the verb at `i` is of its own clause ("In Kyiv, officials were dismayed
    /// that Witkoff spent five hours with Putin" places nothing; nor does "In January, ...").
    func frontedPlaceOfVerb(_ i: Int, _ s: Sentence) -> String? {
        let a = s.tokens.lowerBound
        guard a + 1 < i, t[a + 1].is([.city, .statePlace]), !(a..<i).contains(where: { Self.subordinators.contains(t[$0].lower) || t[$0].is(.sayingVerb) })
        else { return nil }
        return frontedPlace(s)
    }

    static let subordinators: WordSet = ["that", "as", "after", "before", "when", "because", "while", "since"]

    func frontedPlace(_ s: Sentence) -> String? {
        let a = s.tokens.lowerBound
        guard a + 2 < s.tokens.upperBound, t[a].lower == "in", t[a + 1].isCapitalized else { return nil }
        if t[a + 2].isMark(",") { return t[a + 1].text }
        // ("In Berlin on 14 December, Zelensky ... spent more than five hours with Witkoff": a city and a day before the comma.)
        // ("In Berlin in mid-December, ...": or a month, early, mid or late in it.)
        guard t[a + 1].is(.city), t[a + 2].lower == "on" || t[a + 2].lower == "in",
              let comma = (a + 3..<min(s.tokens.upperBound, a + 7)).first(where: { t[$0].isMark(",") }),
              (a + 3..<comma).allSatisfy({ t[$0].is([.weekday, .month]) || t[$0].kind == .number || t[$0].isMark("-")
                  || Self.partsOfMonth.contains(t[$0].lower) }),
              (a + 3..<comma).contains(where: { t[$0].is([.weekday, .month]) }) else { return nil }
        return t[a + 1].text
    }

    /// "a challenge from Zelenskyy to meet him", "an invitation to meet": an infinitive of meeting after a noun of proposing.
    func challengeToMeet(before i: Int, _ s: Sentence) -> Bool {
        guard i - 1 > s.tokens.lowerBound, t[i - 1].lower == "to" else { return false }
        return (max(s.tokens.lowerBound, i - 8)..<(i - 1)).contains { Self.proposalNouns.contains(t[$0].lower) }
    }

    static let partsOfMonth: WordSet = ["early", "mid", "late", "the", "end", "of"]
    static let intransitiveMeetVerbs: WordSet = ["gather", "gathers", "convene", "convenes"]
    static let afterGathering: WordSet = ["on", "for", "again", "virtually", "online", "today", "tomorrow", "next", "later", "this"]
    static let proposalNouns: WordSet = ["challenge", "invitation", "offer", "dare", "proposal", "call", "appeal"]
    static let bringingVerbs: WordSet = ["bring", "brought", "bringing"]
    static let gatheringVerbs: WordSet = ["met", "sat", "gathered", "convened"]
    static let futureGatheringVerbs: WordSet = ["meet", "sit", "gather", "convene", "reconvene"]
    static let sittingInWords: WordSet = ["as", "on"]
    static let metOneSideVerbs: WordSet = ["met", "received", "hosted", "welcomed"]
    static let stateOffices: WordSet = ["minister", "president", "chancellor", "premier", "king", "envoy", "secretary"]

    /// Whether the words up to the verb's object name a person whose state the article does not give, but who holds a state's office
    /// ("Foreign Minister Ignazio Cassis"), not "the mother of a missing soldier".
    func statelessOfficeHolder(in verb: Range<Int>) -> Bool {
        verb.contains { k in
            guard let p = people.personAt[k], people.people[p].country == nil else { return false }
            return people.people[p].roles.contains { role in role.text.lexKey.split(separator: " ").contains { Self.stateOffices.contains(String($0)) } }
        }
    }

    static let pastMeetingVerbs: WordSet = ["met", "hosted", "gathered", "convened", "sat", "received", "welcomed", "spent", "spoke", "talked",
                                                  "negotiated"]

    private mutating func coalitionMeeting(at i: Int, _ s: Sentence, dates: [DateMention], place: String?) {
        let video = (max(s.tokens.lowerBound, i - 3)..<min(s.tokens.upperBound, i + 4)).contains {
            Self.remoteWords.contains(t[$0].lower) }
        let date = (dates.first { $0.tokens.lowerBound > i && sameClause($0, i) } ?? openingDate(before: i, dates, s))?.value
        let st: MeetingStatus = t[i].lower == "met" || t[i].lower == "gathered" ? .held : DateRules.isFuture(before: i, doc, in: s) ? .planned : status(s, default: .planned)
        // ("Leaders of the coalition of the willing gathered in Paris on January 6": the leaders' meeting another rule of
        // this sentence already told there that day.)
        let kind: MeetingKind = video ? .call : .summit
        // ("leaders ... gathered at the Elysée Palace, in Paris, for a summit that Macron presented as ...": the summit the
        // noun told, undated here or on its day, was held.)
        if let m = meetings.firstIndex(where: { m in m.kind == kind && (m.date == date?.iso || date == nil) && m.place == (video ? nil : place)
            && s.span.start <= m.span.start && m.span.end <= s.span.end }) {
            if st == .held, !(meetings[m].date.flatMap(DateValue.parseISO).map(isAfterPublication) ?? false) { meetings[m].status = .held }
            return
        }
        _ = add(kind, s, trigger: i..<(i + 1), place: video ? nil : place, date: date, status: st)
    }

    static let remoteWords: WordSet = ["virtually", "virtual", "video", "online"]

    /// The last two heads of state of different states named before token `k`, within the article's last thirty sentences.
    func lastTwoLeaders(before k: Int) -> [Int] { lastTwo(before: k, leadersOnly: true) }

    /// The last two people of different states named before token `k`.
    func lastTwoPeople(before k: Int) -> [Int] { lastTwo(before: k, leadersOnly: false) }

    private func lastTwo(before k: Int, leadersOnly: Bool) -> [Int] {
        var out: [Int] = []
        var j = k - 1
        while j >= 0, out.count < 2, k - j <= 600 {
            if let p = people.personAt[j], !leadersOnly || isLeader(p), let c = people.people[p].country, !c.isEmpty,
               !out.contains(p), !out.contains(where: { people.people[$0].country == c }) { out.append(p) }
            j -= 1
        }
        return out.count == 2 ? out : []
    }

    /// "By the afternoon, after meeting Zelensky in the Mariinsky Palace, the four leaders had issued ...": a gerund in a
    /// phrase set off before the clause has the clause's subject, named or "the four leaders" named last. True when found.
    private func frontedGerundSubject(_ i: Int, _ s: Sentence, into who: inout Participants) -> Bool {
        guard isMeetingGerund(i, s), i - 1 == s.tokens.lowerBound || t[i - 2].isMark(","),
              let close = (i + 1..<min(s.tokens.upperBound, i + 16)).first(where: { t[$0].isMark(",") }), close + 2 < s.tokens.upperBound else {
            return false
        }
        var k = close + 1
        if t[k].lower == "the", let n = Lexicon.numberWords[t[k + 1].lower].map(Int.init), n >= 2, k + 2 < s.tokens.upperBound,
           ["leaders", "presidents"].contains(t[k + 2].lower) {
            let leaders = lastLeaders(n, before: i)
            guard leaders.count == n else { return false }
            for p in leaders { who.add(country: people.people[p].country); who.leaders += 1 }
            // (Those met are counted again by the object after the gerund.)
            return true
        }
        var lastPerson: Int? = nil
        while k < s.tokens.upperBound, k - close <= 8, people.personAt[k] != nil || t[k].is([.titleWord, .roleNoun, .demonym, .article]) {
            note(k, into: &who, lastPerson: &lastPerson)
            k += 1
        }
        return lastPerson != nil
    }

    /// The last `n` heads of state or government of different states named before token `k`.
    private func lastLeaders(_ n: Int, before k: Int) -> [Int] {
        var out: [Int] = []
        var j = k - 1
        while j >= 0, out.count < n, k - j <= 600 {
            if let p = people.personAt[j], isLeader(p), let c = people.people[p].country, !c.isEmpty,
               !out.contains(p), !out.contains(where: { people.people[$0].country == c }) { out.append(p) }
            j -= 1
        }
        return out
    }

    /// "and then travelled to Dublin ... to meet": when the "and" at `k` joins a verb of journey to the clause before, the
    /// subject is that clause's: the person a ", who" clause hangs on, or the people the sentence opens with.
    private func coordinatedSubject(before k: Int, _ s: Sentence, into who: inout Participants) -> Bool {
        var v = k + 1
        if v < s.tokens.upperBound, t[v].lower == "then" || t[v].lower == "later" { v += 1 }
        guard v < s.tokens.upperBound, Self.pastJourneyVerbs.contains(t[v].lower) || Self.arrivalVerbs.contains(t[v].lower) else { return false }
        var lastPerson: Int? = nil
        if k > s.tokens.lowerBound + 2, let w = (max(s.tokens.lowerBound + 2, k - 30)..<k).last(where: { t[$0].lower == "who" && t[$0 - 1].isMark(",") }),
           people.personAt[w - 2] != nil {
            note(w - 2, into: &who, lastPerson: &lastPerson)
            return true
        }
        sentenceSubject(of: s, before: k, into: &who)
        return !who.countries.isEmpty
    }

    /// "Witkoff and Kushner arrived in Moscow two days after meeting ...": the people the sentence opens with.
    private func sentenceSubject(of s: Sentence, before i: Int, into who: inout Participants) {
        var lastPerson: Int? = nil
        var k = s.tokens.lowerBound
        while k < i, k - s.tokens.lowerBound < 12 {
            if people.personAt[k] == nil, t[k].isWord, !t[k].isCapitalized, !t[k].is(.article), t[k].lower != "and" { break }
            note(k, into: &who, lastPerson: &lastPerson)
            k += 1
        }
    }

    /// The verbs and gerunds of meeting outside quotations, found apart from `meetingVerbs`: asked token by token
    /// from that mutating rule, each question copied the whole rule state. (They depend on nothing it changes.)
    private func meetingVerbsToTry(_ s: Sentence) -> [Int] {
        // (Each test after `meetVerb` needs a word of `meetingVerbLike`.)
        guard s.mayHave([.meetVerb, .meetingVerbLike]) else { return [] }
        let spent = cues.spent
        return s.tokens.filter { i in (t[i].is(.meetVerb) || t[i].is(.meetingVerbLike) && (isMeetingGerund(i, s) || isParticipleOfMeeting(i, s)
                                       || spent && (timeSpentWith(i, s) != nil || timeSpentDoing(i, s)) || spokeInPerson(i, s) || negotiatedInPerson(i, s)
                                       || delegationsTalked(i, s)))
                                       && t[i].quote == nil
                                       && !deniedPlan(before: i, s) }
    }

    /// "there were no plans for Putin to meet Zelensky", "has no intention of meeting": a meeting no one plans.
    func deniedPlan(before i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 6, t[k].isWord || PeopleRules.isInnerDot(doc, k) {
            if Self.planNouns.contains(t[k].lower), t[k - 1].lower == "no" { return true }
            k -= 1
        }
        return false
    }

    static let planNouns: WordSet = ["plan", "plans", "intention", "intentions"]

    /// "Russia and Ukraine last negotiated directly in March 2022": negotiating with no object is meeting to talk; "negotiated
    /// the release of ..." or "negotiated a deal" tells what came of it, no meeting.
    func negotiatedInPerson(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].lower == "negotiated", i + 1 < s.tokens.upperBound else { return false }
        return Self.negotiationComplements.contains(t[i + 1].lower) || t[i + 1].isMark(",")
    }

    static let negotiationComplements: WordSet = ["directly", "face", "in", "with", "at", "again", "for", "until", "through", "there", "behind"]

    /// "the three delegations talked behind closed doors": delegations that talk sit at one table, wherever the sentence
    /// places them (not "delegation members talked to reporters" nor a team that spoke by phone).
    func delegationsTalked(_ i: Int, _ s: Sentence) -> Bool {
        guard i > s.tokens.lowerBound, t[i].lower == "talked" || t[i].lower == "negotiated", ["delegations", "negotiators"].contains(t[i - 1].lower),
              i + 1 < s.tokens.upperBound, !["to", "about", "of"].contains(t[i + 1].lower) else { return false }
        return !s.tokens.contains { $0 != i && Self.callWords.contains(t[$0].lower) }
    }

    /// "the two men spoke for four and a half hours in St Petersburg", "talked at the Kremlin": conversing told at a
    /// place, in a sentence with no word of a call, is a meeting in person.
    func spokeInPerson(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].lower == "spoke" || t[i].lower == "talked",
              !s.tokens.contains(where: { $0 != i && Self.callWords.contains(t[$0].lower) }) else { return false }
        let end = (i + 1..<min(s.tokens.upperBound, i + 16)).first { t[$0].isMark(",") || t[$0].isMark(";") } ?? min(s.tokens.upperBound, i + 16)
        guard i + 1 < end else { return false }
        var phrase = s
        phrase.tokens = (i + 1)..<end
        // (A city, not a country: "spoke about the war in Ukraine" tells no meeting.)
        // ("The two leaders had talked for roughly three hours in a three-on-three format": or talking for hours.)
        return venueIn(phrase) != nil || placeIn(phrase).map(isCity) ?? false || talkedForHours(i, s)
    }

    /// "talked for roughly three hours": talking a stretch of hours told right after the verb.
    func talkedForHours(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].lower == "talked", i + 2 < s.tokens.upperBound, t[i + 1].lower == "for" else { return false }
        return (i + 2..<min(s.tokens.upperBound, i + 6)).contains { Self.hourNouns.contains(t[$0].lower) }
    }

    static let hourNouns: WordSet = ["hours", "hour"]

    /// "spent about five hours with Putin", "spent the evening with Zelensky": where the "with" before those met stands.
    func timeSpentWith(_ i: Int, _ s: Sentence) -> Int? {
        guard t[i].end - t[i].start == 5, t[i].lower == "spent" else { return nil }
        var k = i + 1
        // ("spent Monday in Paris with French President Emmanuel Macron": a day named is time spent too; "close to five hours".)
        while k < s.tokens.upperBound, k - i <= 6, t[k].kind == .number || Lexicon.numberWords[t[k].lower] != nil || Self.spanWords.contains(t[k].lower)
                || t[k].is(.weekday) { k += 1 }
        guard k > i + 1 else { return nil }
        // ("spent more than five hours on Sunday in the German chancellery with Steve Witkoff": a day and place between.)
        let span = k
        while k < s.tokens.upperBound, k - span <= 8, t[k].lower != "with", t[k].kind != .punct { k += 1 }
        // ("with President Trump's special envoy Steve Witkoff": or a name past a few words of title.)
        guard k + 1 < s.tokens.upperBound, t[k].lower == "with",
              people.personAt[k + 1] != nil || t[k + 1].is(.article) || t[k + 1].is(.stateDemonym)
                || t[k + 1].is([.titleWord, .roleNoun, .roleAdjective]) && (k + 2..<min(s.tokens.upperBound, k + 6)).contains(where: { people.personAt[$0] != nil })
        else { return nil }
        return k
    }

    /// "Trump and Zelensky spent nearly three hours going through a 20-point framework": time those named before spent at
    /// something together (the subject tells whether two sides met).
    func timeSpentDoing(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].end - t[i].start == 5, t[i].lower == "spent" else { return false }
        var k = i + 1
        while k < s.tokens.upperBound, k - i <= 6, t[k].kind == .number || Lexicon.numberWords[t[k].lower] != nil || Self.spanWords.contains(t[k].lower) { k += 1 }
        guard k > i + 2, k < s.tokens.upperBound, ["hours", "hour", "minutes", "days"].contains(t[k - 1].lower) else { return false }
        return t[k].isWord && !t[k].isCapitalized && t[k].lower.hasSuffix("ing") && !t[k].is(.meetingTrigger)
    }

    /// Where time spent at `i` was spent: the city of a known venue in the sentence ("at the Kremlin"), or a place in the
    /// verb's own phrase before any gerund ("spent four hours with Umerov going over the front line in Donetsk" is none).
    func spentAt(_ i: Int, _ s: Sentence, venue: String?) -> String? {
        if let city = venue.flatMap({ Lexicon.venueCities[$0.lexKey] }) { return city }
        guard let p = placeBeforeAnyMark(after: i, s), let k = placeEnd(p, in: i..<s.tokens.upperBound) else { return nil }
        return (i + 1..<k).contains { t[$0].isWord && !t[$0].isCapitalized && t[$0].lower.hasSuffix("ing") } ? nil : p
    }

    static let spanWords: WordSet = ["about", "nearly", "almost", "around", "over", "more", "than", "some", "an", "a", "the",
                                     "hour", "hours", "minutes", "day", "days", "evening", "morning", "afternoon", "night",
                                     "and", "half", "two", "several", "close", "to", "roughly", "just", "under", "almost", "well"]

    /// "two days after meeting a Ukrainian delegation": "meeting" as a verb, after a word of time and before its object.
    /// ("looked forward to meeting Putin himself soon": or after "forward to".)
    func isMeetingGerund(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].end - t[i].start == 7, t[i].lower == "meeting", i > s.tokens.lowerBound, i + 1 < s.tokens.upperBound,
              Self.timePhraseOpeners.contains(t[i - 1].lower)
                || i - 2 >= s.tokens.lowerBound && t[i - 1].lower == "to" && t[i - 2].lower == "forward" else { return false }
        // ("after meeting Mr Putin in Alaska": past an honorific before the name.)
        return t[i + 1].is(.article) || people.personAt[i + 1] != nil || t[i + 1].is(.stateDemonym) && t[i + 1].isCapitalized
            || t[i + 1].is(.honorific) && i + 2 < s.tokens.upperBound && people.personAt[i + 2] != nil
    }

    /// "Ukrainian and Russian delegations meeting in Istanbul on June 2 agreed to ...": "meeting" after a group noun and
    /// before "in", "at", "on" or "for" is the participle of a clause on the group, not a noun.
    func isParticipleOfMeeting(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].end - t[i].start == 7, t[i].lower == "meeting", i > s.tokens.lowerBound, i + 1 < s.tokens.upperBound,
              ["in", "at", "on", "for"].contains(t[i + 1].lower) else { return false }
        // ("Delegations from Ukraine and Russia meeting in Istanbul": the group before the states it is from.)
        let from = (max(s.tokens.lowerBound + 1, i - 6)..<i).first { t[$0].lower == "from" && isGroupNoun(t[$0 - 1]) }
        return isGroupNoun(t[i - 1]) || from.map { f in (f + 1..<i).allSatisfy { t[$0].is(.statePlace) || t[$0].lower == "and" || t[$0].lower == "the" } } ?? false
    }

    private func isGroupNoun(_ w: Token) -> Bool {
        w.is(.delegationNoun) || Lexicon.groupNouns.contains(w.lower) || Self.officialNouns.contains(w.lower)
    }

    /// The clause's own verb after the participle's phrase ("... meeting in Istanbul on June 2 agreed"): in the past.
    private func mainVerbInPast(after i: Int, _ s: Sentence) -> Bool {
        (i + 2..<min(s.tokens.upperBound, i + 14)).first { t[$0].isWord && !t[$0].isCapitalized && Self.pastVerbShape(t[$0]) }
            .map { k in !(i + 1..<k).contains { t[$0].isMark(",") } } ?? false
    }

    /// Talks between other sides than the main round's: their own meeting, or more facts for one already told.
    private mutating func otherSidesTalks(at i: Int, _ s: Sentence, dates: [DateMention], place: String?, venue: String?,
                                          parties: [String], status st: MeetingStatus) {
        let date = (dates.first { !$0.relative && $0.value.iso != nil } ?? dates.first)?.value
        if let m = meetings.firstIndex(where: { $0.kind == .talks && Set($0.parties) == Set(parties)
            && ($0.date == nil || date == nil || $0.date == date?.iso) && ($0.place == nil || place == nil || $0.place == place) }) {
            if meetings[m].place == nil { meetings[m].place = place }
            if meetings[m].venue == nil { meetings[m].venue = venue }
            if meetings[m].date == nil, let date { meetings[m].setDay(date) }
        } else {
            let m = add(.talks, s, trigger: i..<(i + 1), place: place, date: date, status: status(s, default: st), parties: parties)
            meetings[m].venue = venue
        }
    }

    /// ", with talks continuing into the following day": the meeting the clause before told, going on; no other.
    func isAbsoluteWith(_ n: Int, _ s: Sentence) -> Bool {
        n - 2 > s.tokens.lowerBound && n + 1 < s.tokens.upperBound && t[n - 1].lower == "with" && t[n - 2].isMark(",")
            && t[n + 1].lower.hasSuffix("ing")
    }

    /// "have not met since 2019", "refused to meet": no meeting.
    func isNegated(before i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 4 {
            if Lexicon.meetingNegators.contains(t[k].lower) { return true }
            k -= 1
        }
        // ("there were no plans at this stage for Putin to meet Trump": the plans denied, further back in the clause, of
        // the verb as an infinitive; not "no plan on the table when Witkoff met Putin".)
        guard i - 1 > s.tokens.lowerBound, t[i - 1].lower == "to" else { return false }
        k = i - 1
        while k > s.tokens.lowerBound, i - k <= 12, t[k].kind != .punct, !t[k].is(.sayingVerb), !Lexicon.clauseOpeners.contains(t[k].lower) {
            if Self.intentionNouns.contains(t[k].lower), t[k - 1].lower == "no" { return true }
            k -= 1
        }
        return false
    }

    static let intentionNouns: WordSet = ["plans", "plan", "intention", "intentions"]

    /// The participants before the verb, up to the clause's start; false when the clause is
    /// reported ("he said he would meet ...") with nobody to stand for "he".
    private func subject(before i: Int, _ s: Sentence, into who: inout Participants) -> Bool {
        var k = i - 1
        var lastPerson: Int? = nil
        var skipped = 0
        var aside: [Range<Int>] = []
        defer {
            // ("The delegations, led by Vladimir Medinsky and Rustem Umerov, have met": the heads' states are the sides.)
            if who.groups > 0, who.countries.count < 2 {
                for r in aside { for j in r { if let p = people.personAt[j] { who.add(country: people.people[p].country) } } }
            }
        }
        while k >= s.tokens.lowerBound, i - k - skipped <= 14 {
            let token = t[k]
            // "US and Russian delegations, led by Rubio and Lavrov respectively, met": the aside is skipped.
            if token.isMark(","), let opening = asideOpening(before: k, s) {
                aside.append(opening..<k); skipped += k - opening + 1; k = opening - 1; continue
            }
            // ("Umerov and the chief of Ukraine's general staff, Andriy Hnatov, are due to meet": a name set off by commas
            // after its role is one of those who meet.)
            // ("The U.S. and Russian presidents, Donald Trump and Vladimir Putin, spent ...": names joined by "and" too.)
            if token.isMark(","), k - 1 > s.tokens.lowerBound, let p = people.personAt[k - 1] {
                var b = k - 1
                while b > s.tokens.lowerBound, people.personAt[b - 1] == p { b -= 1 }
                var names = [b]
                while b - 2 > s.tokens.lowerBound, t[b - 1].lower == "and", let q = people.personAt[b - 2] {
                    b -= 2
                    while b > s.tokens.lowerBound, people.personAt[b - 1] == q { b -= 1 }
                    names.append(b)
                }
                // ("..., General Andriy Hnatov, met": past a rank before the name.)
                while b - 1 > s.tokens.lowerBound, t[b - 1].isCapitalized, t[b - 1].is([.titleWord, .roleNoun]) { b -= 1 }
                if b - 1 > s.tokens.lowerBound, t[b - 1].isMark(",") {
                    for n in names { note(n, into: &who, lastPerson: &lastPerson) }
                    skipped += k - b + 2; k = b - 2; continue
                }
            }
            // ("Sergey V. Lavrov", "Mr. Rubio": the dot is inside a name; "advisers from France, Germany and the UK": the
            // comma inside a list of states.)
            if token.kind == .punct, !token.isMark("-"), !token.isMark("–"), !PeopleRules.isInnerDot(doc, k), !isStateListComma(k, s) { break }
            // ("Zelensky, who held talks with Macron in Paris on Monday and then travelled to Dublin on Tuesday to meet
            // Martin": verbs joined by "and" share the clause's subject, not the people their objects name.)
            if token.lower == "and", coordinatedSubject(before: k, s, into: &who) { return true }
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
        // ("Zelenskyy's office said late Friday that he would travel to Washington on Monday to meet Trump": "he" in a
        // that-clause is the one whose words are told.)
        if who.countries.isEmpty, who.groups == 0, lastPerson == nil, k > s.tokens.lowerBound, t[k].lower == "that",
           (k + 1..<i).contains(where: { t[$0].lower == "he" || t[$0].lower == "she" }),
           let v = (max(s.tokens.lowerBound, k - 4)..<k).last(where: { t[$0].is(.sayingVerb) }) {
            return speaker(before: v, s, into: &who)
        }
        // ("Zelensky has said that he is ready to sit down with Trump and Putin together": the "he" before those he would sit
        // with is the speaker too.)
        // (Only "he" right after "that" and no one named before "with": not "he hoped Putin and Zelensky would sit down with Trump".)
        if t[i].lower == "together", k > s.tokens.lowerBound, t[k].lower == "that", k + 1 < i, t[k + 1].lower == "he" || t[k + 1].lower == "she",
           let with = (k + 2..<i).first(where: { t[$0].lower == "with" }), !(k + 2..<with).contains(where: { people.personAt[$0] != nil }),
           (with + 1..<i).contains(where: { people.personAt[$0] != nil }),
           let v = (max(s.tokens.lowerBound, k - 4)..<k).last(where: { t[$0].is(.sayingVerb) }) {
            _ = speaker(before: v, s, into: &who)
        }
        if who.countries.isEmpty, who.groups == 0, lastPerson == nil, let p = standIn(for: i, s) {
            note(p, into: &who, lastPerson: &lastPerson)
        }
        // ("Witkoff and Kushner then flew to Moscow, where they spent about five hours with Putin": the people the sentence
        // opens with.)
        if who.countries.isEmpty, who.groups == 0, lastPerson == nil, i - 2 >= s.tokens.lowerBound, t[i - 1].lower == "they",
           ["where", "when"].contains(t[i - 2].lower) {
            var k = s.tokens.lowerBound
            while k < i, people.personAt[k] != nil || t[k].lower == "and" || t[k].is([.titleWord, .roleNoun, .demonym]) {
                if people.personAt[k] != nil { note(k, into: &who, lastPerson: &lastPerson) }
                k = people.personAt[k] != nil ? max(k + 1, people.mentionEnd[k] ?? k + 1) : k + 1
            }
        }
        // ("He is expected to travel to Washington to meet Trump": a pronoun opening the clause, words before the verb.)
        if who.countries.isEmpty, who.groups == 0, lastPerson == nil,
           let he = (max(k + 1, s.tokens.lowerBound)..<i).first(where: { t[$0].is(.personalPronoun) && (t[$0].lower == "he" || t[$0].lower == "she") }),
           he == s.tokens.lowerBound || t[he - 1].kind == .punct || Lexicon.clauseOpeners.contains(t[he - 1].lower)
            || isFrontedTime(s.tokens.lowerBound..<he) {
            let met = Set((i + 1..<min(s.tokens.upperBound, i + 8)).compactMap { people.personAt[$0] })
            // (A "he" opening the sentence after a fronted time is the previous sentence's subject: "On Monday, Zelensky was in
            // London, where he met Starmer. On Tuesday evening he was due to meet Meloni".)
            let fronted = isFrontedTime(s.tokens.lowerBound..<he) && s.tokens.lowerBound > 0
                ? previousSentenceSubject(before: s.tokens.lowerBound, excluding: met) : nil
            if let p = fronted ?? (0..<he).last(where: { people.personAt[$0].map { !met.contains($0) } ?? false }) {
                note(p, into: &who, lastPerson: &lastPerson)
            }
        }
        // ("He and Rubio, Witkoff, and Kushner talked for about four hours": "he" opening a list is the one the sentence before
        // opened with.)
        let a = s.tokens.lowerBound
        if who.countries.count < 2, a > 0, a + 2 < i, Lexicon.heOrShe.contains(t[a].lower), t[a + 1].lower == "and",
           let p = previousSentenceSubject(before: a, excluding: []) {
            note(p, into: &who, lastPerson: &lastPerson)
        }
        return true
    }

    /// "Witkoff, who met Putin", "Speaking in Ankara, where he met Erdoğan, Zelenskyy said": the person a
    /// relative "who" hangs on, or the person a "he"/"she" before the verb stands for (the sentence's
    /// subject after the clause, else the last person named before it).
    private func standIn(for i: Int, _ s: Sentence) -> Int? {
        // (A verb that opens the sentence has nothing before it to stand in.)
        guard i > s.tokens.lowerBound else { return nil }
        var k = i - 1
        while k > s.tokens.lowerBound, t[k].is(.filler) || Self.standInAdverbs.contains(t[k].lower) { k -= 1 }
        if t[k].lower == "who", k - 2 >= s.tokens.lowerBound, t[k - 1].isMark(",") {
            if people.personAt[k - 2] != nil { return k - 2 }
            // "Steve Witkoff, Mr. Trump's special envoy, who met": past the apposition to the name before it.
            if let c = (max(s.tokens.lowerBound, k - 10)..<(k - 1)).last(where: { t[$0].isMark(",") }), c > s.tokens.lowerBound,
               people.personAt[c - 1] != nil { return c - 1 }
            return nil
        }
        guard t[k].is(.personalPronoun), Lexicon.heOrShe.contains(t[k].lower) else { return nil }
        // The main clause after the aside: "..., Volodymyr Zelenskyy said".
        if k - 1 >= s.tokens.lowerBound, t[k - 1].lower == "where" || t[k - 1].lower == "when" {
            var c = i
            while c < s.tokens.upperBound, !(t[c].isMark(",") && c + 1 < s.tokens.upperBound && people.personAt[c + 1] != nil
                                              && (people.mentionEnd[c + 1].map { $0 < s.tokens.upperBound && t[$0].is(.sayingVerb) } ?? false)) { c += 1 }
            if c < s.tokens.upperBound { return c + 1 }
        }
        // "Putin, who ..., has said he would meet": the person the sentence opens with.
        if people.personAt[s.tokens.lowerBound] != nil { return s.tokens.lowerBound }
        // ("Witkoff has met Putin several times. ... when he met Putin in the Kremlin": not the one he met.)
        let met = Set((i + 1..<min(s.tokens.upperBound, i + 8)).compactMap { people.personAt[$0] })
        // ("Later that day he met Meloni in Rome": after a fronted time, the previous sentence's subject.)
        if s.tokens.lowerBound > 0, isFrontedTime(s.tokens.lowerBound..<k), let p = previousSentenceSubject(before: s.tokens.lowerBound, excluding: met) {
            return p
        }
        // ("In February he flew in to collect ... Marc Fogel; on 13 March he met Putin": one "he" all through the
        // sentence, named before the first.)
        // (A clause between semicolons keeps its whole sentence's span: the scan starts where the sentence does.)
        var opening = s.tokens.lowerBound
        while opening > 0, t[opening - 1].start >= s.span.start { opening -= 1 }
        let first = (opening..<k).first { t[$0].lower == t[k].lower } ?? k
        return (0..<first).last { people.personAt[$0].map { !met.contains($0) } ?? false }
    }

    static let standInAdverbs: WordSet = ["last", "first", "already"]

    /// A person right after a verb of receiving, past titles and demonyms.
    private func guestFollows(_ i: Int, _ s: Sentence) -> Bool {
        personAfter(i, s) != nil
    }

    /// The comma that opens an aside closed by the comma at `k` (", led by ...,", ", who ...,").
    static let roleTimeWords: WordSet = ["then", "now", "formerly", "currently", "later"]
    static let discourseAsides: Set<String> = ["for his part", "for her part", "for its part", "for their part", "in turn", "in response",
                                               "meanwhile", "however", "too", "then", "also"]

    private func asideOpening(before k: Int, _ s: Sentence) -> Int? {
        var c = k - 1
        while c > s.tokens.lowerBound, k - c <= 24, !t[c].isMark(",") {
            // ("Zelensky, who had dared Putin to meet him \"personally\" in Turkey, spent ...": quotation marks inside.)
            if t[c].kind == .punct, !t[c].isMark("."), !t[c].isMark("-"), !Lexicon.quoteMarks.contains(t[c].text) { return nil }
            c -= 1
            // ("..., and including Mr. Witkoff, Mr. Kushner and Army Secretary Dan Driscoll, met": back past the commas of a list
            // of names inside the aside.)
            if c > s.tokens.lowerBound, k - c <= 24, t[c].isMark(","), people.personAt[c - 1] != nil,
               personAfterHonorific(c + 1, before: k), !isPossessor(c + 1, s) { c -= 1 }
        }
        // ("..., and including Mr. Witkoff,": the opener after "and".)
        let opener = c + 2 < k && t[c + 1].lower == "and" ? c + 2 : c + 1
        // ("Marco Rubio, the secretary of state, sat down": an apposition after a name.)
        // ("Zelensky, for his part, met Trump": a word of discourse set off.)
        let discourse = k - c <= 4 && Self.discourseAsides.contains((c + 1..<k).map { t[$0].lower }.joined(separator: " "))
        guard c > s.tokens.lowerBound, t[c].isMark(","), c + 1 < k,
              discourse || Lexicon.asideOpeners.contains(t[opener].lower) || t[c + 1].is(.article) && people.personAt[c - 1] != nil
                // ("Andriy Yermak, then the president's chief of staff, sat down": a role held then or now.)
                || c + 2 < k && Self.roleTimeWords.contains(t[c + 1].lower) && t[c + 2].is(.article) && people.personAt[c - 1] != nil
                // ("Umerov and General Andriy Hnatov, chief of Ukraine's general staff, are due to meet": or a role with no article.)
                || t[c + 1].is([.roleNoun, .titleWord]) && people.personAt[c - 1] != nil
                    // (Not a name in a list: "Rubio, Vice President JD Vance, and Witkoff met Zelensky".)
                    && !(c + 1..<k).contains(where: { people.personAt[$0] != nil })
                || possessedRole(c + 1..<k, s) && people.personAt[c - 1] != nil else { return nil }
        return c
    }

    /// "Putin's investment envoy", "Russia's envoy": a role owned by the person or state the aside opens with, and no one
    /// else named.
    private func possessedRole(_ r: Range<Int>, _ s: Sentence) -> Bool {
        let a = r.lowerBound
        let owner = people.personAt[a]
        let ownedByState = a + 1 < r.upperBound && t[a].is(.statePlace) && t[a].isCapitalized && t[a + 1].kind == .possessive
        guard ownedByState || owner != nil && isPossessor(a, s) else { return false }
        let after = (a..<r.upperBound).first { t[$0].kind == .possessive } ?? r.upperBound
        return (after..<r.upperBound).contains { t[$0].is(.roleNoun) }
            && !(after..<r.upperBound).contains { people.personAt[$0].map { $0 != owner } ?? false }
    }

    /// Whether a name opens at `j`, or after an honorific there ("Mr. Kushner").
    private func personAfterHonorific(_ j: Int, before end: Int) -> Bool {
        guard people.personAt[j] == nil else { return true }
        guard t[j].is(.honorific) else { return false }
        let name = j + 1 < end && t[j + 1].isMark(".") ? j + 2 : j + 1
        return name < end && people.personAt[name] != nil
    }

    /// The person just before a verb of saying, standing for "he" or "she" in the clause after it.
    private func speaker(before k: Int, _ s: Sentence, into who: inout Participants) -> Bool {
        var j = k - 1
        var lastPerson: Int? = nil
        while j >= s.tokens.lowerBound, k - j <= 4, t[j].kind != .punct {
            if people.personAt[j] != nil { note(j, into: &who, lastPerson: &lastPerson); return true }
            j -= 1
        }
        // ("Zelenskyy described the conversation as 'long' and announced that he would meet Trump": the subject of verbs
        // joined by "and", the person the sentence opens with.)
        if k - 1 > s.tokens.lowerBound, t[k - 1].lower == "and", people.personAt[s.tokens.lowerBound] != nil {
            note(s.tokens.lowerBound, into: &who, lastPerson: &lastPerson)
            return true
        }
        return false
    }

    /// The participants after the verb ("with" skipped), up to the place, date or next clause;
    /// returns where they end.
    private func object(after i: Int, _ s: Sentence, into who: inout Participants) -> Int {
        var k = timeSpentWith(i, s) ?? i + 1
        if k < s.tokens.upperBound, t[i].lower == "sat", t[k].lower == "down" { k += 1 }
        // ("met for about five hours in the Kremlin on Tuesday night with ...": past how long they met.)
        if k < s.tokens.upperBound, t[k].lower == "for", let e = durationEnd(after: k, s) { k = e }
        // "sat down at Diriyah Palace in Riyadh with a Russian team": past the place to the other side.
        if k < s.tokens.upperBound, Lexicon.placePrepositions.contains(t[k].lower),
           let with = (k + 1..<min(s.tokens.upperBound, k + 9)).first(where: { t[$0].lower == "with" || t[$0].kind == .punct && !PeopleRules.isInnerDot(doc, $0) }),
           t[with].lower == "with" { k = with }
        if k < s.tokens.upperBound, t[k].lower == "with" { k += 1 }
        var lastPerson: Int? = nil
        // (Counted from where those met start: "spent more than five hours at the Federal Chancellery in Berlin with a
        // Ukrainian team" has its time and place before them.)
        let start = k
        while k < s.tokens.upperBound, k - start <= 11 {
            let token = t[k]
            // "met Turkey's president, Recep Tayyip Erdoğan, on Tuesday": the name set off after the role is the same guest.
            if token.isMark(","), k + 1 < s.tokens.upperBound, let p = people.personAt[k + 1], p != lastPerson,
               let e = people.mentionEnd[k + 1], e < s.tokens.upperBound, t[e].isMark(",") {
                note(k + 1, into: &who, lastPerson: &lastPerson)
                k = e + 1
                continue
            }
            if token.kind == .punct, !token.isMark("-"), !token.isMark("–"), !PeopleRules.isInnerDot(doc, k) { break }
            // "met Russian and Ukrainian officials": "and" joins participants here, it does not end them.
            let joinsParticipants = token.lower == "and" && k + 1 < s.tokens.upperBound
                && (t[k + 1].is(.stateDemonym) || people.personAt[k + 1] != nil)
            // ("met two of President Trump's closest advisers": "of" after a count is inside the object.)
            let partitive = token.lower == "of" && k == start + 1 && (t[start].kind == .number || Lexicon.numberWords[t[start].lower] != nil
                || Self.partitiveHeads.contains(t[start].lower))
            // ("met the leaders of the United Kingdom, France and Germany in London": the states whose leaders were met.)
            if token.lower == "of", k > start, Self.leaderGroupNouns.contains(t[k - 1].lower) {
                let (states, end) = statesListed(from: k + 1, s)
                if !states.isEmpty {
                    for c in states { who.add(country: c) }
                    who.leaders += states.count
                    k = end
                    continue
                }
            }
            if Lexicon.objectEnders.contains(token.lower), !joinsParticipants, !partitive { break }
            note(k, into: &who, lastPerson: &lastPerson)
            k += 1
        }
        return k
    }

    static let leaderGroupNouns: WordSet = ["leaders", "heads"]

    /// "the United Kingdom, France and Germany": the states of a list from `j`, and where it ends.
    private func statesListed(from j: Int, _ s: Sentence) -> ([String], Int) {
        var out: [String] = []
        var k = j
        while k < s.tokens.upperBound, out.count < 8 {
            if t[k].is(.article) { k += 1; continue }
            guard k < s.tokens.upperBound, t[k].isCapitalized, let state = stateName(at: k, s, demonyms: false) else { break }
            out.append(state.code)
            k = state.upper
            // ("the heads of France's and Germany's intelligence services": leaders of what the states own, not of the states.)
            if k < s.tokens.upperBound, t[k].kind == .possessive { return ([], j) }
            guard k + 1 < s.tokens.upperBound, t[k].isMark(",") || t[k].lower == "and" else { break }
            k += 1
            if k < s.tokens.upperBound, t[k].lower == "and" { k += 1 }
        }
        return (out, k)
    }

    /// The end of "about five hours" after `k`, or nil when no span of time follows.
    private func durationEnd(after k: Int, _ s: Sentence) -> Int? {
        var e = k + 1
        while e < s.tokens.upperBound, e - k <= 4, !Self.meetingLengthUnits.contains(t[e].lower),
              t[e].kind == .number || Lexicon.numberWords[t[e].lower] != nil || Self.spanWords.contains(t[e].lower) { e += 1 }
        guard e > k + 1, e < s.tokens.upperBound, Self.meetingLengthUnits.contains(t[e].lower) else { return nil }
        return e + 1
    }

    /// Units of how long a meeting lasted ("met for about five hours", "held nearly four hours of talks").
    static let meetingLengthUnits: WordSet = ["hours", "hour", "minutes", "days"]
    static let partitiveHeads: WordSet = ["several", "some", "members", "each", "both", "all"]

    /// A comma between two names of states, capitalised: "France, Germany and the UK".
    func isStateListComma(_ k: Int, _ s: Sentence) -> Bool {
        guard t[k].isMark(","), k > s.tokens.lowerBound, k + 1 < s.tokens.upperBound else { return false }
        let isState = { (j: Int) in (self.t[j].is(.statePlace) || self.t[j].is(.stateDemonym)) && (self.t[j].isCapitalized || self.t[j].isAllCaps) }
        return isState(k - 1) && isState(k + 1)
    }

    private func note(_ k: Int, into who: inout Participants, lastPerson: inout Int?) {
        let token = t[k]
        if let p = people.personAt[k] {
            guard p != lastPerson else { return }
            lastPerson = p
            who.add(country: people.people[p].country)
            if people.people[p].country == nil { who.stateless += 1 }
            // ("Trump's closest advisers": a leader who owns those named is no leader at the meeting.)
            var e = k + 1
            while e < t.count, people.personAt[e] == p { e += 1 }
            let owner = e < t.count && t[e].kind == .possessive
            if isLeader(p), !owner { who.leaders += 1 } else if people.people[p].country != nil { who.others += 1 }
            return
        }
        // ("he would travel to Washington on Monday to meet Trump": where someone goes is no side.)
        let destination = k > 0 && (t[k - 1].is(.placePreposition) || t[k - 1].lower == "to" && (token.is(.statePlace) || token.is(.city)))
        // ("delegations from the United States and Ukraine": a state of two words, read at its second.)
        if k > 0, token.isCapitalized, t[k - 1].isCapitalized, let c = Lexicon.demonyms[t[k - 1].lower + " " + token.lower], !c.isEmpty {
            who.add(country: c)
        }
        if token.is(.stateDemonym) || token.is(.statePlace), token.isCapitalized || token.isAllCaps, !destination {
            who.add(country: Lexicon.demonyms[token.lower] ?? Lexicon.placeCountry[token.lower])
            // ("The US president met the Russian leader": a leader named by office alone.)
            if k + 1 < t.count, t[k + 1].is(.leaderNoun), k + 2 >= t.count || people.personAt[k + 2] == nil { who.leaders += 1 }
            // ("The U.S. and Russian presidents met": each state of the list has its leader.)
            else if k + 1 < t.count, t[k + 1].lower == "and" || t[k + 1].isMark(","), pluralLeaderNoun(after: k) { who.leaders += 1 }
        }
        if token.is(.delegationNoun) || Lexicon.meetingGroupNouns.contains(token.lower) { who.groups += 1 }
        // "negotiators from the two sides", "both sides": the article's two sides, named later.
        // ("delegations from the two countries".)
        if token.lower == "sides" && k > 0 && (Self.bothOrTwo.contains(t[k - 1].lower) || t[k - 1].lower == "the")
            || Self.stateNouns.contains(token.lower) && k > 0 && Self.bothOrTwo.contains(t[k - 1].lower)
            // ("the three delegations talked": the sides of a three-way round, named later.)
            || token.is(.delegationNoun) && k > 0 && (Self.bothOrTwo.contains(t[k - 1].lower) || t[k - 1].lower == "three") {
            who.add(country: Self.eitherSide)
            who.add(country: Self.otherSide)
        }
    }

    /// Whether the list of states from `k` ends in "presidents" or "leaders".
    private func pluralLeaderNoun(after k: Int) -> Bool {
        var j = k + 1
        while j < t.count, j - k <= 8, t[j].lower == "and" || t[j].isMark(",") || t[j].is(.stateDemonym) || t[j].is(.statePlace) { j += 1 }
        return j < t.count && Self.pluralLeaderNouns.contains(t[j].lower)
    }

    static let pluralLeaderNouns: WordSet = ["presidents", "leaders"]
    static let bothOrTwo: WordSet = ["both", "two"]
    static let stateNouns: WordSet = ["countries", "governments", "nations"]

    /// Stand-ins for "the two sides" until the article's main parties are known.
    static let eitherSide = "?1", otherSide = "?2"

    /// A head of state or government, by a role the article gives or by the built-in list.
    func isLeader(_ p: Int) -> Bool { people.people[p].isLeader }

    /// ("On Thursday, Erdoğan received Zelenskyy", "Earlier in the day, Fidan held a trilateral meeting with ...":
    /// a day that opens the sentence dates its meeting too.)
    /// `comma`: false also takes a day told first with no comma after it, that names a day ("The next day US Army
    /// Secretary Dan Driscoll held talks ...").
    static let timeOpeners: WordSet = ["earlier", "later", "late", "early", "also"]

    func openingDate(before i: Int, _ dates: [DateMention], _ s: Sentence, comma: Bool = true) -> DateMention? {
        dates.first { d in
            // ("On Monday morning, ...": past a part of the day.)
            let e = d.tokens.upperBound < i && DateRules.dayParts.contains(t[d.tokens.upperBound].lower) ? d.tokens.upperBound + 1 : d.tokens.upperBound
            // ("Aug. 15: Trump and Putin met in Anchorage": a timeline entry headed by its day.)
            let entryHead = e < i && t[e].isMark(":") && d.value.month != nil
                && (d.tokens.lowerBound == s.tokens.lowerBound || t[d.tokens.lowerBound - 1].isDashMark)
            if entryHead { return true }
            guard e < i, comma ? t[e].isMark(",") : d.value.day != nil else { return false }
            var a = d.tokens.lowerBound
            // ("On Friday, August 15, Trump and Putin spent nearly three hours together": the weekday before the date.)
            if a - 2 >= s.tokens.lowerBound, t[a - 1].isMark(","), t[a - 2].is(.weekday) { a -= 2 }
            // ("In August, Putin flew to Anchorage for a summit".)
            if a > s.tokens.lowerBound, t[a - 1].lower == "on" || t[a - 1].lower == "in" { a -= 1 }
            // ("Earlier on Thursday, Trump met Zelensky": a word placing the time in the day before it.)
            if a > s.tokens.lowerBound, Self.timeOpeners.contains(t[a - 1].lower) { a -= 1 }
            // ("In Davos the same day, Zelensky met Trump": a city fronted before it.)
            if a - 2 == s.tokens.lowerBound, t[a - 2].lower == "in", t[a - 1].is(.city), t[a - 1].isCapitalized { a -= 2 }
            // At the sentence's start, or right after a dateline's dash.
            // ("Weeks before Abu Dhabi, on Jan. 6, the leaders ... met in Paris": or after a short phrase set off before it.)
            return a == s.tokens.lowerBound || t[a - 1].isDashMark
                || t[a - 1].isMark(",") && a - 1 - s.tokens.lowerBound <= 5 && !(s.tokens.lowerBound..<(a - 1)).contains { t[$0].kind == .punct }
                    && ((s.tokens.lowerBound..<(a - 1)).contains { Self.frontedRelations.contains(t[$0].lower) }
                        // ("Then, on 28 December, Zelensky met Trump": or one word going on with the story.)
                        || a - 1 - s.tokens.lowerBound == 1 && Self.storyOpeners.contains(t[s.tokens.lowerBound].lower))
        }
    }

    static let storyOpeners: WordSet = ["then", "finally", "meanwhile", "subsequently", "next", "eventually"]

    /// "in Anchorage, Alaska, on Friday": a day right after the state or country that follows the city at `k`.
    /// (The comma closing the state is often left out: "in Anchorage, Alaska on Aug. 15", "in Geneva, Switzerland last month".)
    func afterPlacesState(_ k: Int, _ d: DateMention) -> Bool {
        let gap = d.tokens.lowerBound - k
        guard gap >= 3, k + 2 < t.count, t[k + 1].isMark(","), t[k + 2].isCapitalized else { return false }
        if t[k + 3].isMark(",") { return gap == 4 || gap == 5 && t[k + 4].lower == "on" }
        return gap == 3 || gap == 4 && Self.dayPrepositions.contains(t[k + 3].lower)
    }

    static let dayPrepositions: WordSet = ["on", "in"]

    /// "at Joint Base Elmendorf-Richardson, a Cold War-era air base on the edge of Anchorage, on Friday": a day right after
    /// the appositive set off after the venue ending at `k` ("at Mar-a-Lago, his Florida residence, on December 28").
    func afterAppositive(of k: Int, _ d: DateMention, _ s: Sentence) -> Bool {
        guard k + 2 < s.tokens.upperBound, t[k + 1].isMark(","), t[k + 2].is(.article) || Self.possessivePronouns.contains(t[k + 2].lower),
              let close = (k + 3..<min(s.tokens.upperBound, k + 16)).first(where: { t[$0].isMark(",") }),
              !(k + 2..<close).contains(where: { t[$0].is(.sayingVerb) || t[$0].lower == "which" || t[$0].lower == "where" }) else { return false }
        return d.tokens.lowerBound > close && d.tokens.lowerBound - close <= 2
    }

    private mutating func summitFromVerb(at clause: Range<Int>, _ s: Sentence, dates: [DateMention], place: String?, venue: String?,
                                         parties: [String], status st: MeetingStatus) {
        // Only a date next to the verb or its participants; a weekday counts, resolved against the article's date.
        let i = clause.lowerBound
        let opening = openingDate(before: i, dates, s)
        // (Or right after the place: "met Putin once already this year, in Anchorage in August".)
        let placeToken = place.flatMap { placeEnd($0, in: i..<s.tokens.upperBound) }
        // ("spent nearly three hours together at Joint Base Elmendorf-Richardson on Friday": or right after the venue.)
        let venueToken = venue.flatMap { venueHeadToken($0, s) }
        let nearDates = dates.filter { d in near(d.tokens, i, s) || near(d.tokens, clause.upperBound - 1, s) || near(d.tokens, clause.upperBound, s)
            || placeToken.map { k in d.tokens.lowerBound > k && d.tokens.lowerBound - k <= 2 || afterPlacesState(k, d) } ?? false
            || venueToken.map { k in d.tokens.lowerBound > k && d.tokens.lowerBound - k <= 2 || afterAppositive(of: k, d, s) } ?? false }
        // ("met Putin once already this year, in Anchorage in August": the finer of two days told.)
        // ("Monday's meeting came three days after Trump and Putin met": the day counted back from the meeting before, unless
        // a date of its own is told by the verb: "three weeks after the call, they met on June 2".)
        let date = (nearDates.first { $0.value.month != nil && !$0.relative } ?? countedBefore(i, dates)
                    ?? nearDates.first { $0.value.month != nil } ?? nearDates.first ?? opening
                    // ("have not met since December 2019, when they sat down in Paris": the day the clause hangs on.)
                    ?? whenClauseDay(of: i, dates, s) ?? journeyDay(beforeWhere: i, s, dates))?.value
            ?? countedFromMeetingTakenUp(s)
        // (Also the summit a noun of the same sentence told at that place with no sides: "..., a summit that ended ...".)
        // (Or the same day's summit with one side told: "a day after a summit with Putin", then "Trump and Putin met ... on Friday".)
        let same = meetings.firstIndex { m in
            // (Or one not yet told held, on a day already past: "ended their summit in Alaska on Friday", read as held later.)
            m.kind == .summit && (m.status == st || st == .held && m.date.flatMap(DateValue.parseISO).map { $0.day != nil && !isAfterPublication($0) } ?? false)
                && Set(m.parties) == Set(parties)
                // ("ended their summit in Alaska on Friday", then "The two leaders met ... at Joint Base Elmendorf-Richardson in
                // Anchorage": a city of the summit's region.)
                && (m.date == nil || date == nil || m.date == date?.iso)
                && (m.place == nil || place == nil || m.place == place || m.place.map { refines(place!, $0) } ?? false)
        } ?? meetings.firstIndex { m in
            m.kind == .summit && date != nil && m.date == date?.iso && (m.place == nil || m.place == place)
                && Set(m.parties).isSubset(of: Set(parties))
        } ?? meetings.firstIndex { m in
            m.kind == .summit && m.parties.isEmpty && m.date == nil && place != nil && m.place == place
                && s.span.start <= m.span.start && m.span.end <= s.span.end
        }
        if let m = same {
            // (A day told as past makes the summit held, whatever the earlier mention's words.)
            if st == .held { meetings[m].status = .held }
            // ("his summit with Putin in Alaska", then "... together at Joint Base Elmendorf-Richardson": the city refines the state.)
            if meetings[m].place == nil || place.map(isCity) ?? false && !(meetings[m].place.map(isCity) ?? false) { meetings[m].place = place }
            if meetings[m].venue == nil { meetings[m].venue = venue }
            if meetings[m].date == nil, let date { meetings[m].setDay(date) }
            for p in parties where !meetings[m].parties.contains(p) { meetings[m].parties.append(p) }
        } else {
            let m = add(.summit, s, trigger: i..<(i + 1), place: place, date: date, status: st, parties: parties)
            meetings[m].venue = venue
        }
    }
}
