/// Meetings found from trigger nouns: talks rounds, phone calls, leaders' summits, exchanges.
struct MeetingRules {
    let doc: Document
    let people: PeopleIndex
    let articleDate: DateValue?
    var meetings: [Meeting] = []
    /// Index of the main talks round (the first one with a place, or the first definite one).
    var mainTalks: Int? = nil
    private(set) var prisonerExchange: Int? = nil
    private(set) var remainsReturn: Int? = nil
    /// An exchange still to come, told after a dated one held.
    private var exchangeToCome: Int? = nil
    var plannedTalks: Int? = nil
    /// The states named in the sentence that introduced the main round: talks told by a verb between
    /// other sides are another meeting.
    var mainSides: Set<String> = []
    /// The states a round is told as held with ("talks with Putin", "talks with the American side"): a host among
    /// them is a side.
    var sidesMet: Set<String> = []
    /// The numbered round each sentence speaks of, by the sentence's first token: later sentences
    /// of a paragraph about that round give its delegations.
    var roundIn: [Int: Int] = [:]
    /// Rounds told as those the main round came after, with no sides of their own.
    var roundsBeforeMain: [Int] = []
    /// Rounds told as three-way with no sides of their own ("The first two trilateral rounds"): the main round's, when it has three.
    var threeWayRounds: [Int] = []
    /// Talks told at a second place joined by "and" ("talks in Belarus and Istanbul"), each with the one told first.
    var twinPlaces: [(first: Int, twin: Int)] = []
    /// The cue words of the sentence being read: rules that need one skip a sentence without it.
    var cues = SentenceCues()
    var lastCall: Int? = nil
    private var anchor: DateValue? = nil
    private var anchorParagraph = -1
    /// A venue with a day told before any round: the main round's, if it turns out to be in that city.
    var venueDayAhead: (venue: String, city: String, day: DateValue)? = nil
    /// "ANCHORAGE — ... ended their summit here Friday": the city "here" stands for.
    let datelineCity: String?
    let datelineParagraph: Int?
    /// The day the lead under a dateline tells its news ("JEDDAH — Ukraine agreed Tuesday ..."), within two days of the article.
    private var leadDay: DateValue? = nil
    /// The first day the opening two body paragraphs tell of two states together ("Russia and Ukraine sat face to face
    /// again on Friday"), within three days before the article, and those states.
    private var openingDay: (day: DateValue, states: Set<String>)? = nil
    private var openingParagraphs: [Int] = []
    static let attendingVerbs: WordSet = ["attended", "joined", "held", "hosted", "attending", "joining", "chaired", "addressed"]
    /// Held meetings told to go on at a later day ("will continue on Monday morning"): the meeting, the day, the verb.
    var continuations: [(meeting: Int, day: DateValue, verb: Range<Int>)] = []

    init(doc: Document, people: PeopleIndex, articleDate: DateValue?) {
        self.doc = doc
        self.people = people
        self.articleDate = articleDate
        let dateline = MetadataRules.datelineCity(doc)
        datelineCity = dateline?.city
        datelineParagraph = dateline?.paragraph
        for (k, s) in doc.sentences.enumerated() where doc.isFactual(s) {
            sentence(k, s)
        }
        venueDayToldEarlier()
        callsOnTheFlightHome()
        plannedWhenAfterPublication()
        datedByHeadline()
        for m in meetings.indices {
            guard let venue = meetings[m].venue, let city = Lexicon.venueCities[venue.lexKey] else { continue }
            if meetings[m].place == nil { meetings[m].place = city }
            // ("his summit in Alaska" held at Joint Base Elmendorf-Richardson: the venue's city refines a region of its state.)
            else if let place = meetings[m].place, !isCity(place), let state = Lexicon.placeCountry[place.lexKey], !state.isEmpty,
                    Lexicon.placeCountry[city.lexKey] == state { meetings[m].place = city }
            // ("talks in Istanbul ... in an address at the Kremlin": a known venue in another city is another event's.)
            else if let place = meetings[m].place, isCity(place), place.lexKey != city.lexKey { meetings[m].venue = nil }
        }
        // An article about a round still to come has that round as its main one.
        if mainTalks == nil { mainTalks = plannedTalks }
        finishParties()
        brokerOfThreeWayTalks()
        syncTwinPlaces()
        placedByDateline()
        roundsPlacedBySeries()
        roundsPlacedByTheTalksBefore()
        summitPlacedByDateline(leadDay: leadDay)
        regionsRefinedByCity()
        placedBySameDayMeeting()
        placedThere()
        datedByJourneyBefore()
        summitWhereThePairWas()
        mainRoundDatedByItsStart()
        placedByHeadline()
        venueByHeading()
        datedByOpening()
        datedByDateline()
        datedByToday()
        datedByDatelineCity(leadDay: leadDay)
        roundsDatedFromTheirEnd()
        mainRoundDatedBySpan()
        placedOnTheMargins()
        dayAfterTheEve()
        addContinuedSessions()
    }

    /// "Russia and Ukraine sat face to face again on Friday, ...": a held round the article never dates took place
    /// on the day its opening paragraphs tell their news.
    private mutating func datedByOpening() {
        guard let m = mainTalks, meetings[m].status == .held, meetings[m].date == nil, meetings[m].monthDay == nil,
              let opening = openingDay, Set(meetings[m].parties).isSubset(of: opening.states) else { return }
        meetings[m].setDay(opening.day)
    }

    /// "JEDDAH, Saudi Arabia — ... after more than eight hours of talks": a main round told as held with no place
    /// of its own was held where the reporter files from, when that city belongs to neither side.
    private mutating func placedByDateline() {
        // ("JEDDAH, Saudi Arabia (AP) — ... talks with American officials in Saudi Arabia": the city refines its state.)
        if let m = mainTalks, let place = meetings[m].place, !isCity(place), meetings[m].status == .held, let city = datelineCity,
           let state = Lexicon.placeCountry[city.lexKey], !state.isEmpty, Lexicon.placeCountry[place.lexKey] == state {
            meetings[m].place = city
            return
        }
        guard let m = mainTalks, meetings[m].place == nil, meetings[m].status == .held, let city = datelineCity,
              let state = Lexicon.placeCountry[city.lexKey], !state.isEmpty, !meetings[m].parties.contains(state) else { return }
        meetings[m].place = city
        if meetings[m].date == nil, let day = leadDay { meetings[m].setDay(day) }
    }

    /// A meeting dated after the article was published cannot have been held yet
    /// ("Türkiye will host the second round ... on Monday", published the day before).
    /// And one planned for a day before the article had taken place by then ("It followed a 90-minute
    /// phone call between Trump and Putin last Wednesday, after which ... would start negotiations").
    private mutating func plannedWhenAfterPublication() {
        for m in meetings.indices {
            guard let date = meetings[m].date else { continue }
            // (A call is never proposed for a day already past; other meetings may carry the day of the proposal.)
            let unheld = meetings[m].status == .planned || meetings[m].status == .proposed && meetings[m].kind == .call
            // "Putin, who last met Zelenskyy in Paris in December 2019, has said he would meet ...": an earlier year.
            if unheld, let year = articleDate?.year, let own = Int(date.prefix(4)), own < year { meetings[m].status = .held }
            guard let today = publishedDay(comparableWith: date) else { continue }
            if meetings[m].status == .held, date > today { meetings[m].status = .planned }
            if unheld, date < today { meetings[m].status = .held }
        }
    }

    var t: [Token] { doc.tokens }

    static let placeRelatives: WordSet = ["where", "when"]
    static let perfectAuxiliaries: WordSet = ["have", "has"]
    static let tookPlaceWords: WordSet = ["took", "place", "was", "held", "is", "will", "be", "on"]

    /// "The summit took place Friday ... in Anchorage" after "Trump and Putin held talks ... in Alaska": "the summit" alone
    /// takes up the last held leaders' meeting when nothing told of it disagrees (no other day; its place or a city in it).
    func summitTakenUpAgain(_ i: Int, _ s: Sentence, date: DateValue?, place: String?, parties: [String]) -> Int? {
        guard i > s.tokens.lowerBound, t[i].lower == "summit", t[i - 1].lower == "the",
              let m = meetings.lastIndex(where: { $0.kind == .summit && ($0.status == .held || $0.span.start < doc.paragraphs[s.paragraph].start) })
        else { return nil }
        let known = meetings[m]
        // ("Kyiv repeated its proposal for a meeting between Zelensky and Putin", then "On Monday morning, Zelensky attended
        // the summit of the Bucharest Nine in Vilnius": a day not after the article's is not that of a summit still to come.)
        let pastDay = date.map { $0.day != nil && $0.year != nil && !isAfterPublication($0) } ?? false
        guard known.status == .held || !pastDay,
              known.date == nil || date == nil || known.date == date?.iso,
              known.place == nil || place == nil || known.place == place || place.map({ refines($0, known.place!) }) ?? false,
              parties.isEmpty || Set(parties).isSubset(of: Set(known.parties)) else { return nil }
        return m
    }

    /// Words a call is named by: the call phrases' first words and past verbs of calling.
    static let beforeOrAfterWords: WordSet = ["before", "after"]
    static let callWords: WordSet = ["call", "phone", "telephone", "video", "conversation", "spoke", "called", "phoned"]

    /// Verbs that make the infinitive after them a habit ("continued to swap prisoners").
    static let habitVerbs: WordSet = ["continued", "continue", "continues", "continuing", "kept", "keep", "keeps", "used"]

