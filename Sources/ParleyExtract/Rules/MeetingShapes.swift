/// Shape checks for meeting triggers: is this "call" a phone call, this "meeting" a leaders' meeting,
/// where and when was it, and is it held, planned or proposed.
extension MeetingRules {
    /// Within six words of token `i` with no comma between.
    func near(_ r: Range<Int>, _ i: Int, _ s: Sentence) -> Bool {
        // A date that takes in token `i` itself ("exchanged 16 May": the count read as the day) is as near as can be.
        if r.contains(i) { return true }
        let (a, b) = r.lowerBound > i ? (i, r.lowerBound) : (r.upperBound, i)
        // ("met in Osaka, Japan, in June 2019": the region set off after a city is neither distance nor a break.)
        let regions = (a..<b).filter { isRegionAfterCity($0) }
        let gap = b - a - 2 * regions.count
        // ("their first face-to-face meeting in more than six years on Friday": a span of years between is no distance.)
        guard gap <= 6 || gap <= 10 && (a..<b).contains(where: { t[$0].is(.timeSpanNoun) }) else { return false }
        return !(a..<b).contains { t[$0].isMark(",") && !regions.contains($0 + 1) && !regions.contains($0 - 1) }
    }

    /// "Osaka, Japan,": a one-word place between commas right after a city. (Or with no comma closing it before a
    /// day: "in Geneva, Switzerland on Tuesday", "in Anchorage, Alaska last August".)
    func isRegionAfterCity(_ k: Int) -> Bool {
        k >= 2 && k + 1 < t.count && t[k].is(.place) && t[k - 1].isMark(",")
            && (t[k + 1].isMark(",") || Self.dayOpeners.contains(t[k + 1].lower) || t[k + 1].is(.weekday))
            && (t[k - 2].is(.city) || k >= 3 && t[k - 3].is(.cityStart))
    }

    static let dayOpeners: WordSet = ["on", "in", "last", "this", "earlier"]


    /// The part of the sentence between semicolons and "that" holding token `i`: "He said he had spoken by phone
    /// with Zelensky, and that Zelensky would come on Monday" tells the call in its own clause.
    func thatClause(of i: Int, _ s: Sentence) -> Sentence {
        var c = clause(of: i, s)
        var lo = i, hi = i
        while lo > c.tokens.lowerBound, t[lo - 1].lower != "that" { lo -= 1 }
        // (", in which the two leaders agreed that their teams should begin negotiations": a relative clause tells more.)
        while hi < c.tokens.upperBound, t[hi].lower != "that", !opensRelativeClause(hi) { hi += 1 }
        c.tokens = lo..<hi
        return c
    }