    mutating func add(_ kind: MeetingKind, _ s: Sentence, trigger: Range<Int>, place: String? = nil, date: DateValue? = nil,
                              status: MeetingStatus, parties: [String] = [], round: Int? = nil) -> Int {
        meetings.append(Meeting(id: "m\(meetings.count + 1)", kind: kind, place: place, venue: nil, date: date?.iso,
                                parties: parties, status: status, span: doc.span(tokens: trigger),
                                monthDay: date?.monthDay, round: round))
        return meetings.count - 1
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
        cues = SentenceCues(doc, s)
        // "said on Tuesday": the date of a statement, not of a meeting.
        // "Earlier in the day" opening a paragraph is the article's own day; inside one, the day just told.
        let today = anchorParagraph == s.paragraph ? anchor : articleDate
        let found = DateRules.find(doc, in: s, articleDate: articleDate, anchor: anchor, today: today)
        // ("a further round between June 20th and 30th", "in the period from June 20 to June 30": a window of days still
        // ahead gives a meeting no day; one past, "from May 23 to May 25", its first.)
        let windowAhead = found.filter { opensWindow($0, s) && isAhead($0.value) }.map { $0.tokens.upperBound }
        let dates = found.filter { d in !datesStatement(d) && !isSince(d) && !windowAhead.contains(d.tokens.upperBound)
            && !windowAhead.contains(d.tokens.lowerBound - 1) && !(isWindow(d, s) && isAhead(d.value)) }
        // ("The third round was held on Wednesday evening ..., where the delegations had also met for the second round on
        // June 2": not a day told in a relative clause on a place.)
        let first = meetings.count
        defer {
            firstSessionDay(s, dates: dates, since: first)
            if dates.isEmpty { daySignedBefore(s, since: first, anchor: anchor, anchorParagraph: anchorParagraph) }
            let full = dates.filter { $0.value.day != nil && $0.value.year != nil }
            // (The clause is looked for only in a sentence with two days or more to choose from.)
            let relative = full.count < 2 ? nil
                : s.tokens.first { k in k > s.tokens.lowerBound && t[k - 1].isMark(",") && Self.placeRelatives.contains(t[k].lower) }
            if let d = full.last(where: { d in relative.map { d.tokens.lowerBound < $0 } ?? true }) ?? full.last {
                anchor = d.value; anchorParagraph = s.paragraph
            }
            noteContinuation(s, dates: dates)
            roundsOnListedDays(s, dates: dates, since: first)
            datedByTimelineEntry(s, dates: dates, since: first)
        }
        if leadDay == nil, s.paragraph == datelineParagraph, let published = articleDate?.ordinal {
            leadDay = dates.first { d in d.value.ordinal.map { published - $0 >= 0 && published - $0 <= 2 } ?? false }?.value
        }
        if openingDay == nil, let published = articleDate?.ordinal, articleDate?.day != nil {
            if !openingParagraphs.contains(s.paragraph) { openingParagraphs.append(s.paragraph) }
            // (Not the dateline's own date, which is the article's.)
            let states = openingParagraphs.count <= 2 ? statesInSubject(of: s) : []
            if states.count >= 2, let d = dates.first(where: { d in
                d.value.ordinal.map { published - $0 >= 0 && published - $0 <= 3 } ?? false && !MetadataRules.isLeadDateline(doc, d) }) {
                openingDay = (d.value, states)
            }
        }
        ordinalRounds(s, dates: dates)
        exchangeStage(s, dates: dates)
        countedStage(s, dates: dates)
        // (A meeting the trip names is that trip: "will travel to Washington to meet Mr. Trump", "for a meeting with Trump".)
        let trip = cues.trip ? tripAhead(s, dates: dates) : nil
        if s.mayHave(.delegationNoun) {
            delegationLedTo(s, dates: dates)
            delegationLedThere(s, dates: dates)
        }
        seatVisitAhead(s, dates: dates)
        invitation(s, dates: dates)
        let hosted = cues.host ? hostedLeaders(s, dates: dates) : nil
        if cues.handed { handedDocument(s, dates: dates) }
        if s.mayHave(.speakOrTalk) {
            for i in s.tokens where t[i].is(.speakOrTalk) && t[i].quote == nil {
                if callAhead(at: i, s, dates: dates) { break }
            }
        }
        let encounter = frontedEncounter(s, dates: dates)
        visitAbroad(s, dates: dates)
        joinedLeaders(s, dates: dates)
        leadersActedInCity(s, dates: dates)
        previousOne(s, dates: dates)
        nextTimeIn(s)
        if s.mayHave(.guestVerb), s.tokens.contains(where: { t[$0].is(.guestVerb) }) {
            let before = meetings.count
            receivedGuest(s, dates: dates, place: placeIn(s) ?? journeyPlace(s), venue: venueIn(s))
            // ("Trump said on Sunday ..., after hosting Zelensky": the day of the statement made after it.)
            for m in before..<meetings.count { datedByStatementAfter(m, s, found) }
        }
        negotiatorsWhereInCity(s, dates: dates)
        negotiatorsActedInCity(s, dates: dates)
        workedOverWithDelegation(s, dates: dates)
        delegationOnAnotherDay(s, dates: dates)
        delegationsMetThere(k, s)
        // ("Russia and Ukraine last negotiated directly in 2022": a verb like meeting with no trigger word.)
        guard cues.spent || cues.releasedByEach != nil || s.mayHave([.meetingTrigger, .meetVerb, .meetingVerbLike])
                && s.tokens.contains(where: { t[$0].is([.meetingTrigger, .meetVerb, .meetingVerbLike]) }) else {
            earlierRoundOfDelegations(s, dates: dates)
            delegationsLedOnDay(s, dates: dates)
            ledNegotiatorsInCity(s, dates: dates)
            elidedRounds(s, dates: dates)
            negotiatorsInCity(s, dates: dates)
            mainRoundByVenue(s, dates: dates)
            mainRoundVenue(s)
            // ("Macron, Starmer and Zelensky signed a declaration of intent at the Élysée Palace on Tuesday evening": leaders together.)
            if mainTalks == nil, Set(s.tokens.compactMap { people.personAt[$0] }.filter(isLeader)).count >= 2 { summitVenue(venueIn(s), s, dates: dates) }
            return
        }
        let same = sameVenue(s)
        let place = placeIn(s) ?? same.flatMap { meetings[$0].place } ?? journeyPlace(s)
        let venue = venueIn(s) ?? same.flatMap { meetings[$0].venue }
        var i = s.tokens.lowerBound
        var usedTalks = false
        var usedTalksAt: Int? = nil
        let known = meetings.count
        let numberedTalks = numberedTalksNoun(s)
        // Whether a noun already named a meeting here: a verb of meeting then adds nothing.
        var handledAt: [Int] = []
        let isTrigger = doc.unquoted(.meetingTrigger, in: s.tokens)
        while i < s.tokens.upperBound {
            if !isTrigger[i - s.tokens.lowerBound] && !isVideoConference(i, s) && cues.releasedByEach != i || hosted?.contains(i) ?? false || trip?.contains(i) ?? false
                || encounter?.contains(i) ?? false { i += 1; continue }
            // The trigger read once per turn: through `t[i]` after each rule called here, every line copied the token anew.
            let token = t[i]
            if frontedTimeNoun(i, s, dates: dates) { i += 1; continue }
            // ("It was the first face-to-face meeting between the two since they met in Osaka in 2019": the meeting just told,
            // said again of what it was.)
            if token.is(.meetingTrigger) { meetingSinceAPlace(i, s, years: found) }
            if token.is(.meetingTrigger), !meetings.isEmpty, isTheMeetingJustTold(i, s) { handledAt.append(i); i += 1; continue }
            // ("Zelensky spent five hours with Witkoff, with talks continuing the following morning": the meeting the verb told.)
            if token.is(.talksNoun), isAbsoluteWith(i, s), (s.tokens.lowerBound..<i).contains(where: { t[$0].is(.meetVerb) || t[$0].lower == "spent" }) {
                i += 1; continue
            }
            if weekdaysMeeting(i, s, dates: dates, place: place) { handledAt.append(i); i += 1; continue }
            // ("The Alaska summit came a week after ..." after the summit in Anchorage: that one, taken up by its region.)
            // ("met Putin in Alaska on Friday", then "The Alaska summit, held at Joint Base Elmendorf-Richardson in Anchorage":
            // that one, and the city placing it within the region.)
            // ("The Alaska talks came after ...": talks named by the region of a summit told there are that summit.)
            // ("ANCHORAGE, Alaska — Trump left his summit with Putin on Friday ... The Alaska meeting was": a held summit not yet
            // placed is where the dateline files from.)
            if token.is(.summitNoun) || token.is(.talksNoun), let region = regionNaming(i, s), let m = meetings.lastIndex(where: { m in m.kind == .summit
                && (m.place ?? (m.status == .held ? datelineCity : nil)).flatMap { Lexicon.placeCountry[$0.lexKey] }
                    == Lexicon.placeCountry[region.lexKey] }),
               token.is(.summitNoun) || talksAreTheSummit(i, s, meetings[m], dates) {
                meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
                if meetings[m].place == region, let city = place, refines(city, region) {
                    meetings[m].place = city
                    if meetings[m].venue == nil { meetings[m].venue = venue }
                }
                handledAt.append(i); i += 1; continue
            }
            // ("He described his Davos meeting with Trump as 'productive'": the summit told in the city naming it.)
            if token.is(.summitNoun) || Self.encounterNouns.contains(token.lower), i - 2 >= s.tokens.lowerBound, t[i - 1].isCapitalized, t[i - 1].is(.city),
               t[i - 2].lower == "the" || Self.possessivePronouns.contains(t[i - 2].lower),
               let m = meetings.lastIndex(where: { $0.kind == .summit && $0.place == t[i - 1].text }),
               // (Not "his Paris meeting with Macron" after a summit in Paris of other sides.)
               !(i + 2 < s.tokens.upperBound && t[i + 1].lower == "with" && !(personMet(after: i + 1, s).flatMap { people.people[$0].country }
                    .map { meetings[m].parties.contains($0) } ?? false)) {
                meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
                handledAt.append(i); i += 1; continue
            }
            // ("The Kremlin meeting on Thursday night began shortly before midnight", after "a meeting with Putin in Moscow": that
            // meeting, at the venue naming it, on the day of the noun's own phrase; not when the main round is in that city.)
            if token.lower == "meeting", i - 2 >= s.tokens.lowerBound, t[i - 2].lower == "the", t[i - 1].isCapitalized,
               let city = Lexicon.venueCities[t[i - 1].lower], mainTalks.map({ meetings[$0].place?.lexKey != city.lexKey }) ?? true,
               let m = meetings.indices.last(where: { m in m != mainTalks && meetings[m].kind == .talks
                   && meetings[m].status == .held && meetings[m].place?.lexKey == city.lexKey
                   && (meetings[m].venue == nil || meetings[m].venue?.lexKey == t[i - 1].lower) }) {
                meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
                if meetings[m].venue == nil { meetings[m].venue = t[i - 1].text }
                if meetings[m].date == nil, meetings[m].monthDay == nil, let d = phraseDay(of: i, s, dates), d.value.day != nil { meetings[m].setDay(d.value) }
                handledAt.append(i); i += 1; continue
            }
            // ("At the Florida talks, held at Hallandale Beach, ..." after talks "in Florida last Sunday": those talks, and the
            // city placing them within the region.)
            // (A region only, with no year of its own: "The 2022 Istanbul talks" are others than the round in Istanbul.)
            if token.is(.talksNoun), let region = regionNaming(i, s), !isCity(region),
               !(i - 2 >= s.tokens.lowerBound && (t[i - 2].kind == .number || t[i - 2].is(.month))),
               let m = meetings.lastIndex(where: { $0.kind == .talks && $0.place == region }) {
                meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
                if let city = place, refines(city, region) {
                    meetings[m].place = city
                    if meetings[m].venue == nil { meetings[m].venue = venue }
                }
                handledAt.append(i); i += 1; continue
            }
            // ("He said no meeting between Putin and Trump was planned", "there were no talks": none.)
            // ("No new meeting between Putin and Trump has been scheduled": past a word describing it.)
            if i > s.tokens.lowerBound, t[i - 1].lower == "no"
                || i - 1 > s.tokens.lowerBound && t[i - 2].lower == "no" && Self.deniedMeetingModifiers.contains(t[i - 1].lower) { i += 1; continue }
            // ("A fresh summit between the two presidents was not being prepared": none.)
            if token.is(.summitNoun), deniedMeeting(i, s) || deniedAfterPhrase(i, s) { i += 1; continue }
            // ("Nausėda discussed the peace negotiations with Zelensky by phone": talks that are what was discussed.)
            if token.is(.talksNoun), isDiscussedTopic(i, s) { i += 1; continue }
            // Calls.
            if let phrase = Lexicon.callPhrases.startingWith(token.lower).first(where: { matches($0, at: i, s) }), isCall(phrase, at: i, s) {
                let range = i..<(i + phrase.count)
                // ("Tuesday's meeting grew out of a phone call between Trump and Putin last Wednesday": the day after the
                // call and those on it, not one owning another meeting.)
                let date = (countedBefore(i, dates) ?? dates.first { $0.tokens.lowerBound >= range.upperBound && near($0.tokens, range.upperBound - 1, s) }
                    ?? dates.first { sameClause($0, i) && !namesOtherMeeting($0, than: i) })?.value
                    // ("Trump spoke by phone with Putin before the Ukrainian team arrived": the day of the meeting they came to.)
                    ?? dayOfArrivalCloseBy(after: range.upperBound, s)
                // ("The conversation centered on the previous day's talks" is the call told before; "Their previous
                // conversation, on June 14" another one.)
                let another = i > s.tokens.lowerBound && ["previous", "earlier", "last", "first", "latest", "another", "a"].contains(t[i - 1].lower)
                // ("Monday's conversation between Meloni, Trump and ...", after Meloni's call with the Pope: other sides, another call.)
                let owned = phrase == ["conversation"] ? ownedConversation(at: i, s) : nil
                let otherSides = owned.map { o in lastCall.map { o.count >= 2 && !Set(meetings[$0].parties).isSuperset(of: o) } ?? true } ?? false
                // ("Afterward he held a joint call with Zelenskyy, Macron, Merz ...": a call of more sides after the one told.)
                let joint = lastCall != nil && i > s.tokens.lowerBound && t[i - 1].lower == "joint"
                if joint, let c = lastCall {
                    var sides = callClauseCountries(after: range.upperBound, s)
                    // ("he": the one who made the call told before.)
                    if let caller = meetings[c].parties.first, !sides.contains(caller),
                       (s.tokens.lowerBound..<i).contains(where: { t[$0].is(.personalPronoun) }) { sides.insert(caller, at: 0) }
                    lastCall = add(.call, s, trigger: range, date: date ?? meetings[c].date.flatMap(DateValue.parseISO),
                                   status: status(thatClause(of: i, s), default: .held, except: range), parties: sides)
                } else if let c = lastCall, !otherSides, !callWithOthers(range, s, than: c),
                          phrase == ["call"] || phrase == ["conversation"] && !another || date == nil {
                    meetings[c].span = meetings[c].span
                } else if let owned, otherSides {
                    lastCall = add(.call, s, trigger: range, date: date, status: status(thatClause(of: i, s), default: .held, except: range), parties: owned)
                } else {
                    // ("has agreed to a pause ..., after a phone call on Tuesday with Trump": a call told as past.)
                    let after = (max(s.tokens.lowerBound, i - 3)..<i).contains { ["after", "following"].contains(t[$0].lower) }
                    // ("President Trump and Russian President Vladimir Putin agreed Tuesday ...", then "The call lasted more than
                    // two hours": the day and the two sides the opening tells.)
                    let lead = lastCall == nil && date == nil && definiteCallTold(i, s) ? openingDay : nil
                    // ("..., and the two leaders then held a video call with European leaders": after the call just told.)
                    let others = lastCall.flatMap { c in callWithOthers(range, s, than: c) ? othersCall(range, s, after: c) : nil }
                    let sides = others?.sides ?? callClauseCountries(after: range.upperBound, s)
                    lastCall = add(.call, s, trigger: range, date: date ?? others?.day ?? lead?.day,
                                   status: after || lead != nil ? .held : status(thatClause(of: i, s), default: .held, except: range),
                                   parties: sides.isEmpty ? lead?.states.sorted() ?? [] : sides)
                }
                handledAt.append(i); i += phrase.count; continue
            }
            // "broke off the talks to call the Russian president": a verb of calling with a person as object.
            if token.is(.callVerb) {
                if let range = verbCall(at: i, s) {
                    // ("their first call since August 18, when Trump spoke with Putin": the day the "when" clause is of.)
                    let date = (countedBefore(i, dates) ?? dates.first { sameClause($0, i) } ?? whenClauseDay(of: i, dates, s))?.value
                        ?? countedFromMeetingTakenUp(s)
                    // ("Orbán said he had spoken with Trump that evening", after Trump's call with Putin that day: other sides,
                    // another call.)
                    let parties = callParties(range, s)
                    // ("Putin said he had spoken with Trump": a perfect with no day may tell any talk; with one, a call.)
                    let undatedPerfect = token.lower == "spoken" && date == nil
                    // ("Trump said he would call Putin again": another call than the one told.)
                    let again = range.upperBound < s.tokens.upperBound && t[range.upperBound].lower == "again"
                    // ("Trump and Zelensky phoned a group of European leaders", after Trump's call with Putin: other sides, another call.)
                    let others = lastCall.map { c in parties.count >= 2 && !Set(meetings[c].parties).isSuperset(of: parties) } ?? false
                    if !undatedPerfect, lastCall == nil || again || others && date == nil || date != nil && !meetings.contains(where: { $0.kind == .call && $0.date == date?.iso
                        && (parties.count < 2 || Set($0.parties).isSuperset(of: parties)) }) {
                        // ("would start negotiations after he spoke with Putin": a verb in the past tells a call made.)
                        let made = Lexicon.pastCallVerbs.contains(token.lower) || token.lower == "spoken"
                        lastCall = add(.call, s, trigger: range, date: date, status: made ? .held : status(thatClause(of: i, s), default: .held, except: range),
                                       parties: parties)
                    }
                    handledAt.append(i); i = range.upperBound; continue
                }
                if leadersSpokeOnDays(at: i, s, dates: dates) || leadersSpokeWithLeader(at: i, s, dates: dates) { handledAt.append(i); i += 1; continue }
                // (Forms other than "call" and "phone" start no phrase: they are passed over at once.)
                // ("spoke by telephone with Putin": the phone rule below.)
                if token.lower != "call", !Self.phoneNouns.contains(token.lower) { i += 1; continue }
            }
            // "spoke with Putin by phone": the call is the conversation the phone qualifies.
            // (Another call once its sides differ: "Zelenskyy spoke with Trump by phone" after Trump's call with Putin.)
            if let range = phoneCall(at: i, s), lastCall.map({ c in
                let sides = countries(s)
                return sides.count >= 2 && Set(meetings[c].parties) != Set(sides)
            }) ?? true {
                let date = (countedBefore(i, dates) ?? dates.first { sameClause($0, i) })?.value ?? countedFromMeetingTakenUp(s)
                    ?? dayOfArrivalCloseBy(after: range.upperBound, s)
                if let calls = callsOnTwoDays(range, s, dates) {
                    for call in calls { lastCall = add(.call, s, trigger: range, date: call.date, status: .held, parties: call.parties) }
                    handledAt.append(i); i += 1; continue
                }
                // ("said he had spoken by phone with Trump and would travel to Washington": a call the verb tells made.)
                let made = range.contains { Lexicon.pastCallVerbs.contains(t[$0].lower) || t[$0].lower == "spoken" && $0 > s.tokens.lowerBound
                    && ["had", "has", "have"].contains(t[$0 - 1].lower) }
                // ("Erdoğan spoke separately by phone with Putin and Zelenskyy": a call with each.)
                for parties in separateCalls(range, s) ?? [callClauseCountries(after: range.upperBound, s)] {
                    lastCall = add(.call, s, trigger: range, date: date, status: made ? .held : status(thatClause(of: i, s), default: .held, except: range),
                                   parties: parties)
                }
                handledAt.append(i); i += 1; continue
            }
            // Exchanges of prisoners and returns of remains (singular events, not generic plurals).
            // ("The exchange was completed on May 25": a lone noun counts when told as done.)
            // ("The two sides have continued to swap prisoners": a habit, not one exchange.)
            if i - 2 >= s.tokens.lowerBound, t[i - 1].lower == "to", Self.habitVerbs.contains(t[i - 2].lower) { i += 1; continue }
            if let phrase = Lexicon.exchangePhrases.startingWith(token.lower).first(where: { matches($0, at: i, s) })
                ?? (["exchange", "swap"].contains(token.lower) && ((completion(after: i + 1, s) ?? completion(before: i, s)) != nil
                    || countForCount(before: i, s)) ? [token.lower] : nil)
                ?? exchangedCount(at: i, s) ?? exchangedPeople(at: i, s) {
                // ("an exchange of 1,000 prisoners for 1,000, the largest of the war, which was carried out": past the count.)
                let done = completion(after: i + phrase.count, s) ?? completion(before: i, s)
                    ?? completion(after: exchangedCountEnd(after: i + phrase.count - 1, s) + 1, s)
                if prisonerExchange == nil {
                    // "exchanged 175 prisoners each on Wednesday": the verb tells a held exchange and its day.
                    let told = Lexicon.exchangeVerbs.contains(token.lower) || done != nil
                    // ("was carried out over three days from May 23", "carried out in stages over three days starting May 23": the day may
                    // follow the span it took.)
                    // (Not the day of other talks the span is told against: "carried out a week before talks on June 2".)
                    let day = done.flatMap { d in dates.first { $0.tokens.lowerBound > d && $0.tokens.lowerBound - d <= 9
                        && !(d..<$0.tokens.lowerBound).contains { k in
                            Self.beforeOrAfterWords.contains(t[k].lower) || t[k].is([.meetingTrigger, .meetVerb]) } } }
                    // ("last month's exchange of 150 prisoners per side": the time owning the noun.)
                    // ("Russia and Ukraine have carried out the final stage of the exchange ..., the ministry said on Sunday": done
                    // by the day it was told, in the present perfect.)
                    let toldDone = done.flatMap { d in d > s.tokens.lowerBound && Self.perfectAuxiliaries.contains(t[d - 1].lower)
                        ? found.first(where: datesStatement) : nil }
                    // ("an exchange of 157 prisoners of war from each side on February 5": past the count's own words.)
                    let countEnd = exchangedCountEnd(after: i + phrase.count - 1, s)
                    let date = (day ?? owningDay(i, s, dates) ?? dates.first { d in d.tokens.lowerBound > i && (near(d.tokens, countEnd, s)
                        || t[countEnd].isMark(",") && d.tokens.lowerBound > countEnd && d.tokens.lowerBound - countEnd <= 2) }
                        ?? datedBefore(i, s, dates: dates) ?? toldDone)?.value
                    prisonerExchange = add(.exchange, s, trigger: i..<(i + phrase.count), date: date,
                                           status: done != nil || exchangedInPast(i, s) ? .held : status(s, default: told ? .held : .planned), parties: [])
                } else if let done = done ?? (exchangedInPast(i, s) ? i : nil) {
                    completedExchange(at: i..<(i + phrase.count), done: done, s, dates: dates)
                } else if let e = prisonerExchange, meetings[e].date == nil, meetings[e].monthDay == nil,
                          let d = dates.first(where: { $0.tokens.lowerBound > i && near($0.tokens, i + phrase.count - 1, s) }) {
                    // ("backs ... a prisoner swap", then "Moscow and Kyiv would swap 175 prisoners each on Wednesday": its day.)
                    meetings[e].setDay(d.value)
                } else if let held = prisonerExchange, meetings[held].status == .held, meetings[held].date != nil, exchangeToCome == nil,
                          // (Not an apposition on the held one: "produced an exchange of 157 prisoners ..., the first swap in five months".)
                          !(isExchangeApposition(at: i, s) && s.span.start <= meetings[held].span.start),
                          status(s, default: .held) != .held, !agreedBefore(i, s) {
                    // ("Last month 150 prisoners were exchanged ... . Kyiv wants a full 'all for all' exchange": one still to come.)
                    exchangeToCome = add(.exchange, s, trigger: i..<(i + phrase.count), status: status(s, default: .planned))
                }
                // (An exchange is no round or summit: "delegations met on Friday, agreeing to a prisoner exchange" still
                // tells the round by its verb.)
                i += phrase.count; continue
            }
            if let phrase = Lexicon.remainsPhrases.startingWith(token.lower).first(where: { matches($0, at: i, s) }).flatMap({ phrase in
                   phrase.contains("remains") && phrase.first == "return" || remainsFollow(i + phrase.count - (phrase.last == "#" ? 1 : 0), s) ? phrase : nil })
                ?? (countedBodiesHandedOver(at: i, s) ? [token.lower] : nil) {
                // "Moscow had handed over the bodies of 1,212 soldiers", "On 19 August, Ukraine received the bodies of
                // 1,000 fallen defenders", "1,212 bodies were returned": told as done, and dated by a day beside it.
                let returned = returnedAfter(i + phrase.count, s)
                // ("a handover of soldiers' bodies, which took place in stages during June": done after the bodies.)
                let tookPlace = (i + phrase.count..<min(s.tokens.upperBound, i + phrase.count + 4))
                    .last { Self.remainsNouns.contains(t[$0].lower) }.flatMap { completion(after: $0 + 1, s) }
                    // ("to hand over the bodies of 6,000 fallen soldiers, a transfer it completed in mid-June": done as the
                    // apposition tells.)
                    ?? completedInApposition(after: i + phrase.count, s)
                let done = completion(before: i, s) != nil || receivedBefore(i, s) || countedBodiesHandedOver(at: i, s) || returned != nil
                    || tookPlace != nil
                // ("were returned to Ukraine today": or the day after the verb of the hand-over.)
                let date = owningDay(i, s, dates) ?? dates.first { $0.tokens.lowerBound > i && near($0.tokens, i + phrase.count - 1, s) }
                    ?? returned.flatMap { r in dates.first { $0.tokens.lowerBound > r && near($0.tokens, r, s) } }
                    ?? tookPlace.flatMap { k in dates.first { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 6 } }
                    ?? datedBefore(i, s, dates: dates)
                if remainsReturn == nil {
                    remainsReturn = add(.exchange, s, trigger: i..<(i + phrase.count), date: date?.value,
                                        status: done ? .held : status(s, default: .planned), parties: [])
                } else if done, let date, date.value.iso != nil, !meetings.contains(where: { $0.kind == .exchange && $0.date == date.value.iso }) {
                    // A later hand-over on a day of its own ("the final batch of 1,245 bodies on Monday").
                    _ = add(.exchange, s, trigger: i..<(i + phrase.count), date: date.value, status: .held, parties: [])
                }
                i += phrase.count; continue
            }
            // Leaders' meetings.
            if token.is(.summitNoun) && isComplementOfMeeting(i, s) { handledAt.append(i); i += 1; continue }
            // ("The session ... lasted about 40 minutes – far shorter than the first encounter in the city on May 16" in a
            // report on talks: an encounter of no one named is a round, not a leaders' meeting.)
            // ("their only encounter in 2019" has owners; "a disastrous encounter in February" is not one of the rounds.)
            // ("The delegations met ..., seven weeks after their previous encounter in the Turkish city": the delegations'.)
            if token.lower == "encounter", mainTalks != nil, summitParties(i, s).isEmpty, !betweenLeaders(i, s),
               (max(s.tokens.lowerBound, i - 2)..<i).contains(where: { k in t[k].lower == "the"
                   || t[k].lower == "their" && (s.tokens.lowerBound..<k).contains { t[$0].is(.delegationNoun) } }) { i += 1; continue }
            // ("Three days after that meeting, ...": the meeting counted from is a known one.)
            if i == s.tokens.lowerBound + 4, countedFromMeetingTakenUp(s) != nil { i += 1; continue }
            // (A counted round keeps its number: "met in Istanbul on Monday, their second meeting in three weeks".)
            if predicateOfLatest(i, s) || suchMeeting(i, s) || demonstrativeMeetingTakenUp(i, s) || weekdayMeetingTakenUp(i, s)
                || frontedTalksTakenUp(i, s) {
                handledAt.append(i); i += 1; continue
            }
            if summitTakenUp(i, s, dates: dates) { datedInAppositive(i, s, dates: dates); handledAt.append(i); i += 1; continue }
            // ("The summit, the first face-to-face meeting between the two men since ...": a meeting set off after the summit noun.)
            // (Only "The summit, the first ... meeting": not "After the Alaska summit, the first meeting between Zelensky and Putin could be
            // held in Geneva".)
            let afterSummitNoun = Self.encounterNouns.contains(token.lower) && s.tokens.count > 3 && t[s.tokens.lowerBound].lower == "the"
                && t[s.tokens.lowerBound + 1].is(.summitNoun) && t[s.tokens.lowerBound + 2].isMark(",")
            if (token.is(.summitNoun) || afterSummitNoun || attributiveVenue(before: i, s) != nil) && countedAppositive(i, s) {
                handledAt.append(i); i += 1; continue
            }
            // ("a disastrous Oval Office meeting on Feb. 28": a meeting named by a leader's seat is a leaders' meeting.)
            let gathering = token.is(.talksNoun) || Self.gatheringOnlyNouns.contains(token.lower) || isVideoConference(i, s)
                ? leadersGathering(i, s) : nil
            let seatVisit = token.end - token.start == 5 && token.lower == "visit" && attributiveVenue(before: i, s) != nil
            if token.is(.summitNoun) || seatVisit || (token.is(.talksNoun) && (betweenLeaders(i, s) || attributiveVenue(before: i, s) != nil
                                                                               || talksHeldByLeaders(i, s)))
                || gathering != nil {
                // ("Speaking in the Lithuanian capital Vilnius, where he attended a summit ..., Zelensky said ... the meetings in
                // Istanbul ...": a meeting told in a "where" clause was held in the city the clause hangs on.)
                // (Only when the clause tells the meeting attended or held there: not "flew to London, where he urged a summit".)
                let attendedThere = (max(s.tokens.lowerBound, i - 4)..<i).contains { Self.attendingVerbs.contains(t[$0].lower) }
                // ("The summit was arranged after Mr. Witkoff met Mr. Putin in Moscow on Aug. 6": the place and day of a clause
                // "after" opens, with a subject and a verb of meeting of its own, are that meeting's.)
                let cut = timeClauseOfItsOwn(after: i, s)
                let s: Sentence = cut.map { c in var r = s; r.tokens = s.tokens.lowerBound..<c; return r } ?? s
                let dates: [DateMention] = cut.map { c in dates.filter { $0.tokens.upperBound <= c } } ?? dates
                let clausePlace: String? = cut.map { c in place.flatMap { placeEnd($0, in: s.tokens.lowerBound..<c) != nil ? $0 : nil } } ?? place
                let place = attendedThere ? cityBeforeWhere(i, s, dates) ?? clausePlace : clausePlace
                // A leaders' meeting takes only a date right next to it ("their only encounter in 2019").
                // A weekday counts too when the meeting is told as an event ("flew to Ankara on Thursday for talks with ...").
                // Before the noun only right next to it ("the 2019 encounter", "on Thursday for talks with").
                // Or right after the summit's place ("a summit of Nordic leaders in Vilnius later on June 2").
                // ("their summit in Anchorage, Alaska, on Aug. 15": the state set off after the city is part of the place.)
                // ("who was received ... in Ankara on Thursday, watched from a European summit in Tirana": the summit's own "in".)
                // (A summit noun ending its sentence has nothing after it.)
                let placeSearchEnd = min(s.tokens.upperBound - 1, i + 3)
                let ownPlace = i + 1 < placeSearchEnd
                    ? (i + 1..<placeSearchEnd).first { t[$0].lower == "in" && (t[$0 + 1].is(.city) || t[$0 + 1].is(.place)) && t[$0 + 1].isCapitalized } : nil
                // ("A meeting in Budapest would be the second ..., after their summit in Anchorage, Alaska, on August 15": the
                // summit's own place when the sentence's is told before it.)
                let placeApart = place.map { inRelativeClause(after: i, place: $0, s) } ?? false
                let placeToken = (placeApart ? nil : place.flatMap { placeEnd($0, in: i..<s.tokens.upperBound) }) ?? ownPlace.map { $0 + 1 }
                // ("ended their summit at Joint Base Elmendorf-Richardson on Friday": the day right after the venue named after it.)
                let venueToken = venue.flatMap { v in venueHeadToken(v, s).flatMap { $0 > i && $0 - i <= 8 ? $0 : nil } }
                // ("a heated Oval Office meeting between President Donald Trump and Ukrainian President Volodymyr Zelenskyy on
                // February 28": the day right after the people met.)
                // ("hosted a meeting of European leaders with Mr. Zelensky on Monday evening": those met after the group.)
                let metEnd = participantsEnd(after: gathering.map { $0 - 1 } ?? i, s)
                // ("Macron is this evening hosting an emergency meeting of European leaders": the verb of hosting it.)
                let hosting = hostingTense(before: i, s)
                let nearDate = dates.first(where: { d in
                    (d.tokens.lowerBound > i ? near(d.tokens, i, s) : i - d.tokens.upperBound <= 1 || onlyItsNameBetween(d.tokens.upperBound, i)
                        // ("was in Ankara on Tuesday for a meeting with Erdogan", "is due in New Delhi in December for the annual
                        // India-Russia summit".)
                        || isForTheMeeting(from: d.tokens.upperBound, to: i) || tookPartOnDay(d.tokens, in: i))
                        && (!d.relative || !token.is(.summitNoun) || d.tokens.upperBound < i || d.tokens.lowerBound - i <= 2
                            // ("The summit took place Friday afternoon": a weekday after the verb of its taking place.)
                            || (i + 1..<d.tokens.lowerBound).allSatisfy { Self.tookPlaceWords.contains(t[$0].lower) })
                        || placeToken.map { k in d.tokens.lowerBound > k && near(d.tokens, k, s) && d.tokens.lowerBound - k <= 4
                            || afterPlacesState(k, d) } ?? false
                        || venueToken.map { k in d.tokens.lowerBound > k && d.tokens.lowerBound - k <= 2 } ?? false
                        || metEnd.map { e in d.tokens.lowerBound >= e && d.tokens.lowerBound - e <= 1 } ?? false
                        || ofPhraseEnd(after: i, s).map { e in d.tokens.lowerBound >= e && d.tokens.lowerBound - e <= 1 } ?? false
                        || hosting.map { d.tokens.upperBound == $0.verb } ?? false })
                // ("On Thursday, Leavitt called the summit ...": a day of speaking about it, not of the meeting.)
                // ("On Friday he flew on to Tirana, where leaders ... were gathered for a summit": a day opening the sentence
                // with no comma too.)
                let opening = (openingDate(before: i, dates, s) ?? openingDate(before: i, dates, s, comma: false)).flatMap { d in
                    (d.tokens.upperBound..<i).contains { t[$0].is(.sayingVerb) } ? nil : d }
                // ("Three days after his summit with Putin in Alaska, the president received Zelensky in Washington on
                // Monday": a summit inside a fronted time phrase takes no date or place from the clause after it.)
                let frontedEnd = frontedTimePhraseEnd(around: i, s)
                // ("since August 18, when Trump spoke with Putin during a meeting with European leaders": a meeting something
                // happened during was held, on the day the "when" clause is of.)
                let during = i - 2 >= s.tokens.lowerBound && t[i - 2].lower == "during" && t[i - 1].is(.article)
                let whenDay = during ? whenClauseDay(of: i, dates, s)?.value : nil
                // ("Macron spoke on Thursday, September 4, after a meeting of the coalition": the day of speaking, just after it.)
                let afterTheMeeting = i - 2 >= s.tokens.lowerBound && t[i - 1].is(.article) && t[i - 2].lower == "after"
                let spokenDay = afterTheMeeting ? found.last(where: { $0.tokens.upperBound < i && i - $0.tokens.upperBound <= 3 && $0.value.day != nil }) : nil
                // ("leaders, attending the Group of 20 summit in Johannesburg, said in a joint statement on Saturday": those
                // attending spoke at it, on the day they spoke.)
                let attending = (max(s.tokens.lowerBound, i - 5)..<i).contains { t[$0].lower == "attending" }
                // ("Zelenskiy, speaking in Vilnius on Monday at a summit of leaders ...": one spoken at was held.)
                let spokenAt = i - 2 > s.tokens.lowerBound && t[i - 1].is(.article) && t[i - 2].lower == "at"
                    && (max(s.tokens.lowerBound, i - 10)..<(i - 2)).contains { k in Self.speakingParticiples.contains(t[k].lower)
                        && !(k..<i).contains { t[$0].isMark(",") } }
                let attendedDay = attending ? found.first(where: { d in d.tokens.lowerBound > i && d.value.day != nil
                    && (datesStatement(d) || (i..<d.tokens.lowerBound).contains { t[$0].is(.sayingVerb) }) }) : nil
                // ("On Dec. 27, Zelensky stopped in Halifax ..., where he held talks with Trump at his Mar-a-Lago resort in
                // Palm Beach the following day": a day further on in the noun's own clause, before the one opening the sentence.)
                // (Not a word of the group's own name: "of the so-called coalition of the willing on Tuesday".)
                // (Not "the first face-to-face meeting between the two leaders since their 2018 summit in Helsinki": the day of
                // the summit after "since".)
                let clauseDay = dates.first { d in d.tokens.lowerBound > i && d.tokens.lowerBound - i <= 24 && !namesOtherMeeting(d, than: i)
                    && !(max(i + 1, gathering ?? 0)..<max(d.tokens.lowerBound, gathering ?? 0)).contains { t[$0].isMark(",") || t[$0].is(.meetingTrigger)
                        || t[$0].lower == "since" } }
                let date = (nearDate ?? clauseDay ?? opening).flatMap { d in frontedEnd.map { d.tokens.upperBound <= $0 } ?? true ? d : nil }?.value
                    ?? frontedEnd.flatMap { countedDaysAway(fronted: $0, s, dates) } ?? whenDay ?? spokenDay?.value ?? attendedDay?.value
                var parties = summitParties(i, s)
                // "his summit with Mr. Putin": the owner is the clause's subject.
                // ("his Monday meeting with Trump", "their first summit": past one word between.)
                // ("their first in-person encounter": past a few modifiers, hyphens among them.)
                let owned = i > s.tokens.lowerBound && Self.possessivePronouns.contains(t[i - 1].lower)
                    || i - 1 > s.tokens.lowerBound && Self.possessivePronouns.contains(t[i - 2].lower)
                        && (t[i - 1].is(.weekday) || t[i - 1].isWord && !t[i - 1].isCapitalized)
                    || ownedPastModifiers(i, s)
                for c in clauseSubjectCountries(before: i, s, owned: owned) where !parties.contains(c) { parties.insert(c, at: 0) }
                // ("Three days after his summit with Putin in Alaska, the American president received ...": the owner is the
                // subject after the fronted phrase.)
                if owned, let e = frontedEnd, let c = subjectCountry(after: e, s), !parties.contains(c) { parties.insert(c, at: 0) }
                // ("The two leaders held a summit in Alaska in August": the leaders of the latest leaders' meeting or call.)
                // ("the first between the two presidents since their summit in Anchorage": theirs too.)
                if parties.isEmpty, i - 2 > s.tokens.lowerBound, ["held", "hold"].contains(t[i - 2].lower) && twoLeadersSubject(before: i - 2, s)
                    || owned && twoLeadersJustBefore(i, s),
                   let last = meetings.last(where: { ($0.kind == .summit || $0.kind == .call) && $0.parties.count == 2 }) {
                    // ("The call was the first between the two presidents since their summit": those on the call told.)
                    let toldCall = (s.tokens.lowerBound..<i).contains { Self.callWords.contains(t[$0].lower) }
                    parties = toldCall ? lastCall.map { meetings[$0].parties }.flatMap { $0.count == 2 ? $0 : nil } ?? last.parties : last.parties
                }
                // ("flew to Ankara for talks with Erdogan": the journey tells it held.)
                let travelled = destination(before: i, s).map { Self.pastJourneyVerbs.contains(t[$0.verb].lower)
                    || Self.pastSendingVerbs.contains(t[$0.verb].lower) } ?? false
                // ("Macron said on Thursday after a summit of the so-called 'coalition of the willing'": one told as past.)
                // ("..., after their summit in Anchorage ... ended without an agreement": theirs too.)
                let after = i - 2 >= s.tokens.lowerBound && (t[i - 1].is(.article) || Self.possessivePronouns.contains(t[i - 1].lower))
                    && Self.afterWords.contains(t[i - 2].lower)
                // ("Putin described his summit with Trump in Anchorage as 'timely'": one judged in the past was held.)
                let judged = owned && i - 2 >= s.tokens.lowerBound && Self.possessivePronouns.contains(t[i - 1].lower)
                    && Self.pastJudgingVerbs.contains(t[i - 2].lower)
                // ("Trump and Putin ended their first summit since ...": one a past verb of ending governs was held.)
                let ended = (max(s.tokens.lowerBound, i - 4)..<i).last(where: { Self.endingVerbs.contains(t[$0].lower) }).map { v in
                    (v + 1..<i).allSatisfy { t[$0].is(.article) || Self.possessivePronouns.contains(t[$0].lower) || Lexicon.roundOrdinals[t[$0].lower] != nil
                        || Lexicon.roundModifiers.contains(t[$0].lower) } } ?? false
                let floated = venueFloated(for: i, s)
                // ("Tusk held talks with Zelensky in Kyiv on Thursday, as ... wrapped up ... with an agreement": held, whatever else the
                // sentence agrees.)
                let heldThem = (max(s.tokens.lowerBound, i - 3)..<i).contains { k in t[k].lower == "held"
                    && !(k > s.tokens.lowerBound && (SpeakerFinder.passiveAuxiliaries.contains(t[k - 1].lower) || t[k - 1].lower == "have")) } && !(date.map(isAfterPublication) ?? false)
                let st = floated != nil ? .proposed : during || after || judged || ended || heldThem || subjectOfPast(i, s) || spokenAt && !(date.map(isAfterPublication) ?? false) ? .held
                    // ("followed a meeting between Zelensky and Trump at Trump's Mar-a-Lago estate in Florida on 28 December": a day
                    // past in the noun's own clause tells it held, as a day next to it does.)
                    : (nearDate ?? clauseDay).map { d in d.relative ? status(s, default: .held)
                        : isAfterPublication(d.value) || DateRules.isFuture(before: i, doc, in: s) ? status(s, default: .planned) : .held }
                    ?? status(s, default: travelled ? .held : hosting?.status ?? .proposed)
                // ("The third round ... at Istanbul's Çırağan Palace lasted about 40 minutes; Kyiv proposed a meeting between
                // Presidents ...": only a place in the summit's own clause, outside asides.)
                let ownClause = clause(of: i, s)
                let sentencePlace = (ownClause.tokens == s.tokens ? place : placeIn(ownClause)).flatMap {
                    inAsideApart(from: i, place: $0, s) || namesOtherMeeting(place: $0, than: i, s) || placeApart ? nil : $0 }
                let ownVenue = venue.flatMap { v in venueHeadToken(v, s).map { ownClause.tokens.contains($0) } ?? false ? v : nil }
                let agentsVenue = ownVenue.flatMap { v in venueHeadToken(v, s).flatMap { $0 < i && onlyAgentsBetween($0 + 1..<i) ? v : nil } }
                // ("Talks between Putin and Trump in Alaska": the place right after those who met.)
                let metPlace = (metEnd ?? gathering).flatMap { e in e + 1 < s.tokens.upperBound && t[e].lower == "in" && t[e + 1].isCapitalized
                    && (t[e + 1].is(.city) || t[e + 1].is(.place)) ? t[e + 1].text : nil }
                let threeWay = isThreeWay(before: i, s)
                // ("the Alaska summit": a region naming it, not a state, which names what it is about.)
                let namingPlace = regionNaming(i, s)
                // ("the Ukraine-South East Europe summit in Odesa": the city after it before the region naming it.)
                // ("held talks with Trump at his Mar-a-Lago resort in Palm Beach": a city further on in the noun's own clause.)
                // (Not where it was talked about: "a three-way meeting ... had not been discussed in Anchorage".)
                let summitPlace = floated ?? (ownPlace.map { t[$0 + 1].text } ?? namingPlace ?? metPlace ?? cityOfOwnClause(after: i, s)
                    ?? (frontedEnd != nil ? nil : token.is(.summitNoun) || token.lower == "talks" || gathering != nil ? travelPlace(before: i, s) ?? sentencePlace
                        : travelPlace(before: i, s)) ?? hostingState(before: i, s)).flatMap { placeOfDiscussing($0, after: i, s) ? nil : $0 }
                // The same leaders' meeting again: same date and place, and one set of parties inside the other.
                // ("Trump met Putin ... in Anchorage in August, a summit that ended without a ceasefire": an undated noun
                // after a summit its own sentence told at that place.)
                let sameSummit = meetings.firstIndex(where: { $0.kind == .summit && ($0.date == date?.iso
                    || date == nil && $0.place != nil && s.span.start <= $0.span.start && $0.span.end <= s.span.end) && $0.place == summitPlace
                    && (Set(parties).isSubset(of: Set($0.parties)) || Set($0.parties).isSubset(of: Set(parties)))
                    // (A three-way meeting is none of the two leaders' meetings before it.)
                    && !(threeWay && $0.parties.count < 3) && !(!threeWay && parties.count == 2 && $0.parties.count >= 3) })
                if let m = sameSummit ?? summitTakenUpAgain(i, s, date: date, place: summitPlace, parties: parties) {
                    for p in parties where !meetings[m].parties.contains(p) { meetings[m].parties.append(p) }
                    // (A headline's "leave Alaska summit" told again as held on Friday: what the body adds.)
                    // ("Trump, Putin end Alaska summit", then "Trump and Putin held talks ... in Alaska": the past verb too.)
                    let heldVerb = (max(s.tokens.lowerBound, i - 3)..<i).contains { t[$0].lower == "held" }
                    if st == .held, meetings[m].status != .held, nearDate != nil || heldVerb { meetings[m].status = .held }
                    // ("The summit took place ... in Anchorage" after talks "in Alaska": the city refines the state.)
                    let refined = summitPlace.map(isCity) ?? false && !(meetings[m].place.map(isCity) ?? false)
                    if meetings[m].place == nil || refined { meetings[m].place = summitPlace ?? meetings[m].place }
                    if meetings[m].date == nil, meetings[m].monthDay == nil, let date { meetings[m].setDay(date) }
                    // ("The summit at Joint Base Elmendorf-Richardson on Friday", of a summit told with no place: its venue.)
                    if meetings[m].venue == nil, meetings[m].place == nil, i + 1 < s.tokens.upperBound, t[i + 1].lower == "at",
                       let v = venueToken.flatMap({ _ in ownVenue }) {
                        meetings[m].venue = v
                        meetings[m].place = Lexicon.venueCities[v.lexKey]
                    }
                } else {
                    // ("BERLIN — ... Merz, who also hosted a meeting of European leaders": a host's meeting with no place of its
                    // own is in the city the reporter files from, when that city is in the host's state.)
                    var hostCity: String? = nil
                    // (Or in the city of the article's round: "Two days of talks in Berlin ... Merz, who also hosted ...".)
                    if summitPlace == nil, let h = hosting, Self.hostingHostVerbs.contains(t[h.verb].lower) {
                        hostCity = [datelineCity, mainTalks.flatMap { meetings[$0].place }].compactMap { $0 }.first { city in
                            isCity(city) && Lexicon.placeCountry[city.lexKey].map { parties.first == $0 } ?? false }
                    }
                    let m = add(.summit, s, trigger: i..<(i + 1), place: summitPlace ?? hostCity, date: date, status: st, parties: parties)
                    meetings[m].venue = attributiveVenue(before: i, s) ?? (ownPlace == nil ? agentsVenue ?? self.venue(ownVenue, near: (gathering ?? groupNamed(after: i, s)).map { max(i, $0 - 1) } ?? i, s) : nil)
                }
                handledAt.append(i); i += 1; continue
            }
            if token.is(.talksNoun), talksOfLeadersMeeting(i, s) { handledAt.append(i); i += 1; continue }
            if token.is(.talksNoun), let met = meetingBetweenPeople(i, s) {
                var phrase = s
                phrase.tokens = (i + 1)..<met.between
                // ("a meeting in the Kremlin between Putin and Witkoff and Kushner that began late on Thursday and lasted almost four
                // hours": a relative clause telling it began or lasted tells it held, and when.)
                let told = (met.between..<min(s.tokens.upperBound - 1, met.between + 16)).first { k in
                    ["that", "which"].contains(t[k].lower) && Self.courseVerbs.contains(t[k + 1].lower) }
                let date = dates.first { $0.tokens.lowerBound > i && $0.tokens.upperBound <= met.between }?.value
                    ?? told.flatMap { k in dates.first { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 6 && $0.value.day != nil }?.value }
                let m = add(.talks, s, trigger: i..<(i + 1), place: placeIn(phrase), date: date, status: told != nil ? .held : status(s, default: .held),
                            parties: met.parties)
                meetings[m].venue = venueIn(phrase)
                handledAt.append(i); i += 1; continue
            }
            if token.is(.talksNoun), let parties = meetingWithPeople(i, s) {
                // ("arriving in the Emirati capital almost straight from a meeting with Putin in Moscow": one come from has the
                // place and day of its own phrase only.)
                let cameFrom = i - 2 >= s.tokens.lowerBound && t[i - 1].is(.article) && t[i - 2].lower == "from"
                let date = cameFrom ? phraseDay(of: i, s, dates)?.value : dates.first { sameClause($0, i) }?.value
                let place = cameFrom ? placeInPhrase(after: i, s) : placeIn(clause(of: i, s))
                _ = add(.talks, s, trigger: i..<(i + 1), place: place, date: date, status: status(s, default: .held), parties: parties)
                handledAt.append(i); i += 1; continue
            }
            // "The previous two rounds, held in Istanbul on May 16 and June 2": one round per day.
            // (Also after "The meeting at the Çırağan Palace ... followed sessions on May 16 and June 2".)
            // ("two meetings in the Emirati capital, on January 23-24 and February 4-5": meetings on days of their own.)
            // (Counted, and placed in their own phrase: not "will hold its next rate-setting meetings on January 29 and March 12".)
            if token.lower == "meetings", i > s.tokens.lowerBound, Lexicon.numberWords[t[i - 1].lower] != nil, let own = placeInPhrase(after: i, s),
               roundsOnDays(at: i, s, dates: dates, place: own) { usedTalks = true; handledAt.append(i); i += 1; continue }
            if token.end - token.start == 5, seriesTakenUp(i, s, dates: dates) { usedTalks = true; handledAt.append(i); i += 1; continue }
            if token.end - token.start >= 6, Lexicon.pluralRoundNouns.contains(token.lower) {
                if roundsOnDays(at: i, s, dates: dates, place: place) { usedTalks = true; handledAt.append(i) }
                i += 1; continue
            }
            // Negotiation rounds.
            // A numbered round wins over an earlier plain mention in the same sentence
            // ("after Putin proposed direct negotiations, ... their first face-to-face talks").
            // ("The Jeddah meeting followed the first ... talks ..., held in ... Riyadh on February 18": the main round named by
            // its place only takes up what it is; the later round is the sentence's.)
            if token.is(.talksNoun), !usedTalks, let m = mainTalks, let p = meetings[m].place, i > s.tokens.lowerBound, t[i - 1].text == p,
               (i + 1..<s.tokens.upperBound).contains(where: { t[$0].is(.talksNoun) && isTalks($0, s) }) {
                handledAt.append(i); i += 1; continue
            }
            // ("a readout of the Anchorage talks" after the summit in Anchorage: that summit, named by its place.)
            if token.is(.talksNoun), i - 2 >= s.tokens.lowerBound, t[i - 2].lower == "the", t[i - 1].is(.place), t[i - 1].isCapitalized,
               meetings.contains(where: { $0.kind == .summit && $0.place == t[i - 1].text }),
               !meetings.contains(where: { $0.kind == .talks && $0.place == t[i - 1].text }) {
                handledAt.append(i); i += 1; continue
            }
            // ("described the talks as 'constructive' and suggested that the next meeting could take place 'in Moscow'":
            // the leaders' next meeting after the talks of their summit.)
            let nextAfterSummit = usedTalks && mainTalks == nil && token.lower == "meeting" && i > s.tokens.lowerBound && t[i - 1].lower == "next"
            // ("The Florida session builds on a round in Geneva": the place right after the noun is its own.)
            // ("The Kremlin session followed talks on Sunday at Witkoff's Shell Bay golf club in Hallandale Beach": or in the
            // phrase, up to its first mark, of talks another meeting followed.)
            let followed = i > s.tokens.lowerBound && Self.followingWords.contains(t[i - 1].lower)
            let own = token.is(.talksNoun) && i + 1 < s.tokens.upperBound && t[i + 1].lower == "in" ? placeInPhrase(after: i, s)
                : followed ? placeBeforeAnyMark(after: i, s) : token.is(.talksNoun) ? cityOfItsCourse(after: i, s) : nil
            // ("The talks on Feb. 4 and 5 followed a first round in Abu Dhabi on Jan. 23 and 24": the talks the sentence opens
            // with, dated in their own phrase, are read as well as the numbered round after them.)
            let openingDated = numberedTalks.map { $0 > i } ?? false && openingTalksDated(i, s, dates)
            // ("That meeting came hours after Witkoff and Kushner held talks with Putin in the Kremlin": the talks it came after.)
            // ("The talks opened hours after Witkoff and Kushner held nearly four hours of talks with Putin": or opened after them.)
            let cameAfter = usedTalksAt.map { u in u + 1 < i && Self.cameOrOpened.contains(t[u + 1].lower)
                && (u + 2..<i).contains { Self.afterWords.contains(t[$0].lower) } } ?? false
            if token.is(.talksNoun), talksOfMeetingVerb(i, s) { i += 1; continue }
            if token.is(.talksNoun), firstDayOfRound(i, s, dates: dates) { handledAt.append(i); usedTalks = true; i += 1; continue }
            if token.is(.talksNoun), !usedTalks || nextAfterSummit || roundOfItsOwnCity(own) || cameAfter, isTalks(i, s),
               numberedTalks.map({ $0 == i }) ?? true || openingDated {
                usedTalks = !openingDated
                if usedTalksAt == nil { usedTalksAt = i }
                handledAt.append(i)
                // ("In Tokyo, a senior official welcomed the swap, saying Japan hopes the talks will lead to peace": where it was
                // said, not where they meet.)
                // ("In Berlin, Chancellor Friedrich Merz said the talks ...": a city of the speaker's own state too. Not "In Geneva,
                // Umerov said the talks would continue": a negotiator speaking where they meet.)
                let saidThere = place.map { p in frontedPlace(s) == p && (min(i, s.tokens.lowerBound + 3)..<i).contains { t[$0].is(.sayingVerb) }
                    && Lexicon.placeCountry[p.lexKey].map { c in !c.isEmpty && (speakerState(before: i, s) == c || !mainSides.contains(c)
                        && (min(i, s.tokens.lowerBound + 3)..<i).contains { k in t[k].is(.statePlace) && Lexicon.placeCountry[t[k].lower] == c }) } ?? false } ?? false
                // ("opened hours after Witkoff ... held talks with Putin at the Kremlin": talks after which others came are placed by
                // their venue's city.)
                let venueCity = cameAfter ? venueAfter(i, venue, s).flatMap { Lexicon.venueCities[$0.lexKey] } : nil
                talksRound(at: i, s, dates: dates, place: own ?? (saidThere ? nil : place) ?? venueCity, venue: venue)
            }
            i += 1
        }
        for m in known..<meetings.count where meetings[m].kind != .exchange { datedByStatementAfter(m, s, found) }
        mainRoundDatedByStatementAfter(s, found, known: known)
        talksFollowedBy(s, dates: dates, since: known)
        dayBeforeOrAfterMeeting(s, since: known)
        sameDayAsMeetingOpening(s, since: known)
        // After a noun only a leaders' meeting of its own is looked for ("the first summit since Putin met Biden in 2021").
        // ("The call came a week after US and Ukrainian officials met in Jeddah", "The exchange ... was agreed when
        // delegations from the two countries met in Istanbul on May 16": a call or exchange named is no round.)
        // (Not the verbs of a trip's meeting: "will travel to Washington on Monday to meet Trump"; those after it are read.)
        var verbs = s
        if let trip { verbs.tokens = s.tokens.lowerBound..<trip.lowerBound }
        if let trip, trip.upperBound < s.tokens.upperBound {
            var after = s
            after.tokens = trip.upperBound..<s.tokens.upperBound
            verbsByClause(after, dates: dates, place: place, venue: venue,
                          nounsAt: handledAt.filter { $0 >= trip.upperBound && (t[$0].is(.talksNoun) || t[$0].is(.summitNoun)) })
        }
        verbsByClause(verbs, dates: dates, place: place, venue: venue,
                      nounsAt: handledAt.filter { (t[$0].is(.talksNoun) || t[$0].is(.summitNoun) || t[$0].lower == "visit" || isVideoConference($0, s))
                          && !Self.callWords.contains(t[$0].lower) })
        // (After the verbs too: "after US and Ukrainian delegations met in Geneva on 23 November and in Florida a week later".)
        talksAgainElsewhere(s, dates: dates, since: known)
        talksInTwoPlaces(since: known, s)
        threeWaySummit(s, dates: dates, since: known)
        continuedTalks(s, dates: dates, since: known)
        metAgainThere(s, dates: dates, since: known)
        seeingThemAgain(s, dates: dates, since: known)
        if !meetingCameAfter(s, since: known) { _ = dayFromNamedMeeting(s, since: known, dates: dates) }
        sameDayAsRoundSatDownTo(s, since: known)
        if known < meetings.count { placedOnTheMargins(since: known) }
        // "The delegations sat ... at Dolmabahçe Palace ... on Friday, with Fidan chairing the session": a
        // sentence that only spoke again of known meetings may still place and date the main round.
        if meetings.count == known {
            mainRoundByVenue(s, dates: dates)
            mainRoundVenue(s)
            summitVenue(venue, s, dates: dates)
        }
    }

    /// Meetings told by verbs, clause by clause when semicolons part the sentence ("Witkoff flew to Moscow on 13 March
    /// and met Putin; on 11 April the two men met again in St Petersburg": each clause its own day and place).
    private mutating func verbsByClause(_ s: Sentence, dates: [DateMention], place: String?, venue: String?, nounsAt: [Int]) {
        var clauses = semicolonClauses(s)
        if clauses.count == 1 { clauses = coordinatedMeetingClauses(s, dates: dates) }
        guard clauses.count > 1 else { return meetingVerbs(s, dates: dates, place: place, venue: venue, nounsAt: nounsAt) }
        for c in clauses {
            meetingVerbs(c, dates: dates.filter { c.tokens.contains($0.tokens.lowerBound) }, place: placeIn(c) ?? journeyPlace(c),
                         venue: venueIn(c), nounsAt: nounsAt.filter { c.tokens.contains($0) })
        }
    }

    /// "Saudi Arabia hosted US-Russian talks in Riyadh on Feb. 18, and US and Ukrainian officials met in Jeddah on March 11":
    /// a clause joined by ", and" that tells a meeting by a verb with its own place and day is read apart.
    private func coordinatedMeetingClauses(_ s: Sentence, dates: [DateMention]) -> [Sentence] {
        guard let k = s.tokens.first(where: { k in k + 2 < s.tokens.upperBound && t[k].isMark(",") && t[k + 1].lower == "and" }) else { return [s] }
        var after = s
        after.tokens = (k + 2)..<s.tokens.upperBound
        guard after.tokens.contains(where: { t[$0].is(.meetVerb) && t[$0].quote == nil }),
              dates.contains(where: { after.tokens.contains($0.tokens.lowerBound) }), placeIn(after) != nil else { return [s] }
        var before = s
        before.tokens = s.tokens.lowerBound..<k
        return [before, after]
    }