    /// "met President Trump over lunch at the White House on Friday, their third White House meeting this year": a
    /// counted meeting noun set off after a verb of meeting names the meeting that verb tells.
    /// ("met Russian President Vladimir Putin in Anchorage, Alaska, a summit that produced no ceasefire": also one told
    /// with "a", its adjectives between.)
    func countedAppositive(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].is(.meetingTrigger), i >= s.tokens.lowerBound + 3 else { return false }
        // ("The summit, the first face-to-face meeting between the two men since ...": or set off after a summit noun.)
        if let o = (max(s.tokens.lowerBound + 2, i - 7)..<i).first(where: { Lexicon.roundOrdinals[t[$0].lower] != nil }),
           ["their", "his", "her", "its", "the"].contains(t[o - 1].lower), t[o - 2].isMark(",") {
            let summitOpens = o - 3 == s.tokens.lowerBound + 1 && t[s.tokens.lowerBound].lower == "the" && t[o - 3].is(.summitNoun)
            return summitOpens || (s.tokens.lowerBound..<o).contains { t[$0].is(.meetVerb) && t[$0].quote == nil }
        }
        var a = i - 1
        while a > s.tokens.lowerBound + 1, i - a <= 3, t[a].isWord, !t[a].isCapitalized, !["a", "an"].contains(t[a].lower) { a -= 1 }
        guard ["a", "an"].contains(t[a].lower), t[a - 1].isMark(","),
              i + 1 == s.tokens.upperBound || Self.appositiveClauseWords.contains(t[i + 1].lower) || t[i + 1].kind == .punct else { return false }
        return (s.tokens.lowerBound..<a).contains { t[$0].is(.meetVerb) && t[$0].quote == nil }
    }

    static let appositiveClauseWords: WordSet = ["that", "which", "where", "in", "at", "whose"]

    /// "Three days after that meeting, Zelenskyy ... met Trump": the day counted from the meeting a fronted phrase takes
    /// up with "that" or "the", the latest one dated to the day before this sentence.
    /// ("Just before that meeting, the US president had spoken by telephone with Putin": the same day.)
    func countedFromMeetingTakenUp(_ s: Sentence) -> DateValue? {
        let a = s.tokens.lowerBound
        // ("Hours before the Kremlin meeting, ...": the meeting at the place or venue naming it.)
        let named = a + 5 < s.tokens.upperBound && t[a + 3].isCapitalized && (t[a + 3].is(.place) || t[a + 3].is(.venueHead)
            || Lexicon.venueCities[t[a + 3].lower] != nil) ? t[a + 3].text : nil
        let noun = named == nil ? a + 3 : a + 4
        if noun + 1 < s.tokens.upperBound, Self.closeInTime.contains(t[a].lower), ["after", "before"].contains(t[a + 1].lower),
           ["that", "the"].contains(t[a + 2].lower), t[noun].is(.meetingTrigger), t[noun + 1].isMark(","),
           // (The latest meeting told before, dated or not: "that meeting" is no older one with a day.)
           let anchor = meetings.last(where: { m in m.span.end <= s.span.start && m.kind != .exchange
               && named.map { n in m.place == n || m.venue == n || m.place != nil && Lexicon.venueCities[n.lexKey] == m.place } ?? true }),
           let date = anchor.date, let day = DateValue.parseISO(date), day.day != nil {
            return day
        }
        guard a + 5 < s.tokens.upperBound, ["day", "days"].contains(t[a + 1].lower), ["after", "before"].contains(t[a + 2].lower),
              ["that", "the"].contains(t[a + 3].lower), t[a + 4].is(.meetingTrigger), t[a + 5].isMark(","),
              let n = Int(t[a].text) ?? (t[a].lower == "a" ? 1 : Lexicon.numberWords[t[a].lower].map { Int($0) }),
              let anchor = meetings.last(where: { $0.span.end <= s.span.start && $0.monthDay != nil && $0.kind != .exchange }),
              let date = anchor.date, let day = DateValue.parseISO(date)?.ordinal else { return nil }
        return DateValue(ordinal: t[a + 2].lower == "after" ? day + n : day - n)
    }

    static let arrivingVerbs: WordSet = ["arrived", "landed", "came"]
    /// Spans too long for a call to fall on the day of what came after it ("two weeks before the team arrived").
    static let longSpans: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years"]
    static let closeInTime: WordSet = ["just", "shortly", "hours", "minutes", "moments", "immediately", "right"]

    /// ", which ...", ", in which ...": a clause about what comes before the comma.
    func opensRelativeClause(_ k: Int) -> Bool {
        guard k > 0, t[k - 1].isMark(",") else { return false }
        return t[k].lower == "which" || t[k].lower == "in" && k + 1 < t.count && t[k + 1].lower == "which"
    }

    /// "had spoken by phone with Zelensky ..., and that Zelensky would come to the White House on Monday": a date
    /// past "that" or a semicolon belongs to another clause than token `i`.
    /// ("had spoken with Trump and would travel to Washington on Monday": nor past "and" opening a verb of the future.)
    func sameClause(_ d: DateMention, _ i: Int) -> Bool {
        let between = d.tokens.lowerBound > i ? (i + 1)..<d.tokens.lowerBound : d.tokens.upperBound..<i
        return !between.contains { t[$0].isMark(";") || t[$0].lower == "that"
            || t[$0].lower == "and" && $0 + 1 < between.upperBound && Self.modalsAhead.contains(t[$0 + 1].lower) }
            && !(d.tokens.lowerBound > i && opensClauseOfItsOwn(d))
    }

    /// ", and on 28 December Zelensky met Trump": a day fronted in a clause joined after a comma, a subject of its own after it.
    func opensClauseOfItsOwn(_ d: DateMention) -> Bool {
        var a = d.tokens.lowerBound
        if a > 0, t[a - 1].lower == "on" || t[a - 1].lower == "in" { a -= 1 }
        let e = d.tokens.upperBound
        return a >= 2 && t[a - 1].lower == "and" && t[a - 2].isMark(",") && e < t.count && t[e].isCapitalized
            && (people.personAt[e] != nil || t[e].is([.demonym, .titleWord, .roleNoun]))
    }

    static let modalsAhead: WordSet = ["will", "would", "shall", "plans", "intends"]

    /// "spent Friday at the European Political Community summit": between a day and the summit noun, only
    /// "at the" (or "at a") and the summit's capitalised name.
    func onlyItsNameBetween(_ a: Int, _ i: Int) -> Bool {
        // ("Wednesday's Ukraine-South East Europe summit": a day owning the meeting, its name between.)
        if a < i, t[a].kind == .possessive { return (a + 1..<i).allSatisfy { t[$0].isCapitalized || t[$0].isAllCaps || t[$0].isMark("-") } }
        // ("on Monday at a summit of leaders": the article alone.)
        guard a + 2 <= i, t[a].lower == "at", t[a + 1].is(.article) else { return false }
        return (a + 2..<i).allSatisfy { t[$0].isCapitalized || t[$0].isAllCaps }
    }

    /// "a day after Putin agreed in a phone call": the counted day that leads to the meeting at `i`.
    func countedBefore(_ i: Int, _ dates: [DateMention]) -> DateMention? {
        dates.last { $0.leadsToEvent && $0.tokens.upperBound <= i && i - $0.tokens.upperBound <= 10 }
    }

    /// The part of the sentence between semicolons that holds token `i`.
    /// The sentence's clauses between semicolons outside quotations (the whole sentence when it has none).
    func semicolonClauses(_ s: Sentence) -> [Sentence] {
        var out: [Sentence] = []
        var start = s.tokens.lowerBound
        for k in s.tokens where t[k].isMark(";") && t[k].quote == nil {
            if start < k { out.append(Sentence(tokens: start..<k, paragraph: s.paragraph, span: s.span)) }
            start = k + 1
        }
        if start < s.tokens.upperBound { out.append(Sentence(tokens: start..<s.tokens.upperBound, paragraph: s.paragraph, span: s.span)) }
        return out.isEmpty ? [s] : out
    }

    func clause(of i: Int, _ s: Sentence) -> Sentence {
        var c = s
        var lo = i, hi = i
        while lo > s.tokens.lowerBound, !t[lo - 1].isMark(";") { lo -= 1 }
        while hi < s.tokens.upperBound, !t[hi].isMark(";") { hi += 1 }
        c.tokens = lo..<hi
        return c
    }

    /// "who attended the first round, is to take part in Monday's meeting": a date that modifies
    /// another meeting noun dates that meeting, not the one at `i`.
    func namesOtherMeeting(_ d: DateMention, than i: Int) -> Bool {
        var k = d.tokens.upperBound
        if k < t.count, t[k].kind == .possessive { k += 1 }
        return k < t.count && k != i && t[k].is(.meetingTrigger)
    }

    /// "since the spring of 2022", "since May", "since Russia's full-scale invasion in 2022": where a span of
    /// time starts, not when a meeting was. ("since a disastrous Oval Office meeting on Feb. 28" still dates that meeting.)
    /// ("held talks since the early months of the war on May 16": the span already has its own time, so "on"
    /// opens a new phrase of the verb.)
    /// "since August 18, when Trump spoke with Putin during a meeting": the day whose "when" clause holds token `i`.
    func whenClauseDay(of i: Int, _ dates: [DateMention], _ s: Sentence) -> DateMention? {
        dates.first { d in
            // ("on Thursday night, when Witkoff and Kushner met Putin": past a part of the day.)
            let e = d.tokens.upperBound < s.tokens.upperBound && DateRules.partsOfDay.contains(t[d.tokens.upperBound].lower)
                ? d.tokens.upperBound + 1 : d.tokens.upperBound
            return e + 1 < i && t[e].isMark(",") && t[e + 1].lower == "when" && !(e + 2..<i).contains { t[$0].isMark(",") || t[$0].isMark(";") }
        }
    }

    func isSince(_ d: DateMention) -> Bool {
        // ("the first call since August 18, when Trump spoke with Putin during a meeting at the White House": the day of
        // what the "when" clause tells.)
        let e = d.tokens.upperBound
        if e + 1 < t.count, t[e].isMark(","), t[e + 1].lower == "when" { return false }
        // ("since their Aug. 15 summit in Anchorage": the day of the meeting the date stands before.)
        if e < t.count, t[e].is(.summitNoun) || t[e].is(.talksNoun) || t[e].is(.meetingTrigger) && t[e].lower == "meeting" { return false }
        var k = d.tokens.lowerBound - 1
        var meeting = false
        let onDay = k >= 0 && t[k].lower == "on"
        // ("since Moscow launched its full-scale invasion in February 2022": a clause of ten words.)
        // ("hosted the first talks since the invasion in Riyadh on February 18, 2025": a city after the span's start is where the
        // talks were, and the day theirs.)
        var city = false
        while k >= 0, d.tokens.lowerBound - k <= 10, t[k].isWord || t[k].kind == .possessive || t[k].isMark("-") {
            // (Not when the talks have a city of their own before "since": "held talks in Geneva, the first since the attack in Kyiv
            // on 10 February".)
            if t[k].lower == "since" {
                let start = doc.sentences[t[k].sentence].tokens.lowerBound
                let cityBefore = (start..<k).contains { t[$0].is(.city) && t[$0].isCapitalized }
                return !meeting && !(city && !cityBefore)
            }
            if t[k].is(.meetingTrigger) || t[k].is(.meetVerb) || onDay && t[k].is(.timeSpanNoun) { meeting = true }
            if t[k].is(.city), t[k].isCapitalized, k > 0, t[k - 1].lower == "in" { city = true }
            k -= 1
        }
        return false
    }

    /// "The talks were the first high-level encounter between the two governments": a meeting noun after a
    /// copula whose subject is a meeting noun names that meeting again.
    func isComplementOfMeeting(_ i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 6, t[k].isWord || t[k].isMark("-") {
            if Self.copulas.contains(t[k].lower) { return t[k - 1].is(.meetingTrigger) }
            k -= 1
        }
        return false
    }

    static let copulas: WordSet = ["was", "were", "is", "are"]

    func datesStatement(_ d: DateMention) -> Bool {
        if MetadataRules.isLeadDateline(doc, d) { return true }
        // "Erdoğan on Thursday reiterated that ...": the day of a statement told before its verb.
        // ("emerged from a day of talks in Geneva on Sunday saying they had made progress": a participle after the day
        // hangs on the clause the day closes.)
        // ("Fidan on Friday voiced hope that the leaders would soon meet": a hope voiced is a statement too.)
        if d.tokens.upperBound < t.count, t[d.tokens.upperBound].is(.sayingVerb) && !t[d.tokens.upperBound].is(.participle)
            || Self.voicingVerbs.contains(t[d.tokens.upperBound].lower),
           d.tokens.lowerBound > 0, t[d.tokens.lowerBound - 1].lower == "on" { return true }
        var k = d.tokens.lowerBound - 1
        if k >= 0, t[k].lower == "on" { k -= 1 }
        // "said earlier on Friday", "said late on Monday".
        if k >= 0, Lexicon.timeAdverbs.contains(t[k].lower) { k -= 1 }
        // "told journalists on Tuesday": past the listeners to the verb.
        if k >= 1, Self.listenerNouns.contains(t[k].lower), Lexicon.tellingVerbs.contains(t[k - 1].lower) { k -= 1 }
        // ("Asked on Tuesday whether the meeting in Budapest would go ahead": the day of the question.)
        return k >= 0 && (t[k].is(.sayingVerb) || Self.askingVerbs.contains(t[k].lower)) || datesProposal(d) || frontsStatement(d)
    }

    static let amongWords: WordSet = ["among", "within", "inside", "amongst"]
    static let voicingVerbs: WordSet = ["voiced", "voices", "signalled", "signaled"]

    /// "Later on Tuesday, Trump wrote on his platform that ...": a day opening the sentence before a subject and its verb of
    /// saying is the statement's.
    private func frontsStatement(_ d: DateMention) -> Bool {
        let s = doc.sentences[t[d.tokens.lowerBound].sentence]
        var a = s.tokens.lowerBound
        while a < d.tokens.lowerBound, t[a].isWord, Self.frontedDayWords.contains(t[a].lower) { a += 1 }
        guard a == d.tokens.lowerBound, d.tokens.upperBound < s.tokens.upperBound, t[d.tokens.upperBound].isMark(",") else { return false }
        var k = d.tokens.upperBound + 1
        // ("Late on Friday, a White House official said": an article and a role noun may stand in the subject.)
        while k < s.tokens.upperBound, k - d.tokens.upperBound <= 7, people.personAt[k] != nil || t[k].isWord
                && (t[k].isCapitalized || t[k].is([.article, .roleNoun, .titleWord])) { k += 1 }
        return k > d.tokens.upperBound + 1 && k < s.tokens.upperBound && t[k].is(.sayingVerb)
    }

    static let frontedDayWords: WordSet = ["later", "earlier", "late", "early", "on"]

    static let listenerNouns: WordSet = ["journalists", "reporters", "lawmakers", "parliament"]

    static let askingVerbs: WordSet = ["asked", "questioned", "pressed", "interviewed"]

    /// "Putin floated the direct talks on May 11": the day a meeting was put forward, not held.
    private func datesProposal(_ d: DateMention) -> Bool {
        var k = d.tokens.lowerBound - 1
        guard k > 0, t[k].lower == "on" else { return false }
        k -= 1
        guard t[k].is(.meetingTrigger) else { return false }
        var steps = 0
        while k > 0, steps < 4, t[k - 1].isWord, !t[k - 1].is(.placePreposition) {
            k -= 1; steps += 1
            if Lexicon.proposalVerbs.contains(t[k].lower) { return true }
        }
        return false
    }

    func isCall(_ phrase: [String], at i: Int, _ s: Sentence) -> Bool {
        // "Their previous conversation, on June 14": a conversation is a call once the article has told one.
        if phrase == ["conversation"] { return lastCall != nil || ownedConversation(at: i, s) != nil }
        guard phrase == ["call"] else { return true }
        // "the call" as a noun, not "the call for sanctions" or "called on".
        // ("a two-hour call", "my two hour call", "their lengthy call": past the words of its length.)
        var d = i - 1
        while d > s.tokens.lowerBound, i - d <= 4, t[d].isMark("-") || t[d].kind == .number || Lexicon.numberWords[t[d].lower] != nil
                || Self.callModifiers.contains(t[d].lower) { d -= 1 }
        // ("held a “long and substantive” call with Trump": past words quoted before it.)
        if d > s.tokens.lowerBound, d == i - 1, t[d].kind == .punct, Lexicon.quoteMarks.contains(t[d].text) {
            var q = d - 1
            while q > s.tokens.lowerBound, i - q <= 9, t[q].quote != nil && t[q].isWord { q -= 1 }
            if q > s.tokens.lowerBound, q < d - 1, t[q].kind == .punct, Lexicon.quoteMarks.contains(t[q].text) { d = q - 1 }
        }
        guard i > s.tokens.lowerBound, Self.callNounOpeners.contains(t[i - 1].lower)
                || d < i - 1 && Self.callDeterminers.contains(t[d].lower) else { return false }
        if i + 1 < s.tokens.upperBound, Self.callVerbParticles.contains(t[i + 1].lower) { return false }
        return lastCall != nil || Self.phoneNouns.contains(t[i - 1].lower) || callsPerson(after: i, s) || definiteCallTold(i, s)
    }

    /// "The call lasted more than two hours": a sentence opened by the call and a verb of its course presupposes a call
    /// held, the one the article's lead tells of.
    func definiteCallTold(_ i: Int, _ s: Sentence) -> Bool {
        i == s.tokens.lowerBound + 1 && t[i - 1].lower == "the" && i + 1 < s.tokens.upperBound && Self.courseVerbs.contains(t[i + 1].lower)
    }

    static let courseVerbs: WordSet = ["lasted", "ended", "began", "came", "took", "followed", "went"]

    /// Words before "call" that make it the noun, and after it that make it a verb ("call for", "called on").
    static let callNounOpeners: WordSet = ["the", "a", "another", "phone", "telephone"]
    static let callVerbParticles: WordSet = ["for", "on", "to"]
    static let phoneNouns: WordSet = ["phone", "telephone"]

    // ("a joint call with Zelensky and European leaders", "a separate call": the kind of call, still one held.)
    static let callModifiers: WordSet = ["hour", "minute", "hour-long", "long", "lengthy", "brief", "short", "first", "latest", "recent",
                                         "joint", "separate", "second", "third"]
    static let callDeterminers: WordSet = ["the", "a", "an", "my", "his", "her", "their", "its", "our"]

    /// "a call between Trump and Putin", "the call with Mr. Putin": a person on the line makes "call" the
    /// conversation, not a call for something.
    private func callsPerson(after i: Int, _ s: Sentence) -> Bool {
        var k = i + 2
        guard k < s.tokens.upperBound, Self.partnerPrepositions.contains(t[i + 1].lower) else { return false }
        // ("a call with US Vice President Mike Pence": past the title.)
        while k + 1 < s.tokens.upperBound, k - i <= 7, Self.shortHonorifics.contains(t[k].lower)
                || people.personAt[k] == nil && t[k].is([.titleWord, .roleNoun, .demonym, .roleAdjective, .honorific]) { k += 1 }
        return people.personAt[k] != nil
    }

    static let partnerPrepositions: WordSet = ["between", "with"]
    static let shortHonorifics: WordSet = ["mr", "mrs", "ms", "."]

    /// "Trump spoke with Putin by phone", "the leaders talked over the phone": a verb of conversing
    /// earlier in the sentence and "phone" at `i` make a call from the verb to the phone.
    func phoneCall(at i: Int, _ s: Sentence) -> Range<Int>? {
        guard Self.phoneNouns.contains(t[i].lower), i - 1 > s.tokens.lowerBound else { return nil }
        let before = t[i - 1].lower
        guard before == "by" || before == "the" && Self.phonePrepositions.contains(t[i - 2].lower) else { return nil }
        var k = i - 2
        while k >= s.tokens.lowerBound, i - k <= 14, !t[k].isMark(";") {
            // ("Trump briefed Zelensky and a group of European leaders by phone": a briefing by phone is a call too.)
            if Lexicon.conversingVerbs.contains(t[k].lower) { return k..<(i + 1) }
            // (Only someone named briefed, in the active: not "updated reporters by phone", "were briefed by phone".)
            if Self.briefingVerbs.contains(t[k].lower), k > s.tokens.lowerBound, !Self.passiveBeforeBriefing.contains(t[k - 1].lower),
               (k + 1..<(i - 1)).contains(where: { people.personAt[$0] != nil }) { return k..<(i + 1) }
            k -= 1
        }
        return nil
    }

    static let phonePrepositions: WordSet = ["over", "on"]
    static let briefingVerbs: WordSet = ["briefed", "brief", "briefs", "updated", "update", "consulted", "consult", "informed"]
    static let meetingNamers: WordSet = ["in", "with", "at", "of", "between", "on"]
    static let passiveBeforeBriefing: WordSet = ["was", "were", "been", "being", "is", "are", "be"]

    /// "to call the Russian president", "Trump phoned Zelensky on Sunday": a verb of calling with a person
    /// (or "the Russian president") as its object, and nothing after the object that makes it another verb
    /// ("called Putin a killer", "called on Moscow to").
    func verbCall(at i: Int, _ s: Sentence) -> Range<Int>? {
        guard Lexicon.callVerbs.contains(t[i].lower), i + 1 < s.tokens.upperBound, i > s.tokens.lowerBound else { return nil }
        let w = t[i].lower
        // The bare forms are verbs only after "to" or a modal ("to call", "will phone"), not "the call".
        if Self.bareCallVerbs.contains(w), !(Self.bareVerbOpeners.contains(t[i - 1].lower)) { return nil }
        var k = i + 1
        // "Trump, who spoke to Putin for more than two hours on May 19": heads of state who spoke, with no place told
        // and no phone named (the phone rule has those), spoke by phone.
        let spoke = w == "spoke" || w == "talked" || w == "spoken"
        if spoke {
            // (Only a place in the words up to the next comma: not "..., has said the Vatican has offered to host".)
            var own = s
            own.tokens = i..<((i..<s.tokens.upperBound).first { t[$0].isMark(",") } ?? s.tokens.upperBound)
            guard Self.spokeToWords.contains(t[k].lower), k + 1 < s.tokens.upperBound, placeIn(own) == nil, venueIn(own) == nil,
                  !s.tokens.contains(where: { Self.remoteLineNouns.contains(t[$0].lower) }) else { return nil }
            k += 1
        }
        if Self.nameOpeners.contains(t[k].lower), k + 1 < s.tokens.upperBound, people.personAt[k + 1] != nil { k += 1 }
        // ("spoke with Russian President Vladimir Putin": a demonym and title before the name.)
        if people.personAt[k] == nil, t[k].is(.stateDemonym), k + 2 < s.tokens.upperBound, t[k + 1].lower == "president",
           people.personAt[k + 2] != nil { k += 2 }
        var end: Int? = nil
        if people.personAt[k] != nil {
            end = people.mentionEnd[k] ?? k + 1
        } else if t[k].lower == "the", k + 2 < s.tokens.upperBound, t[k + 1].is(.stateDemonym), t[k + 2].is(.leaderNoun) {
            end = k + 3
        } else if !spoke, Lexicon.pastCallVerbs.contains(w), let g = leadersGroupEnd(at: k, s) {
            // ("After the talks, Trump and Zelensky phoned a group of European leaders including ...".)
            end = g
        }
        guard let e = end else { return nil }
        if spoke {
            // ("President Donald Trump said Monday that ... after he spoke with Russian President Vladimir Putin":
            // "he" stands for the sentence's subject.)
            let pronoun = Lexicon.heOrShe.contains(t[i - 1].lower)
            guard let p = people.personAt[e - 1], Lexicon.headsOfState.contains(people.people[p].key),
                  let q = (max(s.tokens.lowerBound, i - 8)..<i).lazy.compactMap({ self.people.personAt[$0] }).last
                    ?? (pronoun ? (s.tokens.lowerBound..<i).lazy.compactMap({ self.people.personAt[$0] }).first : nil),
                  Lexicon.headsOfState.contains(people.people[q].key), q != p else { return nil }
        }
        k = e
        if k < s.tokens.upperBound, t[k].isWord, !Self.callObjectFollowers.contains(t[k].lower), !(people.personAt[i + 1] == nil && t[k].lower == "including") {
            return nil
        }
        // ("called Zelensky \"a clown\"": a name given in quotation marks, not a call.)
        if k + 1 < s.tokens.upperBound, t[k].kind == .punct, !t[k].isMark(","), !t[k].isMark("."), t[k + 1].quote != nil { return nil }
        return i..<e
    }

    static let bareCallVerbs: WordSet = ["call", "phone", "telephone"]
    static let bareVerbOpeners: WordSet = ["to", "will", "would", "could", "can", "may", "might"]
    static let spokeToWords: WordSet = ["to", "with"]
    static let remoteLineNouns: WordSet = ["phone", "telephone", "video"]
    static let nameOpeners: WordSet = ["mr", "mr.", "mrs", "ms", "president"]
    /// Words after a call's object that leave "called" a call.
    static let callObjectFollowers: WordSet = ["on", "to", "and", "after", "before", "from", "last", "this", "late", "early", "earlier",
                                               "later", "during", "while", "amid", "again", "twice", "for", "in", "about", "over", "by",
                                               "that", "yesterday", "today", "overnight"]

    /// The states on both ends of a call told by a verb: the sentence's, and the state of the person called.
    func callParties(_ range: Range<Int>, _ s: Sentence) -> [String] {
        var parties = callClauseCountries(after: range.upperBound, s)
        let object = range.lowerBound + 1..<range.upperBound
        let called = object.lazy.compactMap { k in self.people.personAt[k].flatMap { self.people.people[$0].country } }.first
            ?? object.lazy.compactMap { k in self.t[k].is(.stateDemonym) ? Lexicon.demonyms[self.t[k].lower] : nil }.first
        if let called, !called.isEmpty, !parties.contains(called) { parties.append(called) }
        if let caller = pronounCaller(before: range.lowerBound, s), !parties.contains(caller) { parties.insert(caller, at: 0) }
        return parties
    }

    /// "Trump, who had warned ..., struck a softer tone. He said he would call Zelenskyy": a "he" or "she" calling, in a
    /// sentence opened by a pronoun, is the person who opened the sentence before.
    private func pronounCaller(before v: Int, _ s: Sentence) -> String? {
        var k = v - 1
        while k > s.tokens.lowerBound, Self.callerAuxiliaries.contains(t[k].lower) { k -= 1 }
        guard k >= s.tokens.lowerBound, Lexicon.heOrShe.contains(t[k].lower), Lexicon.heOrShe.contains(t[s.tokens.lowerBound].lower),
              let here = doc.sentences.firstIndex(where: { $0.tokens == s.tokens }), here > 0,
              let p = people.personAt[doc.sentences[here - 1].tokens.lowerBound] else { return nil }
        return people.people[p].country
    }

    static let callerAuxiliaries: WordSet = ["would", "will", "could", "might", "to", "had", "has", "also", "then"]

    func remainsFollow(_ i: Int, _ s: Sentence) -> Bool {
        var j = i
        while j < s.tokens.upperBound, j - i < 4 {
            if Self.remainsNouns.contains(t[j].lower) { return true }
            // "the bodies of 1,000 ...": a count of bodies is a return whatever noun follows.
            if j == i, t[j].kind == .number, i >= 2, Self.bodyNouns.contains(t[i - 2].lower), t[i - 1].lower == "of" { return true }
            j += 1
        }
        return false
    }

    static let remainsNouns: WordSet = ["soldiers", "servicemen", "bodies", "remains", "defenders", "troops", "fighters"]
    static let bodyNouns: WordSet = ["bodies", "remains"]

    /// "meeting between President Zelensky and President Putin", "talks between the two countries' leaders",
    /// "a one-on-one meeting with Putin".
    func betweenLeaders(_ i: Int, _ s: Sentence) -> Bool {
        if t[i].lower == "round" || t[i].lower == "meetings" { return false }
        if i >= 3, t[i - 1].isMark("-"), t[i - 2].lower == "one" { return true }
        // "Zelenskyy had met Mr Trump in the Oval Office, their first meeting there": the meeting of those the verb joined.
        // ("President Donald Trump and Russian President Vladimir Putin wrapped up their first face-to-face meeting": two
        // leaders owning it.)
        if t[i].lower == "meeting", let own = (max(s.tokens.lowerBound, i - 8)..<i).first(where: { t[$0].lower == "their" }) {
            let owners = Set((s.tokens.lowerBound..<own).compactMap { people.personAt[$0] })
            if owners.count >= 2, (s.tokens.lowerBound..<own).contains(where: { t[$0].is(.meetVerb) }) || owners.allSatisfy(isLeader) { return true }
        }
        // ("U.S. President Donald Trump and Russian President Vladimir Putin held talks": two leaders the subject joins.)
        if t[i].lower == "talks", let v = (max(s.tokens.lowerBound, i - 3)..<i).last(where: { Self.holdVerbs.contains(t[$0].lower) }),
           leadersJoinedBefore(v, s) { return true }
        // ("the Alaska meeting on Aug. 15 between US President Donald Trump and ...": past the day told of the noun.)
        var j = dayAfterNounEnd(i, s)
        let partner = j
        guard j < s.tokens.upperBound, Self.partnerPrepositions.contains(t[j].lower) else { return false }
        j += 1
        // "Trump and Putin had also discussed a possible meeting between them": the leaders named before.
        if j < s.tokens.upperBound, t[j].lower == "them" {
            let leaders = Set((s.tokens.lowerBound..<i).compactMap { k in
                people.personAt[k].flatMap { Lexicon.headsOfState.contains(people.people[$0].key) ? $0 : nil } })
            return leaders.count >= 2
        }
        var persons = 0
        // ("envoy Steve Witkoff is due to travel to Moscow for talks with Russian President Vladimir Putin": talks,
        // as only one side is a leader.)
        let visitorNoLeader = t[partner].lower == "with" && subjectWithOtherRole(before: i, s)
        // ("Talks between Russian President Vladimir Putin and US President Donald Trump's Special Envoy Steven Witkoff":
        // a side that is no leader makes talks; Trump only owns the envoy.)
        if t[partner].lower == "between", joinsNonLeader(from: j, s) { return false }
        while j < s.tokens.upperBound, j - i < 10, !t[j].isMark(","), !t[j].isMark(".") {
            // ("talks with President Trump's envoys in Berlin": a leader who only owns those met is none of them.)
            if t[j].is(.leaderNoun) && !(j + 1 < s.tokens.upperBound && people.personAt[j + 1] != nil && isOwner(mentionAt: j + 1, s)) {
                return !visitorNoLeader
            }
            // ("talks between American and Ukrainian officials": teams, not leaders.)
            if Self.teamNouns.contains(t[j].lower) { return false }
            // ("talks with Rubio, Witkoff and Kushner": people with other roles than a leader's make talks; so does an actor
            // known to be none, and a leader who only owns the one met: "with ... Donald Trump's son-in-law Jared Kushner".)
            if let p = people.personAt[j], j == 0 || people.personAt[j - 1] != p,
               isLeader(p) || people.people[p].roles.isEmpty && Lexicon.actorCountries[people.people[p].key] == nil,
               !isOwner(mentionAt: j, s) { persons += 1 }
            // A name-shaped word the people rules had no cue for ("between Zelensky and Putin").
            // (A place is none: "talks with a Russian delegation in Abu Dhabi", "talks with the United States".)
            if people.personAt[j] == nil, PeopleRules.isNameShaped(t[j]), !t[j].is(.demonym), !t[j].is(.place) {
                if let n = placeOfWords(at: j, s) { j += n; continue }
                persons += 1
            }
            j += 1
        }
        // ("Trump's envoy Steve Witkoff visited Moscow for three hours of talks with Putin": one side is no leader.)
        return persons >= 1 && !visitorNoLeader
    }

    /// How many words a place of two or three words starting at `k` has ("United States", "United Arab Emirates").
    func placeOfWords(at k: Int, _ s: Sentence) -> Int? {
        for n in [3, 2] where k + n <= s.tokens.upperBound && (k..<(k + n)).allSatisfy({ t[$0].isWord }) {
            let key = t[k..<(k + n)].map(\.lower).joined(separator: " ")
            if Lexicon.placeCountry[key] != nil || Lexicon.demonyms[key] != nil { return n }
        }
        return nil
    }

    /// Where the words after the noun at `i` go on past a day told right after it ("on Aug. 15", "on Friday").
    private func dayAfterNounEnd(_ i: Int, _ s: Sentence) -> Int {
        var j = i + 1
        guard j + 1 < s.tokens.upperBound, t[j].lower == "on", t[j + 1].is(.month) || t[j + 1].is(.weekday) else { return j }
        j += 1
        while j < s.tokens.upperBound, j - i <= 6, t[j].is(.month) || t[j].is(.weekday) || t[j].kind == .number || PeopleRules.isInnerDot(doc, j) { j += 1 }
        return j
    }

    /// Whether the words right before verb `v`, with no mark between, name only leaders of two or more states.
    func leadersJoinedBefore(_ v: Int, _ s: Sentence) -> Bool {
        var k = v - 1
        var states: Set<String> = []
        while k >= s.tokens.lowerBound, t[k].isWord || t[k].kind == .possessive || PeopleRules.isInnerDot(doc, k) {
            if let p = people.personAt[k], k == s.tokens.lowerBound || people.personAt[k - 1] != p {
                guard isLeader(p), let c = people.people[p].country else { return false }
                states.insert(c)
            }
            k -= 1
        }
        return states.count >= 2
    }

    /// Whether the people joined after "between" include one whose role the article gives and is no leader's
    /// (an owner before a possessive is not one of them).
    private func joinsNonLeader(from a: Int, _ s: Sentence) -> Bool {
        var j = a
        while j < s.tokens.upperBound, j - a < 16, !t[j].isMark(","), !t[j].isMark("."), !t[j].is(.meetVerb) {
            if let p = people.personAt[j], j == a || people.personAt[j - 1] != p {
                if !isOwner(mentionAt: j, s), !isLeader(p), !people.people[p].roles.isEmpty { return true }
            }
            j += 1
        }
        return false
    }

    /// Whether the person mentioned at `j` owns what follows ("Trump's envoy"): a possessive right after the name.
    private func isOwner(mentionAt j: Int, _ s: Sentence) -> Bool {
        let end = people.mentionEnd[j] ?? j + 1
        return end < s.tokens.upperBound && t[end].kind == .possessive
    }

    /// Whether the person nearest before `i` in its clause holds a role the article gives, and not a leader's.
    private func subjectWithOtherRole(before i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 24, !t[k].is(.sayingVerb), !t[k].isMark(";") {
            // (A well-known actor who is no head of state counts without a role: "Steve Witkoff visited Moscow".)
            // (Not a possessor: "Jared Kushner, Donald Trump's son-in-law, held ... talks with Vladimir Putin"; past one
            // with no role known to one the subject joins: "US special envoy Steve Witkoff and Jared Kushner".)
            if let p = people.personAt[k], !isPossessor(k, s) {
                if isLeader(p) { return false }
                if !people.people[p].roles.isEmpty || Lexicon.actorCountries[people.people[p].key] != nil { return true }
            }
            k -= 1
        }
        return false
    }

    /// Whether the person's mention through token `k` is followed by "'s".
    func isPossessor(_ k: Int, _ s: Sentence) -> Bool {
        var e = k + 1
        while e < s.tokens.upperBound, t[e].kind != .possessive, people.personAt[e] != nil, people.personAt[e] == people.personAt[k] { e += 1 }
        return e < s.tokens.upperBound && t[e].kind == .possessive
    }

    /// "a meeting of senior US and Russian officials", "a meeting between Ukrainian and American delegations": teams of two
    /// states or more, named right after the noun, met for talks.
    func teamsOfTwoStates(after i: Int, _ s: Sentence) -> Bool {
        guard i + 2 < s.tokens.upperBound, Self.ofOrBetween.contains(t[i + 1].lower) else { return false }
        var states = Set<String>()
        var k = i + 2
        while k < s.tokens.upperBound, k - i <= 9 {
            if Self.teamNouns.contains(t[k].lower) { return states.count >= 2 }
            if t[k].isCapitalized || t[k].isAllCaps, t[k].is(.stateDemonym), let c = Lexicon.demonyms[t[k].lower], !c.isEmpty {
                states.insert(c)
            } else if !(t[k].isWord && !t[k].isCapitalized || t[k].isMark("-")) {
                return false
            }
            k += 1
        }
        return false
    }

    static let ofOrBetween: WordSet = ["of", "between"]

    static let teamNouns: WordSet = ["officials", "delegations", "delegation", "delegates", "negotiators", "teams", "team", "diplomats",
                                     "envoys", "representatives"]

    /// The states of the people a leaders' meeting's clause starts with: "Zelensky, who flew to
    /// Ankara for talks with Erdogan" (the clause's subject, back to the sentence start or a verb of saying).
    func clauseSubjectCountries(before i: Int, _ s: Sentence, owned: Bool = false) -> [String] {
        // ("plans for a summit with Putin": a summit "with" someone is the subject's too.)
        let with = i + 1 < s.tokens.upperBound && t[i + 1].lower == "with"
        // ("he and Russian President Vladimir Putin have agreed to hold a summit": those who hold it.)
        let held = (max(s.tokens.lowerBound, i - 3)..<i).contains { Self.holdVerbs.contains(t[$0].lower) }
        guard !t[i].is(.summitNoun) || owned || with || held else { return [] }
        var out: [String] = []
        // ("Trump and Putin wrapped up their first face-to-face meeting": counted from the owner, past the modifiers.)
        let their = (max(s.tokens.lowerBound, i - 8)..<i).last { t[$0].lower == "their" } ?? i
        var k = their - 1
        while k >= s.tokens.lowerBound, their - k <= 12, !t[k].is(.sayingVerb), !t[k].isMark(";") {
            if let p = people.personAt[k], let c = people.people[p].country, !out.contains(c) { out.append(c) }
            k -= 1
        }
        // ("Trump said on Tuesday he had shelved plans for a summit with Putin": "he" is the speaker just before.)
        // ("Trump says he and Russian President Vladimir Putin have agreed to hold a summit": "he" among those who hold it.)
        if out.isEmpty && with || held, k > s.tokens.lowerBound, t[k].is(.sayingVerb),
           // ("Zelenskyy said Saturday that his Monday meeting with Trump ...": "his" too.)
           (k + 1..<i).prefix(5).contains(where: { t[$0].is(.personalPronoun) || owned && Self.ownerPronouns.contains(t[$0].lower) }),
           let p = (max(s.tokens.lowerBound, k - 4)..<k).reversed().lazy.compactMap({ self.people.personAt[$0] }).first,
           let c = people.people[p].country, !out.contains(c) { out.append(c) }
        // ("Trump has abandoned his demand ..., saying after his summit with Putin": the owner is the subject the
        // participle goes back to.)
        if out.isEmpty, owned, k > s.tokens.lowerBound, t[k].is(.sayingVerb), t[k - 1].isMark(","), t[k].lower.hasSuffix("ing"),
           let p = (s.tokens.lowerBound..<k).lazy.compactMap({ self.people.personAt[$0] }).first, let c = people.people[p].country {
            out.append(c)
        }
        return out
    }

    /// "their first in-person encounter", "his long-awaited face-to-face meeting": a possessive pronoun up to six words
    /// before the noun, with only lowercase words and hyphens between.
    func ownedPastModifiers(_ i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 6 {
            if Self.possessivePronouns.contains(t[k].lower) { return i - k > 1 }
            // ("in-person": a preposition joined by a hyphen is part of the modifier.)
            let hyphened = k + 1 < i && t[k + 1].isMark("-")
            guard t[k].isMark("-") || t[k].isWord && !t[k].isCapitalized && !t[k].is(.article) && (hyphened || !t[k].is(.placePreposition))
                && !Self.notModifiers.contains(t[k].lower) && !t[k].lower.hasSuffix("ed") else { return false }
            k -= 1
        }
        return false
    }

    static let notModifiers: WordSet = ["on", "of", "for", "to", "with", "about", "and", "or", "their", "his", "her"]
    static let holdVerbs: WordSet = ["hold", "held", "holding", "holds"]
    static let ownerPronouns: WordSet = ["his", "her"]
    static let possessivePronouns: WordSet = ["his", "her", "their"]
    /// Verbs judging a meeting as something over ("described his summit with Trump as useful").
    static let pastJudgingVerbs: WordSet = ["described", "called", "hailed", "praised", "defended", "termed", "characterised", "characterized"]
    static let topicPrepositions: WordSet = ["on", "about", "over", "regarding"]

    /// "flew to Ankara ... for talks with", "in Ankara for talks with": a city just before the trigger.
    func travelPlace(before i: Int, _ s: Sentence) -> String? {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 6, !t[k].isMark(",") {
            if t[k].is(.city), t[k].isCapitalized, Self.cityPrepositions.contains(t[k - 1].lower) { return t[k].text }
            k -= 1
        }
        return nil
    }

    static let cityPrepositions: WordSet = ["to", "in", "at"]

    /// Where the people met after "between" or "with" at `i + 1` end: past the last name, with no mark between.
    func participantsEnd(after i: Int, _ s: Sentence) -> Int? {
        guard i + 2 < s.tokens.upperBound, Self.partnerPrepositions.contains(t[i + 1].lower) else { return nil }
        var k = i + 2, end: Int? = nil
        while k < s.tokens.upperBound, k - i <= 16, t[k].kind != .punct || PeopleRules.isInnerDot(doc, k) {
            if people.personAt[k] != nil { end = people.mentionEnd[k] ?? k + 1; k = end!; continue }
            k += 1
        }
        return end
    }

    /// "a summit of the Bucharest Nine group of NATO's eastern flank states on Monday": where the "of" phrase naming who
    /// met ends (at the preposition after it, or a mark), so the day right after it is the summit's; nil when no such
    /// phrase follows, or a verb or clause opener breaks it.
    func ofPhraseEnd(after i: Int, _ s: Sentence) -> Int? {
        guard i + 2 < s.tokens.upperBound, t[i + 1].lower == "of" else { return nil }
        var k = i + 2
        while k < s.tokens.upperBound, k - i <= 14 {
            let w = t[k]
            if w.kind == .punct && !w.isMark("-") || w.is(.placePreposition) || w.lower == "on" { return k }
            if w.is(.sayingVerb) || Lexicon.pastEventVerbs.contains(w.lower) || Lexicon.clauseOpeners.contains(w.lower) { return nil }
            k += 1
        }
        return nil
    }

    /// "Three days after his summit with Putin in Alaska, ...": the comma closing a time phrase that opens the sentence
    /// and holds token `i`, or nil.
    func frontedTimePhraseEnd(around i: Int, _ s: Sentence) -> Int? {
        var k = s.tokens.lowerBound
        while k < i, k - s.tokens.lowerBound < 4, !Self.timePhraseOpeners.contains(t[k].lower) {
            guard t[k].isWord || t[k].kind == .number else { return nil }
            k += 1
        }
        guard k < i, Self.timePhraseOpeners.contains(t[k].lower) else { return nil }
        var c = i + 1
        // ("after their summit in Anchorage, Alaska, on August 15 ended": the state set off after a city, and the day after
        // it, go on with the phrase.)
        while c < s.tokens.upperBound, c - i <= 12,
              !t[c].isMark(",") || c + 3 < s.tokens.upperBound && t[c + 1].is(.place) && t[c + 1].isCapitalized && t[c + 2].isMark(",")
                && (t[c + 3].lower == "on" || t[c + 3].is([.month, .weekday])) {
            c += t[c].isMark(",") ? 3 : 1
        }
        return c < s.tokens.upperBound && t[c].isMark(",") ? c : nil
    }

    static let timePhraseOpeners: WordSet = ["after", "before", "following", "since"]

    /// The state of the subject that opens the clause after token `e`: a person's, or "the American president"'s.
    func subjectCountry(after e: Int, _ s: Sentence) -> String? {
        var k = e + 1
        while k < s.tokens.upperBound, k - e <= 6 {
            if let p = people.personAt[k] { return people.people[p].country }
            if t[k].is(.stateDemonym), t[k].isCapitalized || t[k].isAllCaps, k + 1 < s.tokens.upperBound, t[k + 1].is(.leaderNoun),
               let c = Lexicon.demonyms[t[k].lower], !c.isEmpty { return c }
            guard t[k].isWord, t[k].is([.article, .titleWord, .demonym, .roleNoun, .leaderNoun]) || t[k].isCapitalized else { return nil }
            k += 1
        }
        return nil
    }

    /// "Three days after his summit ..., the president received Zelensky ... on Monday": the day that many days before
    /// (or after, for "before") the day the rest of the sentence tells.
    func countedDaysAway(fronted end: Int, _ s: Sentence, _ dates: [DateMention]) -> DateValue? {
        let a = s.tokens.lowerBound
        guard a + 2 < end, ["day", "days"].contains(t[a + 1].lower), ["after", "before"].contains(t[a + 2].lower),
              let n = Int(t[a].text) ?? (t[a].lower == "a" ? 1 : Lexicon.numberWords[t[a].lower].map { Int($0) }),
              let day = dates.first(where: { $0.tokens.lowerBound > end })?.value.ordinal else { return nil }
        return DateValue(ordinal: t[a + 2].lower == "after" ? day - n : day + n)
    }

    /// "the Russian-US summit", "the first high-level US-Russia talks": two or more states joined right before the
    /// noun at `i`, or none.
    func joinedStates(before i: Int, _ s: Sentence) -> [String] {
        var out: [String] = []
        var b = i - 1
        while b > s.tokens.lowerBound, t[b].isMark("-") || t[b].lower == "and" || (t[b].isCapitalized || t[b].isAllCaps) && t[b].is(.stateDemonym) { b -= 1 }
        for k in (b + 1)..<i where t[k].is(.stateDemonym) {
            if let c = Lexicon.demonyms[t[k].lower], !c.isEmpty, !out.contains(c) { out.append(c) }
        }
        return out.count < 2 ? [] : out
    }

    func summitParties(_ i: Int, _ s: Sentence) -> [String] {
        var out = joinedStates(before: i, s)
        // (Past a day told right after the noun: "the Alaska meeting on Aug. 15 between ...".)
        let start = dayAfterNounEnd(i, s)
        var j = start
        // (Up to the clause's verb: "a summit in Budapest could sideline Ukraine" names no side after "could".)
        // ("held talks on the war in Ukraine": a topic after "on" names no side.)
        while j < s.tokens.upperBound, j - start < 9, !t[j].isMark(",") || j == start, !Lexicon.auxiliaryVerbs.contains(t[j].lower),
              !(j > start && Self.topicPrepositions.contains(t[j].lower)) {
            if let p = people.personAt[j], let c = people.people[p].country, !out.contains(c) { out.append(c) }
            // ("a summit in the Hungarian capital, Budapest": a demonym describing the place names no side.)
            let describesPlace = j + 1 < s.tokens.upperBound && Lexicon.placeDescriptors.contains(t[j + 1].lower)
            if t[j].isCapitalized || t[j].isAllCaps, t[j].is(.stateDemonym), !describesPlace, let c = Lexicon.demonyms[t[j].lower], !c.isEmpty,
               !out.contains(c) { out.append(c) }
            j += 1
        }
        // ("the possibility of a three-way meeting with Zelenskyy" after the Trump–Putin summit: its two sides and his.)
        if out.count < 3, isThreeWay(before: i, s), let last = meetings.last(where: { $0.kind == .summit && $0.parties.count == 2 }) {
            for c in last.parties where !out.contains(c) { out.append(c) }
        }
        return out
    }

    /// "meeting with Witkoff", "meeting at the White House between Trump and Zelensky": a person named after "with" or
    /// "between" within the noun's phrase.
    private func peopleMetAfter(_ i: Int, _ s: Sentence) -> Bool {
        guard let p = (i + 1..<min(s.tokens.upperBound, i + 8)).first(where: { Self.partnerPrepositions.contains(t[$0].lower) }),
              !(i + 1..<p).contains(where: { t[$0].kind == .punct && !PeopleRules.isInnerDot(doc, $0) }) else { return false }
        return (p + 1..<min(s.tokens.upperBound, p + 6)).contains { people.personAt[$0] != nil }
    }

    /// "a trilateral meeting", "a three-way summit".
    func isThreeWay(before i: Int, _ s: Sentence) -> Bool {
        if i - 1 >= s.tokens.lowerBound, Self.threeWayWords.contains(t[i - 1].lower) { return true }
        return i - 3 >= s.tokens.lowerBound && t[i - 1].lower == "way" && t[i - 2].isMark("-") && t[i - 3].lower == "three"
    }

    static let deliberatingBodies: WordSet = ["parliament", "council", "assembly", "rada", "congress", "senate", "court", "board", "duma"]
    static let threeWayWords: WordSet = ["trilateral", "three-way", "tripartite"]

    /// "talks" as a negotiation round: not "peace process talks" in general, not "talks about X" as a verb.
    static let heldOrHad: WordSet = ["held", "had"]
    /// "a further meeting", "another meeting": one more of a round told, not the round itself.
    static let oneMoreMeeting: WordSet = ["another", "further", "second", "separate", "new"]

    func isTalks(_ i: Int, _ s: Sentence) -> Bool {
        let w = t[i].lower
        // "every round of talks this year", "any negotiations": talks in general, no meeting.
        var d = i - 1
        if d - 1 > s.tokens.lowerBound, t[d].lower == "of", t[d - 1].lower == "round" { d -= 2 }
        if d >= s.tokens.lowerBound, Self.generalDeterminers.contains(t[d].lower) { return false }
        // ("the leaders involved in the peace talks": those engaged in a process, not a round.)
        if w == "talks", i - 3 > s.tokens.lowerBound, t[i - 1].lower == "peace", t[i - 2].lower == "the", t[i - 3].lower == "in",
           Self.engagedWords.contains(t[i - 4].lower),
           !(i + 2 < s.tokens.upperBound && ["in", "at"].contains(t[i + 1].lower) && t[i + 2].isCapitalized
             && (t[i + 2].is(.city) || t[i + 2].is(.place) || t[i + 2].is(.cityStart))),
           !(i + 1..<min(s.tokens.upperBound, i + 4)).contains(where: { t[$0].is(.month) || t[$0].is(.weekday) }) { return false }
        // ("three rounds of direct talks in Istanbul last year": rounds counted together are no one meeting, unless the
        // sentence goes on to give days: "two rounds ..., the first occurring on May 16 and the second on June 2".)
        if i > s.tokens.lowerBound + 1, let r = (max(s.tokens.lowerBound + 1, i - 4)..<i).last(where: { t[$0].lower == "rounds" }), t[r + 1].lower == "of",
           let n = Lexicon.numberWords[t[r - 1].lower].map(Int.init) ?? Int(t[r - 1].text), n > 1,
           // (Not one of them: "held the last of three rounds of talks".)
           !(r - 3 >= s.tokens.lowerBound && t[r - 2].lower == "of" && Self.oneOfWords.contains(t[r - 3].lower)),
           !(i + 1..<s.tokens.upperBound).contains(where: { t[$0].is(.month) || t[$0].is(.weekday) }) { return false }
        // ("at Joint Base Elmendorf-Richardson, with the two leaders meeting for nearly three hours": a gerund after its subject.)
        if w == "meeting", i > s.tokens.lowerBound, Self.meetingSubjects.contains(t[i - 1].lower) { return false }
        // ("after the first meeting of his cabinet": a body's own sitting, not a negotiation.)
        if w == "meeting", i + 2 < s.tokens.upperBound, t[i + 1].lower == "of" {
            let k = t[i + 2].is(.article) || Self.possessivePronouns.contains(t[i + 2].lower) ? i + 3 : i + 2
            if k < s.tokens.upperBound, Self.sittingBodies.contains(t[k].lower) { return false }
        }
        if w == "meeting" || w == "meetings" {
            // "the first high-level meeting", "the latest face-to-face meeting": modifiers between the determiner and the noun.
            var j = i - 1
            // ("The Moscow meeting": a place's name between them too.)
            // ("The four-and-a-half-hour meeting": words joined by hyphens count as one.)
            var words = 0
            while j > s.tokens.lowerBound, words <= 4, t[j].isMark("-") || t[j].isWord && (!t[j].isCapitalized || t[j].is(.place))
                    && !Self.meetingDeterminers.contains(t[j].lower) {
                if !t[j].isMark("-"), !(j + 1 < i && t[j + 1].isMark("-")) { words += 1 }
                j -= 1
            }
            if j >= s.tokens.lowerBound, Self.meetingDeterminers.contains(t[j].lower) { return true }
            // ("further meetings will take place, potentially as early as next week": more of them ahead.)
            // (Their own subject: not "will hold further meetings with European leaders", "More meetings would be pointless".)
            if w == "meetings", i > s.tokens.lowerBound, i + 3 < s.tokens.upperBound, Self.moreMeetingWords.contains(t[i - 1].lower),
               t[i + 1].is(.futureMarker) || Self.possibilityModals.contains(t[i + 1].lower),
               t[i + 2].lower == "take" && t[i + 3].lower == "place" || t[i + 2].lower == "be" && Self.heldParticiples.contains(t[i + 3].lower) { return true }
            // ("Zelensky's meeting with Witkoff in Berlin on Sunday", "after Monday's meeting at the White House": a name's or a
            // day's possessive determines it too, unless a meeting already told fell on that weekday: "Monday's meeting came
            // three days after ..." takes that one up.)
            // (Only with the people met told after it: not "Zelensky's meeting with soldiers", "Friday's meeting of the cabinet".)
            if j > s.tokens.lowerBound, t[j].kind == .possessive, t[j - 1].isCapitalized, peopleMetAfter(i, s),
               !(Lexicon.weekdays[t[j - 1].lower].map { wd in
                   meetings.contains { $0.date.flatMap(DateValue.parseISO)?.weekday == wd } } ?? false) { return true }
            if teamsOfTwoStates(after: i, s) { return true }
            // ("after a meeting of the 'coalition of the willing' at the Élysée Palace": a meeting held at a venue named after it.)
            // ("days after a meeting with the U.S. envoy in Moscow": a meeting with someone somewhere, told as past.)
            let pastWith = i - 2 >= s.tokens.lowerBound && Self.pastWithOpeners.contains(t[i - 2].lower)
                && i + 1 < s.tokens.upperBound && t[i + 1].lower == "with" && placeInPhrase(after: i, s) != nil
            // ("agreed at a late-night meeting in Moscow on Jan. 22": a meeting with a city and a day of its own.)
            let article = (max(s.tokens.lowerBound, i - 5)..<i).last { ["a", "an"].contains(t[$0].lower) }
            let placedAndDated = article.map { a in (a + 1..<i).allSatisfy { t[$0].isWord || t[$0].isMark("-") } } ?? false && placeAfter(i, s)
                && (i + 1..<min(s.tokens.upperBound, i + 8)).contains { t[$0].is(.month) || t[$0].is(.weekday) }
            // ("Medinsky held a further meeting with the Ukrainian side": one held with someone.)
            // (One more: not "Putin had a meeting with the Russian Security Council".)
            let heldWith = article.map { a in a > s.tokens.lowerBound && Self.heldOrHad.contains(t[a - 1].lower) && i - a == 2
                && Self.oneMoreMeeting.contains(t[a + 1].lower) } ?? false
                && i + 1 < s.tokens.upperBound && t[i + 1].lower == "with"
            return i > s.tokens.lowerBound && t[i - 1].lower == "a" && (toldAsOver(i, s) && venueAfter(i, s) || pastWith) || placedAndDated || heldWith
        }
        // ("after a session of more than four hours here", "a marathon session with US officials": a session is talks
        // when told with an indefinite article and with its length or those met; "the session" Fidan opened is not new.)
        if w == "session" {
            // ("their second direct negotiating session in Istanbul": a session of negotiation is talks.)
            if i > s.tokens.lowerBound, Self.negotiatingWords.contains(t[i - 1].lower) { return true }
            // ("the next session had been pencilled in for February 1" in a report on a round: the round after it.)
            // (Not "the next session of the Verkhovna Rada", "The UN Security Council will discuss ... at the next session".)
            if i - 1 > s.tokens.lowerBound, t[i - 1].lower == "next", t[i - 2].lower == "the", mainTalks != nil,
               !(i + 1 < s.tokens.upperBound && t[i + 1].lower == "of"), !s.tokens.contains(where: { Self.deliberatingBodies.contains(t[$0].lower) }) { return true }
            guard let a = (max(s.tokens.lowerBound, i - 4)..<i).last(where: { ["a", "an"].contains(t[$0].lower) }),
                  !(a + 1..<i).contains(where: { t[$0].kind == .punct && !t[$0].isMark("-") }) else { return false }
            return (i + 1..<min(s.tokens.upperBound, i + 9)).contains { ["with", "hours", "hour"].contains(t[$0].lower) }
        }
        // ("The two days of closed-door discussions on Jan 23 and 24": days spent in them make them a meeting.)
        if w == "discussions" {
            // (Not "two days of discussions among Russian officials": one side's own.)
            let amongThemselves = i + 1 < s.tokens.upperBound && Self.amongWords.contains(t[i + 1].lower)
            return i > s.tokens.lowerBound && Self.discussionModifiers.contains(t[i - 1].lower) || placeAfter(i, s) || daysOf(i) != nil && !amongThemselves
        }
        // "the second round of talks", or "the second round" alone once rounds are numbered.
        // ("The previous round, held in Istanbul on June 2": a round told as one of a series.)
        // ("a first trilateral round": the ordinal past words describing the round.)
        if w == "round" { return i + 1 < s.tokens.upperBound && t[i + 1].lower == "of"
            || i > s.tokens.lowerBound && (Lexicon.roundOrdinals[t[i - 1].lower] != nil
                || Self.seriesWords.contains(t[i - 1].lower)) || roundNumber(before: i, s) != nil || roundNamedByDayOrPlace(i, s) }
        return true
    }

    /// "the May 16 round", "the Geneva round", "a round in Geneva on Nov. 23": a round with its day or place is a round of
    /// talks, where "a round of strikes" or "all year round" is none (those have no determiner, or "of" decides).
    private func roundNamedByDayOrPlace(_ i: Int, _ s: Sentence) -> Bool {
        var d = i - 1
        // (Past the day or the place: "the May 16 round", "the July round", "the Istanbul round".)
        var named = false
        if d > s.tokens.lowerBound, t[d].kind == .number, t[d - 1].is(.month) { d -= 2; named = true }
        else if d > s.tokens.lowerBound, t[d].is(.month) || t[d].is(.place) && t[d].isCapitalized { d -= 1; named = true }
        // (Past its sides and adjectives: "an earlier US-Ukraine round in Geneva".)
        // ("the last direct Russian-Ukrainian round": the sides it is between name it too.)
        while d > s.tokens.lowerBound, i - d <= 6, t[d].isMark("-") || t[d].is(.stateDemonym) || t[d].is(.statePlace) || t[d].isWord && !t[d].isCapitalized
                && !Self.roundDeterminers.contains(t[d].lower) && !t[d].is(.article) {
            if t[d].is(.stateDemonym) || t[d].is(.statePlace) { named = true }
            d -= 1
        }
        guard d >= s.tokens.lowerBound, Self.roundDeterminers.contains(t[d].lower) else { return false }
        if named { return true }
        // ("The round in Istanbul on May 16": a place right after it; "The round was held ...": told as held.)
        // ("The round on February 4 and 5 followed ...": or a day.)
        return i + 2 < s.tokens.upperBound && (t[i + 1].lower == "in" && t[i + 2].is(.place) && t[i + 2].isCapitalized
            || t[i + 1].lower == "on" && (t[i + 2].is(.month) || t[i + 2].is(.weekday) || t[i + 2].kind == .number && i + 3 < s.tokens.upperBound && t[i + 3].is(.month))
            || Self.roundHeldAuxiliaries.contains(t[i + 1].lower) && t[i + 2].lower == "held" || t[i + 1].lower == "took" && t[i + 2].lower == "place")
    }

    static let roundDeterminers: WordSet = ["the", "a", "an", "that", "this"]
    static let roundHeldAuxiliaries: WordSet = ["was", "is", "will", "had"]
    static let holdingPasts: WordSet = ["held", "hosted", "concluded"]
    static let modalWords: WordSet = ["will", "would", "shall"]
    static let eventingVerbs: WordSet = ["take", "happen", "resume", "begin", "start"]
    static let causeWords: WordSet = ["because", "only", "thanks"]
    static let heldParticiples: WordSet = ["held", "convened", "organised", "organized", "scheduled"]
    static let bareHoldingVerbs: WordSet = ["hold", "have", "host", "begin", "start", "open", "conduct"]
    static let presentCopulas: WordSet = ["is", "are"]
    static let moreMeetingWords: WordSet = ["further", "more"]
    static let meetingDeterminers: WordSet = ["the", "this", "that", "latest", "next", "new", "first", "second", "third", "previous", "last"]
    static let generalDeterminers: WordSet = ["every", "each", "any"]
    static let engagedWords: WordSet = ["involved", "engaged"]
    static let oneOfWords: WordSet = ["last", "final", "latest", "first", "second", "third", "fourth"]
    static let sittingBodies: WordSet = ["cabinet", "government", "parliament", "board", "committee", "party", "shareholders"]
    static let pastWithOpeners: WordSet = ["after", "following", "since"]
    static let discussionModifiers: WordSet = ["peace", "direct"]
    static let meetingSubjects: WordSet = ["leaders", "presidents", "men", "sides", "delegations", "ministers", "envoys"]
    static let negotiatingWords: WordSet = ["negotiating", "negotiation", "bargaining"]
    static let seriesWords: WordSet = ["previous", "latest", "next", "last", "new", "fresh", "further", "another"]

    /// Whether the sentence's venue is named within fifteen words after token `i`.
    func venueAfter(_ i: Int, _ s: Sentence) -> Bool {
        guard let venue = venueIn(s), let k = venueHeadToken(venue, s) else { return false }
        return k > i && k - i <= 15
    }

    func placeAfter(_ i: Int, _ s: Sentence) -> Bool {
        i + 2 < s.tokens.upperBound && t[i + 1].lower == "in" && t[i + 2].is(.place)
    }

    func isDefinite(_ i: Int, _ s: Sentence) -> Bool {
        var j = i - 1
        while j >= s.tokens.lowerBound, i - j <= 7 {
            if Self.definiteMarkers.contains(t[j].lower) { return true }
            // "a third round of talks": a numbered round is a particular one.
            if Lexicon.roundOrdinals[t[j].lower] != nil { return true }
            if t[j].kind == .punct, !t[j].isMark("-") { return false }
            j -= 1
        }
        return false
    }

    static let definiteMarkers: WordSet = ["the", "this", "these", "direct", "latest", "previous", "their"]

    static let moreRoundWords: WordSet = ["another", "new", "fresh", "further", "next"]
    static let offeringVerbs: WordSet = ["proposed", "proposing", "suggested", "suggesting", "floated", "offered", "offering"]

    func isFuture(_ i: Int, _ s: Sentence) -> Bool {
        // ("A fresh round of negotiations is scheduled for Thursday": the words after the whole "round of talks".)
        let head = i + 2 < s.tokens.upperBound && t[i].lower == "round" && t[i + 1].lower == "of" && t[i + 2].is(.talksNoun) ? i + 2 : i
        // ("continue the talks in Abu Dhabi next week": past a place right after the noun.)
        var placeWords = 0
        if head + 2 < s.tokens.upperBound, t[head + 1].is(.placePreposition) {
            while head + 2 + placeWords < s.tokens.upperBound, placeWords < 3, t[head + 2 + placeWords].isCapitalized { placeWords += 1 }
        }
        let lo = max(s.tokens.lowerBound, i - 3), hi = min(s.tokens.upperBound, head + 4 + placeWords)
        // ("then held a further round with Rubio": a round held is past, whatever "further" promises.)
        if (lo..<i).contains(where: { Self.holdingPasts.contains(t[$0].lower) }) { return false }
        if dueToLead(before: i, s) { return true }
        // ("a new round could take place next week", "further meetings might be held in Abu Dhabi": one possible ahead.)
        if head + 3 < s.tokens.upperBound, Self.possibilityModals.contains(t[head + 1].lower),
           Self.eventingVerbs.contains(t[head + 2].lower) || t[head + 2].lower == "be" && Self.heldParticiples.contains(t[head + 3].lower),
           // (Not what made the talks possible: "could take place only because the UAE mediated".)
           !(head + 3..<min(s.tokens.upperBound, head + 7)).contains(where: { Self.causeWords.contains(t[$0].lower) }) { return true }
        // ("Dmitriev would also hold separate talks with Witkoff": a modal a few plain words before the noun.)
        if let k = (max(s.tokens.lowerBound, i - 5)..<max(s.tokens.lowerBound, i - 3)).first(where: { t[$0].is(.futureMarker) && Self.modalWords.contains(t[$0].lower) }),
           (k + 1..<i).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized && !t[$0].is(.meetingTrigger) }),
           (k + 1..<i).contains(where: { Self.bareHoldingVerbs.contains(t[$0].lower) }) { return true }
        // ("sent a different team to the next round, held in Geneva on February 17-18": told as held, however "next".)
        let heldAt = head + 1 < s.tokens.upperBound && t[head + 1].isMark(",") ? head + 2 : head + 1
        if heldAt + 1 < s.tokens.upperBound, t[heldAt].lower == "held", t[heldAt + 1].is(.placePreposition) { return false }
        // ("Ukraine had proposed holding another round between June 20 and June 30": one more round offered is still to come.)
        // ("suggested that the two delegations hold another round": or offered in a clause of its own, with a bare verb.)
        if i > s.tokens.lowerBound, Self.moreRoundWords.contains(t[i - 1].lower),
           (max(s.tokens.lowerBound, i - 5)..<(i - 1)).contains(where: { Self.offeringVerbs.contains(t[$0].lower) })
            || i - 2 > s.tokens.lowerBound && Self.bareHoldingVerbs.contains(t[i - 2].lower)
                && (max(s.tokens.lowerBound, i - 9)..<(i - 2)).contains(where: { k in Self.offeringVerbs.contains(t[k].lower)
                    && k + 1 < i && t[k + 1].lower == "that" && !(k + 2..<(i - 2)).contains { t[$0].kind == .punct } }) { return true }
        for j in lo..<hi {
            // ("had received the document only during the meeting and would need a week": another clause's verb.)
            if j > head, t[j].isMark(",") || t[j].lower == "and" || t[j].lower == "but" { break }
            // ("Fidan said after the meeting that Turkey would continue": "that" opens what was said.)
            if j > head, t[j].lower == "that", (max(s.tokens.lowerBound, i - 4)..<i).contains(where: { t[$0].is(.sayingVerb) }) { break }
            if t[j].is(.futureMarker) { return true }
        }
        return false
    }

    /// (`except`: the trigger's own words, "would call Zelenskyy" is no "call for" a meeting.)
    func status(_ s: Sentence, default d: MeetingStatus, except: Range<Int> = 0..<0) -> MeetingStatus {
        var planned = false, proposed = false, held = false, agreed = false
        // (Quoted words set no status: "'If the Russian delegation is not ready ...,' Zelenskiy said in Tirana, where he joined
        // European leaders at a summit".)
        for i in s.tokens where t[i].quote == nil && !except.contains(i) {
            let c = t[i].classes
            // "May 19" is a date, not the modal that makes a meeting a possibility.
            if c.contains(.month), t[i].isCapitalized { continue }
            if c.contains(.proposedMarker), !qualifiesAnotherNoun(i, s), !isCallHeld(i, s) { proposed = true }
            if c.contains(.heldMarker) { held = true }
            // ("he was due to meet Meloni in Rome": due to do, not "due to" a cause.)
            // (Length first: this runs on every word of the sentence.)
            if t[i].end - t[i].start == 3, t[i].lower == "due", i > s.tokens.lowerBound, i + 1 < s.tokens.upperBound, Self.copulas.contains(t[i - 1].lower),
               t[i + 1].lower == "to" { planned = true }
            // ("Merz is to host the leaders for a meeting": "is to" an event's verb, said of a person, tells it planned; not
            // "the aim is to sign a deal".)
            if t[i].end - t[i].start == 2, t[i].lower == "to", i - 2 >= s.tokens.lowerBound, i + 1 < s.tokens.upperBound,
               Self.presentCopulas.contains(t[i - 1].lower), people.personAt[i - 2] != nil, Lexicon.eventVerbs.contains(t[i + 1].lower) {
                planned = true
            }
            // ("wrapped up their meeting without an agreement": no agreement.)
            guard !c.isDisjoint(with: [.plannedMarker, .agreedMarker]), !negated(i, s) else { continue }
            if c.contains(.plannedMarker) { planned = true }
            if c.contains(.agreedMarker) { agreed = true }
        }
        // An agreement, then a suggestion not yet agreed, then a future or past event; otherwise the kind's default.
        if agreed && d != .held { return .planned }
        if proposed && !(held && d == .held) { return .proposed }
        if planned { return .planned }
        if held { return .held }
        return d
    }

    /// "without an agreement", "no agreement": the word at `i` denied.
    private func negated(_ i: Int, _ s: Sentence) -> Bool {
        i - 2 >= s.tokens.lowerBound && (Self.absenceWords.contains(t[i - 1].lower)
            || Self.absenceWords.contains(t[i - 2].lower) && t[i - 1].is(.article))
    }

    static let absenceWords: WordSet = ["without", "no"]
    static let attributiveMarkers: WordSet = ["possible", "potential"]

    /// "focused on a possible ceasefire, and produced the first prisoner swap": "possible" or "potential" after an article,
    /// qualifying a noun that is no meeting, puts no meeting forward ("a possible fourth meeting" does).
    /// "had a telephone call with Putin": a call had, not a call for a meeting ("calls for talks", "a call to meet", "call on").
    private func isCallHeld(_ i: Int, _ s: Sentence) -> Bool {
        guard Self.proposalCallNouns.contains(t[i].lower) else { return false }
        // (Not "calls from European capitals for a summit": a call by phone or video, one with someone, or the one told,
        // "described the call as long", not "the call for talks".)
        let callFor = i + 1 < s.tokens.upperBound && Self.callForWords.contains(t[i + 1].lower)
        return i > s.tokens.lowerBound && Self.callMedia.contains(t[i - 1].lower)
            || i + 1 < s.tokens.upperBound && Self.callPartners.contains(t[i + 1].lower)
            || i > s.tokens.lowerBound && Self.toldCallDeterminers.contains(t[i - 1].lower) && !callFor
    }

    static let proposalCallNouns: WordSet = ["call", "calls"]
    static let callMedia: WordSet = ["phone", "telephone", "video", "conference"]
    static let callPartners: WordSet = ["with", "between"]
    static let callForWords: WordSet = ["for", "to", "on"]
    static let toldCallDeterminers: WordSet = ["the", "this", "that", "his", "her", "their"]

    private func qualifiesAnotherNoun(_ i: Int, _ s: Sentence) -> Bool {
        guard Self.attributiveMarkers.contains(t[i].lower), i > s.tokens.lowerBound, t[i - 1].is(.article),
              i + 1 < s.tokens.upperBound, t[i + 1].isWord else { return false }
        return !(i + 1..<min(s.tokens.upperBound, i + 4)).contains { t[$0].is(.meetingTrigger) }
    }

    /// The states named in the clause of token `i` from its opener on ("that Ukraine accepted during
    /// talks in Jeddah with a U.S. team"), by demonym or through the people in it.
    func statesNamed(around i: Int, in s: Sentence) -> Set<String> {
        var lo = i
        while lo > s.tokens.lowerBound, !Lexicon.clauseOpeners.contains(t[lo - 1].lower) || t[lo - 1].quote != nil { lo -= 1 }
        var out = Set<String>()
        for k in lo..<s.tokens.upperBound {
            // (", while Lithuanian leaders cautioned ...": another clause's states.)
            if k > i, t[k].isMark(";") || Lexicon.clauseContrasts.contains(t[k].lower) && k > lo && t[k - 1].isMark(",") { break }
            if let p = people.personAt[k], let c = people.people[p].country { out.insert(c) }
            // ("consultations with a delegation from Kiev": the city a delegation comes from is its state.)
            if k >= lo + 2, t[k].isCapitalized, t[k - 1].lower == "from", t[k - 2].is(.delegationNoun), let c = Lexicon.placeCountry[t[k].lower] {
                out.insert(c)
            }
            if t[k].isCapitalized || t[k].isAllCaps, t[k].is(.stateDemonym), let c = Lexicon.demonyms[t[k].lower], !c.isEmpty { out.insert(c) }
            // ("Russia and the United States held talks": a state of two words.)
            if t[k].isCapitalized, k + 1 < s.tokens.upperBound, t[k + 1].isCapitalized,
               let c = Lexicon.demonyms[t[k].lower + " " + t[k + 1].lower], !c.isEmpty { out.insert(c) }
        }
        return out
    }

    /// The states of the people met after "with" or "between", and a demonym right after it ("with the American
    /// side"), not one describing a place further on ("between US and Ukrainian officials in the Saudi Arabian city").
    func statesMet(after i: Int, _ s: Sentence) -> Set<String> {
        var out = statesBetween(after: i, s, peopleOnly: true)
        guard i + 2 < s.tokens.upperBound, Self.partnerPrepositions.contains(t[i + 1].lower) else { return out }
        let k = t[i + 2].is(.article) ? i + 3 : i + 2
        if k < s.tokens.upperBound, t[k].isCapitalized || t[k].isAllCaps, t[k].is(.stateDemonym),
           let c = Lexicon.demonyms[t[k].lower], !c.isEmpty { out.insert(c) }
        return out
    }

    /// "talks between American and Ukrainian officials": the states named after "between" (or "with").
    /// (`peopleOnly`: the states of the people named there, not of demonyms, which may describe the place.)
    func statesBetween(after i: Int, _ s: Sentence, peopleOnly: Bool = false) -> Set<String> {
        guard i + 2 < s.tokens.upperBound, Self.partnerPrepositions.contains(t[i + 1].lower) else { return [] }
        var out = Set<String>()
        var k = i + 2
        while k < s.tokens.upperBound, k - i <= 9, !t[k].isMark(","), !t[k].isMark(";") {
            if let p = people.personAt[k], let c = people.people[p].country { out.insert(c) }
            if !peopleOnly, t[k].isCapitalized || t[k].isAllCaps, t[k].is(.stateDemonym), let c = Lexicon.demonyms[t[k].lower], !c.isEmpty { out.insert(c) }
            k += 1
        }
        return out
    }

    /// "talks between Russia, Ukraine and the United States": three or more states listed right after "between" or "with"
    /// the noun at `i`, joined by commas and "and" only; empty for fewer.
    /// The state named at `k` by one or two capitalised words ("the United Kingdom", "France"; with `demonyms`, "Ukrainian"
    /// too), and where its name ends. Not a city of two words ("Abu Dhabi").
    func stateName(at k: Int, _ s: Sentence, demonyms: Bool) -> (code: String, upper: Int)? {
        if k + 1 < s.tokens.upperBound, t[k].isCapitalized, t[k + 1].isCapitalized, let c = Lexicon.placeCountry(t[k].lower, t[k + 1].lower),
           !c.isEmpty, !Lexicon.cities.contains(t[k].lower + " " + t[k + 1].lower) { return (c, k + 2) }
        guard t[k].is(.statePlace) || demonyms && t[k].is(.stateDemonym), t[k].isCapitalized || t[k].isAllCaps,
              let c = Lexicon.placeCountry[t[k].lower] ?? (demonyms ? Lexicon.demonyms[t[k].lower] : nil), !c.isEmpty else { return nil }
        return (c, k + 1)
    }

    func statesListed(after i: Int, _ s: Sentence) -> Set<String> {
        guard i + 2 < s.tokens.upperBound, Self.partnerPrepositions.contains(t[i + 1].lower) else { return [] }
        var listed = Set<String>()
        var k = i + 2
        while k < s.tokens.upperBound, k - i <= 12 {
            if let state = stateName(at: k, s, demonyms: true) { listed.insert(state.code); k = state.upper; continue }
            guard t[k].isMark(",") || t[k].lower == "and" || t[k].lower == "the" else { break }
            k += 1
        }
        return listed.count >= 3 ? listed : []
    }

    /// The states a sentence opens with ("The United States and Russia have agreed ... after talks in Riyadh").
    /// (`byPeople`: only the states of demonyms and people, not of a place the subject names, such as a dateline's.)
    func statesInSubject(of s: Sentence, byPeople: Bool = false) -> Set<String> {
        var out = Set<String>()
        var k = s.tokens.lowerBound
        // ("JEDDAH, Saudi Arabia (AP) — Ukraine said ...": the subject follows the dateline's dash.)
        // ("Abu Dhabi (AFP) – Ukrainian and Russian military officials wrapped up ...": a dateline in capitals and small
        // letters, with its agency's credit.)
        if t[k].isAllCaps || t[k].isCapitalized && s.tokens.prefix(6).contains(where: { t[$0].isMark("(") }),
           let dash = s.tokens.prefix(12).first(where: { t[$0].isDashMark }) { k = dash + 1 }
        // ("On Sunday, a US team held talks with ...": past a fronted day, and the article of the subject.)
        if k + 1 < s.tokens.upperBound, Self.frontedDayOpeners.contains(t[k].lower),
           let comma = (k + 1..<min(s.tokens.upperBound, k + 6)).first(where: { t[$0].isMark(",") }),
           (k + 1..<comma).contains(where: { t[$0].is([.weekday, .month]) || t[$0].kind == .number }) {
            k = comma + 1
            if k + 1 < s.tokens.upperBound, t[k].is(.article), t[k + 1].isCapitalized || t[k + 1].isAllCaps { k += 1 }
        }
        while k < s.tokens.upperBound, t[k].isCapitalized || t[k].isAllCaps || Self.nameJoiners.contains(t[k].lower) {
            if k + 1 < s.tokens.upperBound, let c = Lexicon.placeCountry(t[k].lower, t[k + 1].lower), !c.isEmpty {
                if !byPeople { out.insert(c) }
                k += 2; continue
            }
            if let p = people.personAt[k], let c = people.people[p].country { out.insert(c) }
            if t[k].is([.stateDemonym, .statePlace]), let c = Lexicon.demonyms[t[k].lower] ?? (byPeople ? nil : Lexicon.placeCountry[t[k].lower]), !c.isEmpty {
                out.insert(c)
            }
            k += 1
        }
        return out
    }

    static let nameJoiners: WordSet = ["and", "of", "the"]
    static let frontedDayOpeners: WordSet = ["on", "earlier", "later", "late", "early"]

    /// States named by demonym between the clause's opener and token `i` ("Russian and American expert groups").
    func demonymStates(before i: Int, _ s: Sentence) -> [String] {
        var out: [String] = []
        var k = i - 1
        while k >= s.tokens.lowerBound, !t[k].isMark(","), !t[k].isMark(";"), !Lexicon.clauseOpeners.contains(t[k].lower) {
            if t[k].isCapitalized || t[k].isAllCaps, t[k].is(.stateDemonym), let c = Lexicon.demonyms[t[k].lower], !c.isEmpty, !out.contains(c) {
                out.insert(c, at: 0)
            }
            k -= 1
        }
        return out
    }

    /// The states of a call's sentence up to the comma that closes the call's clause: "Trump spoke with Putin by phone on
    /// Dec. 28, hours before sitting down with Zelensky" is no call with Zelensky. A comma before a name goes on with a
    /// list of those called; with fewer than two states before the comma, the whole sentence's.
    func callClauseCountries(after e: Int, _ s: Sentence) -> [String] {
        // ("Before Zelensky arrived, Trump spoke with Putin by phone": nor who came, told in a clause before.)
        if let comma = frontedArrival(s)?.comma {
            var own = s
            own.tokens = (comma + 1)..<s.tokens.upperBound
            let after = callClauseCountries(after: e, own)
            if after.count >= 2 { return after }
        }
        // ("spoke to Vladimir Putin by phone before welcoming the Ukrainian leader": what came before or after is no side.)
        // ("spoke to Vladimir Putin by phone hours before Zelensky arrived": nor who came after.)
        if let g = (e..<s.tokens.upperBound).first(where: { k in
            Self.timeConjunctions.contains(t[k].lower) && k + 1 < s.tokens.upperBound
                && (t[k + 1].isWord && t[k + 1].lower.hasSuffix("ing") || k > e && Self.closeInTime.contains(t[k - 1].lower)) }) {
            var own = s
            own.tokens = s.tokens.lowerBound..<g
            let before = countries(own)
            if before.count >= 2 { return before }
        }
        guard let comma = (e..<s.tokens.upperBound).first(where: { k in
            t[k].isMark(",") && k + 1 < s.tokens.upperBound && people.personAt[k + 1] == nil && !t[k + 1].is(.titleWord)
                && !(t[k + 1].lower == "and" && k + 2 < s.tokens.upperBound && people.personAt[k + 2] != nil)
        }) else { return countries(s) }
        var own = s
        own.tokens = s.tokens.lowerBound..<comma
        let before = countries(own)
        return before.count >= 2 ? before : countries(s)
    }

    /// "spoke to Putin by phone hours before Zelensky arrived": the day of the latest meeting told before with the state of
    /// the one who came, when the time between is told in hours or less.
    func dayOfArrivalCloseBy(after e: Int, _ s: Sentence) -> DateValue? {
        // ("Before Zelensky arrived, Trump spoke with Putin by phone": the clause told first.)
        if let (_, c) = frontedArrival(s), let day = dayOfLatestMeeting(with: c, before: s) { return day }
        // ("Trump spoke to Putin by phone before the meeting": the day of the meeting just told.)
        // (Not another meeting named by what follows it, "before the meeting in Alaska", nor a call still ahead.)
        if e + 2 < s.tokens.upperBound, Self.timeConjunctions.contains(t[e].lower), t[e + 1].lower == "the",
           t[e + 2].is(.summitNoun) || t[e + 2].is(.talksNoun),
           !(e + 3 < s.tokens.upperBound && Self.meetingNamers.contains(t[e + 3].lower)),
           !(s.tokens.lowerBound..<e).contains(where: { Lexicon.futureTense.contains(t[$0].lower) }),
           let m = meetings.last(where: { $0.span.end <= s.span.start && $0.kind != .call && $0.date?.utf8.count == 10 }) {
            return m.date.flatMap(DateValue.parseISO)
        }
        // ("spoke by phone with Putin before the Ukrainian team arrived": right after the call's words, or "hours before".)
        guard let g = (e..<s.tokens.upperBound).first(where: { k in Self.timeConjunctions.contains(t[k].lower) && k > e
                  && (Self.closeInTime.contains(t[k - 1].lower) || k - e <= 6 && !(e..<k).contains { t[$0].kind == .punct || Self.longSpans.contains(t[$0].lower) }) }),
              let (at, c) = arrivingSide(after: g, s),
              (at + 1..<min(s.tokens.upperBound, at + 5)).contains(where: { Self.arrivingVerbs.contains(t[$0].lower) }),
              let day = dayOfLatestMeeting(with: c, before: s) else { return nil }
        return day
    }

    /// The full day of the latest meeting, not a call, told before `s` with state `c` among its sides.
    private func dayOfLatestMeeting(with c: String, before s: Sentence) -> DateValue? {
        meetings.last(where: { $0.span.end <= s.span.start && $0.kind != .call && $0.parties.contains(c) && $0.date?.utf8.count == 10 })
            .flatMap { $0.date.flatMap(DateValue.parseISO) }
    }

    /// "Before Zelensky arrived,", "Hours before the Ukrainian team landed,": a clause of arrival opening the sentence, the
    /// comma closing it and the state of the one who came.
    func frontedArrival(_ s: Sentence) -> (comma: Int, state: String)? {
        var g = s.tokens.lowerBound
        if g + 1 < s.tokens.upperBound, Self.closeInTime.contains(t[g].lower) { g += 1 }
        guard g < s.tokens.upperBound, t[g].lower == "before", let (at, c) = arrivingSide(after: g, s),
              let v = (at + 1..<min(s.tokens.upperBound, at + 5)).first(where: { Self.arrivingVerbs.contains(t[$0].lower) }),
              let comma = (v + 1..<min(s.tokens.upperBound, v + 6)).first(where: { t[$0].isMark(",") }) else { return nil }
        return (comma, c)
    }

    /// Who arrives after the conjunction at `g`: a person, or "the Ukrainian team" / "the Ukrainian leader"; and their state.
    private func arrivingSide(after g: Int, _ s: Sentence) -> (Int, String)? {
        if let at = (g + 1..<min(s.tokens.upperBound, g + 5)).first(where: { self.people.personAt[$0] != nil }),
           let p = people.personAt[at], let c = people.people[p].country { return (at, c) }
        guard g + 3 < s.tokens.upperBound, t[g + 1].is(.article), t[g + 2].is(.stateDemonym),
              t[g + 3].is([.delegationNoun, .leaderNoun]), let c = Lexicon.demonyms[t[g + 2].lower], !c.isEmpty else { return nil }
        return (g + 3, c)
    }

    func countries(_ s: Sentence) -> [String] {
        var out: [String] = []
        for i in s.tokens {
            if let p = people.personAt[i], let c = people.people[p].country, !out.contains(c) { out.append(c) }
            // ("The US president spoke to Vladimir Putin by phone": a state's leader told by office, with no name after.)
            if t[i].is(.stateDemonym), t[i].isCapitalized || t[i].isAllCaps, i + 1 < s.tokens.upperBound, people.personAt[i] == nil,
               Self.singleLeaderNouns.contains(t[i + 1].lower), !(i + 2 < s.tokens.upperBound && people.personAt[i + 2] != nil),
               // (Not an office owning something: "the French president's plan".)
               !(i + 2 < s.tokens.upperBound && (t[i + 2].kind == .possessive || t[i + 2].isMark("'") || t[i + 2].isMark("\u{2019}"))),
               let c = Lexicon.demonyms[t[i].lower], !c.isEmpty, !out.contains(c) { out.append(c) }
        }
        return out
    }

    static let timeConjunctions: WordSet = ["before", "after", "while"]
    static let singleLeaderNouns: WordSet = ["president", "leader", "chancellor", "premier"]
}