    /// "took part on Sunday in a video conference", "participated on Monday in the meeting": a day between the verb of
    /// taking part and the meeting it was in.
    private func tookPartOnDay(_ d: Range<Int>, in i: Int) -> Bool {
        let a = d.upperBound, on = d.lowerBound - 1
        guard on >= 1, t[on].lower == "on", a + 1 < i, i - a <= 5, t[a].lower == "in", t[a + 1].is(.article),
              Self.takingPartVerbs.contains(t[on - 1].lower) || t[on - 1].lower == "part" && on >= 2 && t[on - 2].lower == "took" else { return false }
        return (a + 2..<i).allSatisfy { t[$0].isWord || t[$0].isMark("-") }
    }

    static let takingPartVerbs: WordSet = ["participated", "joined"]
    static let talksModifiers: WordSet = ["peace", "direct", "negotiating", "security"]

    /// The state of the first person named after a fronted "In <city>," and before the noun at `i`.
    private func speakerState(before i: Int, _ s: Sentence) -> String? {
        (min(i, s.tokens.lowerBound + 3)..<i).lazy.compactMap { k in self.people.personAt[k].flatMap { self.people.people[$0].country } }.first
    }

    /// Whether the words from `a` to the meeting noun at `i` are "for a", "for the annual India-Russia": what a stay is for.
    private func isForTheMeeting(from a: Int, to i: Int) -> Bool {
        guard a + 1 < i, i - a <= 7, t[a].lower == "for", t[a + 1].is(.article) else { return false }
        return (a + 2..<i).allSatisfy { t[$0].isWord || t[$0].isMark("-") }
    }

    static let followingWords: WordSet = ["followed", "follows", "follow"]
    static let deniedMeetingModifiers: WordSet = ["new", "further", "direct", "other", "more", "immediate", "formal", "fresh", "such",
                                                 "bilateral", "trilateral", "peace", "face-to-face"]

    /// The first talks noun with a round number before it. Not mutating, so the questions it asks per noun do not
    /// each copy the whole rule state, as they would from `sentence`.
    /// The person named within a few words after "with" at `w`, past titles.
    private func personMet(after w: Int, _ s: Sentence) -> Int? {
        (w + 1..<min(s.tokens.upperBound, w + 6)).lazy.compactMap { self.people.personAt[$0] }.first
    }

    private func numberedTalksNoun(_ s: Sentence) -> Int? {
        guard s.mayHave(.talksNoun) else { return nil }
        return s.tokens.first { k in t[k].is(.talksNoun) && t[k].quote == nil && isTalks(k, s) && roundNumber(before: k, s) != nil
            && !personsOwnFirst(k, s) }
    }

    /// "the Alaska summit": a region (not a state, which names what talks are about) before a meeting noun.
    /// ("The Florida talks between Umerov and Witkoff on Jan. 3" after the summit in Palm Beach: talks with people or a day
    /// of their own are other talks.)
    private func talksAreTheSummit(_ i: Int, _ s: Sentence, _ summit: Meeting, _ dates: [DateMention]) -> Bool {
        !(i + 1 < s.tokens.upperBound && ["between", "with"].contains(t[i + 1].lower))
            && !dates.contains { d in d.tokens.lowerBound > i && d.tokens.lowerBound - i <= 3 && d.value.iso != nil && d.value.iso != summit.date }
    }

    private func regionNaming(_ i: Int, _ s: Sentence) -> String? {
        guard i > s.tokens.lowerBound, t[i - 1].is(.place), t[i - 1].isCapitalized, Lexicon.demonyms[t[i - 1].lower] == nil else { return nil }
        return t[i - 1].text
    }

    /// The object of a verb of discussing: "discussed the peace negotiations", "reviewed the talks".
    private func isDiscussedTopic(_ i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 3, t[k].isWord, !t[k].isCapitalized, !Self.discussingVerbs.contains(t[k].lower) { k -= 1 }
        // (Not "discussed a possible meeting between them": a meeting put forward.)
        return k >= s.tokens.lowerBound && Self.discussingVerbs.contains(t[k].lower) && k < i - 1 && t[k + 1].lower == "the"
    }

    static let speakingParticiples: WordSet = ["speaking", "addressing"]

    static let discussingVerbs: WordSet = ["discussed", "discuss", "discusses", "discussing", "reviewed", "review", "reviewing"]

    /// "his first face-to-face meeting with Vance since ...": one person's first meeting with another, not a numbered round.
    func personsOwnFirst(_ k: Int, _ s: Sentence) -> Bool {
        // (Up to eight tokens back, so a hyphened compound such as "face-to-face" may stand between.)
        guard let o = (max(s.tokens.lowerBound + 1, k - 8)..<k).last(where: { Lexicon.roundOrdinals[t[$0].lower] != nil }),
              (o + 1..<k).allSatisfy({ t[$0].isWord || t[$0].isMark("-") }) else { return false }
        return MeetingRules.ownerPronouns.contains(t[o - 1].lower)
    }

    /// Parties of talks and exchanges: the two states the article names most (hosts excluded).
    private mutating func finishParties() {
        let t = doc.tokens
        // An article names a handful of states: a short list counts them without hashing.
        var order: [String] = []
        var tally: [Int] = []
        // ("JEDDAH, Saudi Arabia—": where the reporter files from names no side.)
        let datelineEnd = datelineParagraph.flatMap { p in
            doc.paragraphs[p].tokens.prefix(8).first { t[$0].isDashMark || t[$0].isMark("-") } } ?? -1
        for para in doc.paragraphs where para.kind == .body {
            for i in para.tokens where (t[i].isCapitalized || t[i].isAllCaps) && i >= datelineEnd {
                // ("the United States": a state of two words, its first word in no lexicon of its own.)
                let pair = !t[i].is(.stateDemonym) && i + 1 < para.tokens.upperBound && t[i + 1].isCapitalized
                    ? Lexicon.demonyms[t[i].lower + " " + t[i + 1].lower] : nil
                guard t[i].is(.stateDemonym) || pair != nil, let c = pair ?? Lexicon.demonyms[t[i].lower], !c.isEmpty else { continue }
                if let k = order.firstIndex(of: c) { tally[k] += 1 } else { order.append(c); tally.append(1) }
            }
        }
        let counts = Dictionary(uniqueKeysWithValues: zip(order, tally))
        let host = (mainTalks.map(hostOf) ?? []).subtracting(sidesMet)
        let ranked = order.filter { !host.contains($0) }.enumerated().sorted { a, b in
            (counts[a.element]!, -a.offset) > (counts[b.element]!, -b.offset)
        }.map(\.element)
        let main = Array(ranked.prefix(2)).sorted()
        var untold: [Int] = []
        for m in meetings.indices where meetings[m].kind == .talks || meetings[m].kind == .exchange {
            if meetings[m].parties.isEmpty {
                untold.append(m)
                meetings[m].parties = localSides(of: m) ?? main
            }
        }
        defer {
            // ("The talks on Feb. 4 and 5 followed a first round in Abu Dhabi", of trilateral talks in Abu Dhabi: a numbered
            // round of the series at the main round's place, its sides untold, was between the main round's sides.)
            if let m = mainTalks, let p = meetings[m].place {
                for r in untold where r != m && meetings[r].kind == .talks && meetings[r].round != nil && meetings[r].place == p {
                    meetings[r].parties = meetings[m].parties
                }
            }
            if let m = mainTalks {
                for r in untold where r != m && (roundsBeforeMain.contains(r) || threeWayRounds.contains(r) && meetings[m].parties.count == 3) {
                    meetings[r].parties = meetings[m].parties
                }
            }
        }
        // The main round's own sentence names exactly two sides ("talks in Jeddah with a U.S. team" that
        // Ukraine joined): those, even when the article names two other states more often.
        let own = mainSides.subtracting(host)
        if let m = mainTalks, own.count == 2, meetings[m].parties == main { meetings[m].parties = own.sorted() }
        // ("Vladimir Putin kept Donald Trump's peace envoys in the Kremlin for around five hours of talks": with fewer than two
        // sides told, the states of the people the round's own sentence names.)
        // (Not "talks ... ended as Keir Starmer called Donald Trump": people of another call or meeting.)
        if let m = mainTalks, own.count < 2, untold.contains(m), let s = doc.sentences.first(where: { $0.span.start <= meetings[m].span.start
            && meetings[m].span.start < $0.span.end }), !s.tokens.contains(where: { t[$0].is([.callVerb, .meetVerb]) }) {
            let states = Set(s.tokens.compactMap { k in t[k].quote == nil ? people.personAt[k].flatMap { people.people[$0].country } : nil }
                .filter { !$0.isEmpty })
            if states.count == 2, own.isSubset(of: states) { meetings[m].parties = states.sorted() }
        }
        // ("a second round of trilateral talks with the United States": a round of three sides takes the state named most
        // after its two.)
        if let m = mainTalks, meetings[m].parties.count == 2, toldAsThreeSided(m),
           let third = ranked.first(where: { !meetings[m].parties.contains($0) }) {
            meetings[m].parties = (meetings[m].parties + [third]).sorted()
        }
        mainSidesFromDelegationsListed()
    }

    /// The states a list ("the United States, Russia and Ukraine") names within the eighteen words before `k`: states
    /// joined only by commas, "and" and "the" (not "Russian and Ukrainian negotiators met under heavy American pressure"),
    /// that open the sentence, follow "from" or "between", or name the negotiators after them.
    private func statesListedBefore(_ k: Int, _ s: Sentence) -> Set<String> {
        var best: Set<String> = []
        var run: Set<String> = []
        var start = -1
        var joined = false
        func close(at e: Int) {
            // (Past "the" before the first state: "from the United States, Russia and Ukraine".)
            let a = start - 1 >= s.tokens.lowerBound && t[start - 1].lower == "the" ? start - 1 : start
            let opens = a == s.tokens.lowerBound || a - 1 >= s.tokens.lowerBound && Self.listOpeners.contains(t[a - 1].lower)
            let names = e < k && t[e].is([.delegateNoun, .delegationNoun])
            if joined, opens || names, run.count > best.count { best = run }
            run = []
            joined = false
            start = -1
        }
        var j = max(s.tokens.lowerBound, k - 18)
        while j < k {
            let pair = j + 1 < k ? Lexicon.placeCountry(t[j].lower, t[j + 1].lower) : nil
            let single = t[j].is([.stateDemonym, .statePlace]) && (t[j].isCapitalized || t[j].isAllCaps)
                ? Lexicon.demonyms[t[j].lower] ?? Lexicon.placeCountry[t[j].lower] : nil
            if let c = pair ?? single, !c.isEmpty {
                if start < 0 { start = j }
                run.insert(c)
                j += pair != nil ? 2 : 1
                continue
            }
            if start >= 0, t[j].isMark(",") || t[j].lower == "the" || PeopleRules.isInnerDot(doc, j) { j += 1; continue }
            if start >= 0, t[j].lower == "and" { joined = true; j += 1; continue }
            if start >= 0 { close(at: j) }
            j += 1
        }
        if start >= 0 { close(at: k) }
        return best
    }

    static let listOpeners: WordSet = ["from", "between"]

    /// Whether a mention of meeting `m` is called trilateral.
    private func toldAsThreeSided(_ m: Int) -> Bool {
        // ("Ukraine, Russia end first three-way talks with US in Abu Dhabi" over a report on the round there: the headline's.)
        if let title = MetadataRules.headline(doc), let h = doc.sentences.first(where: { $0.paragraph == title }),
           h.tokens.contains(where: { k in t[k].is(.talksNoun) && isThreeWay(before: k, h) }),
           // (Not a headline of talks to come: "Ukraine, US and Russia to hold first three-way talks in Abu Dhabi next week".)
           !h.tokens.contains(where: { t[$0].is(.futureMarker) || t[$0].lower == "to" || t[$0].lower == "next" }),
           let p = meetings[m].place, placeIn(h) == p { return true }
        return ([meetings[m].span] + meetings[m].mentions).contains { span in
            guard let k = Document.tokenIndex(in: doc.tokens, startingAt: span.start),
                  let s = doc.sentences.first(where: { $0.tokens.contains(k) }) else { return false }
            // ("trilateral talks", "a second round of trilateral talks": the word on the noun itself, or after a round's "of".)
            let t = doc.tokens
            // ("trilateral peace talks": past one word describing the talks.)
            let before = k - 1 > s.tokens.lowerBound && Self.talksModifiers.contains(t[k - 1].lower) ? k - 2 : k - 1
            // ("Negotiators from the United States, Russia and Ukraine wrapped up two days of closed-door talks": three states
            // named before the noun in its clause.)
            // (Three states that include the round's own two: not "leaders from the UK, France, Germany, and Poland deemed
            // Russia's approach to negotiations unacceptable".)
            let listed = statesListedBefore(k, s)
            return listed.count >= 3 && listed.isSuperset(of: meetings[m].parties) || before >= s.tokens.lowerBound && isThreeWay(before: before + 1, s)
                || k + 2 < s.tokens.upperBound && t[k].lower == "round" && t[k + 1].lower == "of" && Self.threeWayWords.contains(t[k + 2].lower)
        }
    }
}
