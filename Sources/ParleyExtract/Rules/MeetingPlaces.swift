/// Where a meeting was held: a city after "in" or described at length, a host, a venue.
extension MeetingRules {
    /// "in Istanbul", "in Istanbul, Turkey": the first known place after "in"; or "the Istanbul talks".
    func placeIn(_ s: Sentence) -> String? {
        // ("The Anchorage summit on Friday": a city before any meeting noun.)
        for i in s.tokens where s.mayHave(.city) && i + 1 < s.tokens.upperBound && t[i].is(.city) && t[i].isCapitalized
            && (t[i + 1].is(.talksNoun) || t[i + 1].is(.summitNoun)) {
            return t[i].text
        }
        // ("The two earlier rounds, held in the same city on May 16 and June 2": the main round's city.)
        // ("Merz hosted a meeting of European leaders with Zelensky at the same building": or the latest meeting's.)
        if s.mayHave(.cueWord), let k = s.tokens.first(where: { t[$0].end - t[$0].start == 4 && t[$0].lower == "same" }),
           k >= s.tokens.lowerBound + 2, k + 1 < s.tokens.upperBound, Self.samePlaceNouns.contains(t[k + 1].lower), t[k - 1].lower == "the",
           t[k - 2].lower == "in" || t[k - 2].lower == "at",
           let city = mainTalks.flatMap({ meetings[$0].place }) ?? meetings.last(where: { $0.place != nil || $0.venue != nil })
            .flatMap({ m in m.place ?? m.venue.flatMap { Lexicon.venueCities[$0.lexKey] } }) {
            return city
        }
        // A city after "in" (also "in Turkey’s Istanbul") wins over a country after "in".
        var country: String? = nil
        // ("on the outskirts of the Saudi capital": "of" after a word of the city's parts places like "in".)
        for i in s.tokens where (t[i].is(.placePreposition) || t[i].end - t[i].start == 2 && t[i].lower == "of" && i > s.tokens.lowerBound
                                 && Lexicon.cityParts.contains(t[i - 1].lower)) && i + 1 < s.tokens.upperBound {
            var k = i + 1
            // ("at the heart of Washington's peace plan": a city owning what the part is of is no place.)
            // ("remained, in Kyiv's view, the only way": nor one owning a view after "in".)
            if t[i].lower == "of" || t[i].lower == "in", k + 2 < s.tokens.upperBound, t[k + 1].kind == .possessive, !t[k + 2].is(.place),
               t[i].lower == "of" || Self.viewNouns.contains(t[k + 2].lower) { continue }
            // ("Zelenskiy, speaking in Ankara, said", "said in Vilnius that": where someone spoke, not where they met.)
            // ("Speaking in Ankara alongside Erdoğan, Zelensky said": a fronted phrase may place the encounter it tells.)
            if i > s.tokens.lowerBound, t[i - 1].is(.sayingVerb) && t[i - 1].lower != "speaking"
                || t[i - 1].lower == "speaking" && i - 2 >= s.tokens.lowerBound && t[i - 2].isMark(",") { continue }
            // ("Speaking in Abu Dhabi at the end of his Gulf trip, Trump said he would meet Putin": unless it names whom they
            // spoke alongside.)
            if i - 1 == s.tokens.lowerBound, t[i - 1].lower == "speaking", !frontedPhraseNamesCompany(after: i, s) { continue }
            // "in the Albanian capital Tirana", "in the Turkish resort of Antalya": a description before the city.
            if t[k].is(.article), let city = describedCity(after: k, s) { return cityName(city) }
            // "in the Saudi capital on Tuesday": the capital of the state the demonym names.
            if t[k].is(.article), k + 2 < s.tokens.upperBound, t[k + 1].is(.stateDemonym), t[k + 2].lower == "capital",
               let code = Lexicon.demonyms[t[k + 1].lower], let capital = Lexicon.capitals[code] { return capital }
            // ("in the capital of the United Arab Emirates", "in the capital of Saudi Arabia": that state's capital.)
            if t[k].lower == "the", k + 3 < s.tokens.upperBound, t[k + 1].lower == "capital", t[k + 2].lower == "of",
               let capital = capitalOfState(at: k + 3, s) { return capital }
            // ("spent Sunday at the US mission in the Swiss city": the city of that state named last.)
            if t[k].is(.article), k + 2 < s.tokens.upperBound, t[k + 1].is(.stateDemonym), t[k + 2].lower == "city",
               let code = Lexicon.demonyms[t[k + 1].lower], !code.isEmpty, let city = lastCity(of: code, before: s.tokens.lowerBound) { return city }
            if k + 2 < s.tokens.upperBound, t[k + 1].kind == .possessive, t[k].is(.place), t[k + 2].is(.place) { k += 2 }
            // ("meet again in the United States at the weekend": a state of several words after "the".)
            if country == nil, t[i].lower == "in", t[k].lower == "the", k + 1 < s.tokens.upperBound, t[k + 1].isCapitalized,
               let n = placeOfWords(at: k + 1, s), t[k + n].isCapitalized,
               let code = Lexicon.placeCountry[t[(k + 1)...(k + n)].map(\.lower).joined(separator: " ")], !code.isEmpty {
                country = doc.text(tokens: (k + 1)..<(k + 1 + n))
            }
            let w = t[k].lower
            guard t[k].isCapitalized else { continue }
            // ("the Bucharest Nine summit": a city inside a capitalised name is not the place.)
            // ("in The Hague": the article is part of the city's name.)
            if t[k].is(.city), !(k + 1 < s.tokens.upperBound && t[k + 1].isCapitalized) {
                return cityName(k)
            }
            if let city = knownCity(at: k, s), city.upper > k + 1 { return city.name }
            // ("talks in Saudi Arabia": a state of two words.)
            if country == nil, t[i].lower == "in", k + 1 < s.tokens.upperBound, t[k + 1].isCapitalized,
               let code = Lexicon.placeCountry[w + " " + t[k + 1].lower], !code.isEmpty {
                country = doc.text(tokens: k..<(k + 2))
            }
            // ("the war in Ukraine" places nothing.)
            if country == nil, t[i].lower == "in", t[k].is(.statePlace), let code = Lexicon.placeCountry[w], !code.isEmpty,
               i == s.tokens.lowerBound || !Lexicon.conflictNouns.contains(t[i - 1].lower) { country = t[k].text }
        }
        return country ?? hostPlace(s) ?? placeHere(s) ?? unlistedCity(s)
    }

    static let viewNouns: WordSet = ["view", "eyes", "opinion", "assessment", "words", "interest", "interests", "judgement", "judgment"]
    static let samePlaceNouns: WordSet = ["city", "building", "venue", "place", "palace", "hotel", "location", "site", "chancellery"]

    /// "Zelensky met Stubb in Turku on March 19": a capitalised word in no lexicon after "in", right after a person met
    /// or a meeting noun, is a city the gazetteer does not list.
    func unlistedCity(_ s: Sentence) -> String? {
        guard s.mayHave([.meetVerb, .meetingTrigger]) else { return nil }
        // (The class bit first: most tokens are ruled out without a string.)
        for i in s.tokens where t[i].is(.placePreposition) && i > s.tokens.lowerBound && i + 1 < s.tokens.upperBound
            && t[i].end - t[i].start == 2 && t[i].lower == "in" {
            let k = i + 1
            guard t[k].isCapitalized, !t[k].isAllCaps, t[k].classes.isEmpty, people.personAt[k] == nil, t[k].quote == nil,
                  k + 1 == s.tokens.upperBound || !t[k + 1].isCapitalized && t[k + 1].kind != .possessive && !t[k + 1].isMark("-") else { continue }
            // (Right after someone met or a meeting noun: "met Stubb in", "talks in".)
            let before = i - 1
            let metPerson = people.personAt[before] != nil && (s.tokens.lowerBound..<before).contains { t[$0].is(.meetVerb) }
            if metPerson || t[before].is(.talksNoun) || t[before].is(.summitNoun) { return t[k].text }
        }
        return nil
    }

    /// "the Riyadh meeting would be devoted to ... preparing a possible summit": a city that only stands before another
    /// meeting noun names that meeting, not the one at `i`.
    func namesOtherMeeting(place: String, than i: Int, _ s: Sentence) -> Bool {
        let uses = s.tokens.filter { t[$0].text == place }
        // ("Witkoff visited Moscow for three hours of talks with Putin, a meeting that led to Friday's encounter": or
        // another meeting noun stands between it and the one at `i`.)
        return !uses.isEmpty && uses.allSatisfy { k in
            k + 1 < s.tokens.upperBound && k + 1 != i && (t[k + 1].is(.talksNoun) || t[k + 1].is(.summitNoun))
                || k < i && (k + 1..<i).contains { t[$0].is(.meetingTrigger) && t[$0].quote == nil }
                // ("on a summit of their leaders, after a third round of direct talks in Istanbul": or after it.)
                || k > i + 1 && (i + 1..<k).contains { t[$0].is(.meetingTrigger) && t[$0].quote == nil } }
    }

    static let sendingVerbs: WordSet = ["send", "sends", "sent", "sending", "dispatch", "dispatched"]
    /// Past verbs of leading or sending a delegation somewhere, which tell a journey's tense as "flew" does.
    static let pastSendingVerbs: WordSet = ["led", "headed", "sent", "dispatched"]
    static let pastJourneyVerbs: WordSet = ["flew", "travelled", "traveled", "went", "headed", "visited"]
    static let visitVerbs: WordSet = ["visited", "visits", "visiting"]
    static let journeyVerbs = WordSet(pastJourneyVerbs.union(["flies", "travels", "heads", "goes", "fly", "travel", "go", "head"]))

    /// "Driscoll flew to Abu Dhabi on Monday to meet a Russian delegation": the place a journey just before
    /// the verb of meeting led to.
    func destination(before i: Int, _ s: Sentence) -> (place: String, verb: Int)? {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 10, t[k].kind != .punct || PeopleRules.isInnerDot(doc, k) {
            // ("flew from the World Economic Forum in Davos to Moscow": past where the journey began.)
            let from = t[k].lower == "to" ? (max(s.tokens.lowerBound, k - 9)..<(k - 1)).last(where: { v in
                Self.journeyVerbs.contains(t[v].lower) && v + 1 < k && t[v + 1].lower == "from" }) : nil
            if t[k].lower == "to", Self.journeyVerbs.contains(t[k - 1].lower) || from != nil, k + 1 < i, t[k + 1].isCapitalized {
                let verb = from ?? k - 1
                let one = t[k + 1].lower
                if k + 2 < i, t[k + 2].isCapitalized, let code = Lexicon.placeCountry[one + " " + t[k + 2].lower], !code.isEmpty {
                    return (doc.text(tokens: (k + 1)..<(k + 3)), verb)
                }
                return t[k + 1].is(.city) ? (t[k + 1].text, verb) : nil
            }
            // ("will lead a Pentagon delegation to Kyiv on Thursday to meet Zelenskyy": a delegation led or sent to a city.)
            if t[k].lower == "to", t[k - 1].is(.delegationNoun), k + 1 < i, t[k + 1].isCapitalized, t[k + 1].is(.city),
               let v = (max(s.tokens.lowerBound, k - 5)..<(k - 1)).last(where: { t[$0].is(.leadVerb) || Self.sendingVerbs.contains(t[$0].lower) }) {
                return (cityName(k + 1), v)
            }
            // ("Witkoff visited Moscow for three hours of talks with Putin": the city visited.)
            if Self.visitVerbs.contains(t[k].lower), k + 1 < i, t[k + 1].isCapitalized, t[k + 1].is(.city) { return (t[k + 1].text, k) }
            k -= 1
        }
        return nil
    }

    /// The first journey's destination in the sentence, outside quotations ("is due to travel to Moscow next
    /// week for talks with Putin").
    func journeyPlace(_ s: Sentence) -> String? {
        // (Each way below ends at a verb of journey or visit.)
        guard s.mayHave(.journeyVerb) else { return nil }
        for k in s.tokens where t[k].end - t[k].start == 2 && k + 1 < s.tokens.upperBound && t[k].lower == "to" && t[k].quote == nil {
            if let found = destination(before: k + 2, s), found.verb == k - 1 { return found.place }
        }
        // (The city after the verb first: its bits are cheap, and most words are followed by none.)
        for k in s.tokens where k + 1 < s.tokens.upperBound && t[k + 1].isCapitalized && t[k + 1].is(.city) {
            if Self.visitVerbs.contains(t[k].lower), t[k].quote == nil { return t[k + 1].text }
        }
        return nil
    }

    /// Whether the place's name stands in a relative aside (", who spoke with Zelenskyy in Ankara on Thursday,")
    /// that does not hold token `i`: the aside's place is its own event's.
    func inAsideApart(from i: Int, place: String, _ s: Sentence) -> Bool {
        let first = place.split(separator: " ").first.map(String.init) ?? place
        guard let k = s.tokens.first(where: { t[$0].text == first }),
              let open = (s.tokens.lowerBound..<k).last(where: { t[$0].isMark(",") }), open + 1 < k,
              Self.relativeAsideOpeners.contains(t[open + 1].lower),
              let close = (k..<s.tokens.upperBound).first(where: { t[$0].isMark(",") }) else { return false }
        return !(open..<close).contains(i)
    }

    static let relativeAsideOpeners: WordSet = ["who", "which", "where"]

    /// "a summit ... to respond to the plan that had landed in Kyiv two days earlier": a place told after the meeting's noun
    /// in a relative clause on another noun is where that thing was, not the meeting.
    func inRelativeClause(after i: Int, place: String, _ s: Sentence) -> Bool {
        guard let k = placeEnd(place, in: i..<s.tokens.upperBound), k > i + 2 else { return false }
        return (i + 2..<k).contains { r in
            Self.thatOrWhich.contains(t[r].lower) && r + 1 < k && Self.relativeAuxiliaries.contains(t[r + 1].lower)
                && t[r - 1].isWord && !t[r - 1].is(.meetingTrigger)
        }
    }

    static let relativeAuxiliaries: WordSet = ["had", "has", "have", "was", "were", "is", "are"]

    /// "ended their summit here Friday", "met here": the dateline's city, when "here" follows a meeting word.
    private func placeHere(_ s: Sentence) -> String? {
        guard let datelineCity else { return nil }
        for k in s.tokens where k > s.tokens.lowerBound && t[k].lower == "here" && t[k].quote == nil {
            // ("talks here", "a session of more than four hours here": the meeting named just before, no mark between.)
            var j = k - 1
            while j > s.tokens.lowerBound, k - j <= 7, t[j].kind != .punct, !(t[j].is(.meetingTrigger) || t[j].is(.meetVerb)) { j -= 1 }
            if t[j].is(.meetingTrigger) || t[j].is(.meetVerb) { return datelineCity }
        }
        return nil
    }

    /// A city of two or three capitalised words the gazetteer knows ("Abu Dhabi", "Addis Ababa", "Dar es Salaam"
    /// has a word in lower case), and the token after it.
    func knownCity(at k: Int, _ s: Sentence) -> (name: String, upper: Int)? {
        guard t[k].isCapitalized else { return nil }
        // ("St. Petersburg", "St Petersburg", "Saint Petersburg": one city however the saint is written.)
        if t[k].lower == "st" || t[k].lower == "saint" {
            let n = k + 1 < s.tokens.upperBound && PeopleRules.isInnerDot(doc, k + 1) ? k + 2 : k + 1
            if n < s.tokens.upperBound, t[n].isCapitalized, Lexicon.cities.contains("saint " + t[n].lower) { return (doc.text(tokens: k..<(n + 1)), n + 1) }
        }
        guard t[k].is(.cityStart) else { return t[k].is(.city) ? (cityName(k), k + 1) : nil }
        for n in [3, 2] where k + n <= s.tokens.upperBound && (k..<(k + n)).allSatisfy({ t[$0].isWord }) && t[k + n - 1].isCapitalized {
            let key = t[k..<(k + n)].map(\.lower).joined(separator: " ")
            if Lexicon.cities.contains(key) { return (doc.text(tokens: k..<(k + n)), k + n) }
        }
        return t[k].is(.city) ? (cityName(k), k + 1) : nil
    }

    /// The last city of state `code` named before token `k`.
    func lastCity(of code: String, before k: Int) -> String? {
        var j = k - 1
        while j >= 0 {
            if t[j].is(.city), t[j].isCapitalized, Lexicon.placeCountry[t[j].text.lexKey] == code { return cityName(j) }
            j -= 1
        }
        return nil
    }

    /// The last token of the first mention of place `p` in `range`, of one word or several ("Palm Beach").
    func placeEnd(_ p: String, in range: Range<Int>) -> Int? {
        let words = p.split(separator: " ")
        guard let first = words.first else { return nil }
        return range.first { k in
            k + words.count <= range.upperBound && t[k].text == first
                && words.indices.allSatisfy { w in t[k + w].text == words[w] }
        }.map { $0 + words.count - 1 }
    }

    /// The city named at `k`. ("in The Hague": the article is part of that city's name.)
    func cityName(_ k: Int) -> String { t[k].lower == "hague" ? "The Hague" : t[k].text }

    /// Whether a fronted phrase ("Speaking in Ankara alongside Erdoğan,", "Speaking in Ankara after meeting Erdoğan,")
    /// names someone beside the speaker, or a meeting, before its comma.
    private func frontedPhraseNamesCompany(after i: Int, _ s: Sentence) -> Bool {
        var k = i
        while k < s.tokens.upperBound, k - i <= 14, !t[k].isMark(",") {
            if Self.companyWords.contains(t[k].lower) || t[k].is(.meetingTrigger) || t[k].is(.meetVerb) { return true }
            k += 1
        }
        return false
    }

    static let companyWords: WordSet = ["alongside", "with", "beside"]

    /// Places told as hosts rather than after "in": "speaking from Tirana, where he attended the summit",
    /// "offered the Vatican as a venue for talks", "The Vatican ... would be very interested in hosting the negotiations".
    func hostPlace(_ s: Sentence) -> String? {
        // ("shifting to Abu Dhabi, where Driscoll is expected to meet ...": a city of several words too.)
        for k in s.tokens where t[k].is(.cityStart) && t[k].isCapitalized && !t[k].isAllCaps && k + 1 < s.tokens.upperBound && t[k + 1].isCapitalized {
            if let city = knownCity(at: k, s), city.upper > k + 1, city.upper + 1 < s.tokens.upperBound,
               t[city.upper].isMark(","), t[city.upper + 1].lower == "where" { return city.name }
        }
        for k in s.tokens where t[k].isCapitalized && !t[k].isAllCaps && t[k].is(.city) {
            if k + 2 < s.tokens.upperBound, t[k + 1].isMark(","), t[k + 2].lower == "where" { return t[k].text }
            if k + 2 < s.tokens.upperBound, t[k + 1].lower == "as", (k + 2..<min(s.tokens.upperBound, k + 5)).contains(where: { Self.venueOrHost.contains(t[$0].lower) }) {
                return t[k].text
            }
            // ("the Vatican has offered to host the next round": the subject of a verb of hosting.)
            var j = k + 1
            while j < s.tokens.upperBound, j - k <= 5, Self.beforeHosting.contains(t[j].lower) { j += 1 }
            if j > k + 1, j < s.tokens.upperBound, Self.hostingForms.contains(t[j].lower) { return t[k].text }
            // ("On December 14 and 15, Berlin hosted the latest round": a city right before the verb.)
            if k + 2 < s.tokens.upperBound, t[k + 1].lower == "hosted", t[k + 2].is(.article) { return t[k].text }
            // The host place is the clause's subject: the first words of the sentence, before a verb of hosting.
            let opens = k <= s.tokens.lowerBound + 1 || t[k - 1].isDashMark
            if opens, s.tokens.contains(where: { Self.hostingVerbs.contains(t[$0].lower) }) { return t[k].text }
        }
        return nil
    }

    static let beforeHosting: WordSet = ["has", "have", "had", "offered", "offers", "to", "would", "will", "could", "is", "was",
                                         "ready", "willing", "also", "again", "be", "proposed"]
    static let venueOrHost: WordSet = ["venue", "host"]
    static let hostingForms: WordSet = ["host", "hosting", "hosts"]
    static let hostingVerbs: WordSet = ["hosting", "host", "hosts", "hosted"]

    /// The city a short description leads to: "the Albanian capital Tirana", "the resort of Antalya".
    func describedCity(after article: Int, _ s: Sentence) -> Int? {
        var k = article + 1
        // ("the Saudi Red Sea city of Jeddah": up to seven words of description.)
        while k < s.tokens.upperBound, k - article <= 7 {
            if t[k].is(.city), t[k].isCapitalized { return k + 1 < s.tokens.upperBound && t[k + 1].isCapitalized ? nil : k }
            // "the Saudi capital, Riyadh"
            if t[k].isMark(","), k > article + 1, k + 1 < s.tokens.upperBound, t[k + 1].is(.city), t[k + 1].isCapitalized { return k + 1 }
            guard t[k].isWord, Lexicon.placeDescriptors.contains(t[k].lower) || t[k].is(.demonym) || t[k].lower == "of" else { return nil }
            k += 1
        }
        return nil
    }

    /// "a White House meeting", "the Oval Office encounter": a venue named right before the meeting noun.
    func attributiveVenue(before i: Int, _ s: Sentence) -> String? {
        guard i - 2 >= s.tokens.lowerBound, t[i - 1].isCapitalized, t[i - 1].is(.venueHead) else { return nil }
        var a = i - 1
        while a > s.tokens.lowerBound, t[a - 1].isCapitalized, !t[a - 1].is(.article) { a -= 1 }
        return a < i - 1 ? doc.text(tokens: a..<i) : nil
    }

    /// The sentence's venue when its name stands within twelve words of token `i`.
    func venue(_ venue: String?, near i: Int, _ s: Sentence) -> String? {
        guard let venue, let k = venueHeadToken(venue, s) else { return nil }
        return abs(k - i) <= 12 ? venue : nil
    }

    /// "signed at the Élysée Palace by French President Emmanuel Macron, British Prime Minister Keir Starmer and ... at a
    /// summit": only those who acted there, by name and title, between the venue and the meeting's noun.
    func onlyAgentsBetween(_ r: Range<Int>) -> Bool {
        guard r.count <= 30, let by = r.first, t[by].lower == "by" else { return false }
        return r.dropFirst().allSatisfy { k in
            people.personAt[k] != nil || t[k].is([.titleWord, .roleNoun, .stateDemonym, .article]) || t[k].isMark(",")
                || Self.agentListWords.contains(t[k].lower)
        }
    }

    static let agentListWords: WordSet = ["and", "at", "prime", "president", "minister", "chancellor"]

    /// The token that ends the venue's name in the sentence: its head noun, or the last word of a known venue
    /// ("Richardson" of "Joint Base Elmendorf-Richardson", whose hyphen is a token of its own).
    func venueHeadToken(_ venue: String, _ s: Sentence) -> Int? {
        guard let head = venue.split(whereSeparator: { $0 == " " || $0 == "-" }).last else { return nil }
        let known = Lexicon.venueCities[venue.lexKey] != nil
        return s.tokens.first { t[$0].text == head && (known || t[$0].is(.venueHead)) }
    }

    /// "met ... in a three-way format at the same venue": the latest meeting placed at a venue.
    func sameVenue(_ s: Sentence) -> Int? {
        if s.tokens.contains(where: { k in
            k + 2 < s.tokens.upperBound && t[k].is(.article) && t[k + 1].lower == "same" && Self.venueOrPlace.contains(t[k + 2].lower)
        }) { return meetings.lastIndex { $0.venue != nil } }
        // ("met Fidan at the palace on Thursday evening", "at the same palace": the venue of that kind named before.)
        for k in s.tokens where k + 2 < s.tokens.upperBound && t[k].lower == "at" && t[k + 1].lower == "the" {
            var h = k + 2
            if t[h].lower == "same", h + 1 < s.tokens.upperBound { h += 1 }
            guard t[h].is(.venueHead), !t[h].isCapitalized, !(h + 1 < s.tokens.upperBound && (t[h + 1].lower == "of" || t[h + 1].isCapitalized))
            else { continue }
            let head = t[h].lower
            return meetings.lastIndex { m in m.venue.map { $0.lexKey.hasSuffix(" " + head) } ?? false }
        }
        return nil
    }

    static let venueOrPlace: WordSet = ["venue", "place"]

    /// "at Dolmabahçe Palace": a capitalised run ending in a venue noun.
    func venueIn(_ s: Sentence) -> String? {
        if let known = knownVenueIn(s) { return known }
        // ("at the Ritz-Carlton hotel", "at the US mission": a name, then the head in lower case.)
        for i in s.tokens where t[i].is(.venueHead) && (t[i].isCapitalized || i > s.tokens.lowerBound && (t[i - 1].isCapitalized || t[i - 1].isAllCaps)
                                                          || kindBeforeVenueHead(i, s)) {
            // ("Witkoff's Shell Bay golf club": a kind of club between the name and the head.)
            var a = kindBeforeVenueHead(i, s) ? i - 1 : i
            while a > s.tokens.lowerBound, t[a - 1].isCapitalized || t[a - 1].isAllCaps
                    || t[a - 1].isMark("-") && a - 2 > s.tokens.lowerBound && t[a - 2].isCapitalized, !t[a - 1].is(.article) { a -= 1 }
            var p = a - 1
            // "at the Ottoman-era Dolmabahce Palace", "at the sprawling Ciragan Palace": modifiers after the article.
            var modifiers = 0
            while p > s.tokens.lowerBound, modifiers < 4, !t[p].is(.article), t[p].isWord || t[p].isMark("-"),
                  !t[p].is(.placePreposition), t[p - 1].is(.article) || t[p - 1].isWord || t[p - 1].isMark("-") {
                p -= 1; modifiers += 1
            }
            if modifiers > 0, !(p >= s.tokens.lowerBound && t[p].is(.article)) { p += modifiers }
            if p >= s.tokens.lowerBound, t[p].is(.article) { p -= 1 }
            // "at Istanbul’s Dolmabahçe Palace"
            if p - 1 >= s.tokens.lowerBound, t[p].kind == .possessive, t[p - 1].is(.place) { p -= 2 }
            // ("at Witkoff's Shell Bay club": a person's, past the name.)
            else if p - 1 >= s.tokens.lowerBound, t[p].kind == .possessive, let owner = people.personAt[p - 1] {
                p -= 1
                while p > s.tokens.lowerBound, people.personAt[p] == owner { p -= 1 }
            }
            // "at the city’s Dolmabahce Palace", "at the capital’s Diriyah Palace"
            else if p - 2 >= s.tokens.lowerBound, t[p].kind == .possessive, Lexicon.placeDescriptors.contains(t[p - 1].lower),
                    t[p - 2].is(.article) { p -= 3 }
            guard a < i, p >= s.tokens.lowerBound, Self.venuePrepositions.contains(t[p].lower), !inSincePhrase(p, s) else { continue }
            return doc.text(tokens: a..<(i + 1))
        }
        return nil
    }

    private func kindBeforeVenueHead(_ i: Int, _ s: Sentence) -> Bool {
        i - 2 >= s.tokens.lowerBound && Self.venueKinds.contains(t[i - 1].lower) && !t[i].isCapitalized && (t[i - 2].isCapitalized || t[i - 2].isAllCaps)
    }

    static let venueKinds: WordSet = ["golf", "country", "beach", "yacht", "tennis"]
    static let venuePrepositions: WordSet = ["at", "in", "inside"]
    static let possessiveDeterminers: WordSet = ["his", "her", "their", "its"]

    /// "his first meeting with Vance since the clash in the Oval Office": a venue of the earlier meeting "since" names.
    func inSincePhrase(_ p: Int, _ s: Sentence) -> Bool {
        var k = p - 1
        while k >= s.tokens.lowerBound, p - k <= 4, t[k].isWord {
            if t[k].lower == "since" { return true }
            k -= 1
        }
        return false
    }

    /// "at Joint Base Elmendorf-Richardson", "at the Kremlin": a venue the place table knows, whatever its last word.
    private func knownVenueIn(_ s: Sentence) -> String? {
        // ("received Steve Witkoff in the Kremlin": a known venue after "in" too.)
        for p in s.tokens where t[p].is(.placePreposition) || t[p].end - t[p].start == 6 && t[p].lower == "inside" {
            // ("at Anchorage's Joint Base Elmendorf-Richardson": past the city that owns it.)
            // ("at his Mar-a-Lago club": past a possessive determiner.)
            let a = p + 1 < s.tokens.upperBound && (t[p + 1].is(.article) || Self.possessiveDeterminers.contains(t[p + 1].lower)) ? p + 2
                : p + 2 < s.tokens.upperBound && t[p + 1].is(.place) && t[p + 2].kind == .possessive ? p + 3 : p + 1
            // Only a word that starts a known venue is looked at further (most "at the ..." name none).
            guard a < s.tokens.upperBound, t[a].isCapitalized, let runs = Lexicon.venueWordRuns[t[a].lower], !inSincePhrase(p, s) else { continue }
            for run in runs where a + run.count <= s.tokens.upperBound && run.indices.allSatisfy({ t[a + $0].lower == run[$0] }) {
                return doc.text(tokens: a..<(a + run.count))
            }
        }
        return nil
    }

    static let stateParts: WordSet = ["state", "states", "region", "republic", "oblast", "province", "of", "county"]

    /// The capital of the state named at `k` ("Saudi Arabia", "the United Arab Emirates", "Turkey").
    private func capitalOfState(at k: Int, _ s: Sentence) -> String? {
        let a = t[k].lower == "the" ? k + 1 : k
        guard a < s.tokens.upperBound, t[a].isCapitalized else { return nil }
        var e = a
        while e < min(s.tokens.upperBound, a + 4), t[e].isCapitalized { e += 1 }
        // (The longest run of capitalised words that names a state.)
        for n in stride(from: e - a, through: 1, by: -1) {
            let name = t[a..<(a + n)].map(\.lower).joined(separator: " ")
            // (A state, not a city or a region of one: "the capital of Crimea" is not Kyiv; nor "the capital of the US state of
            // Florida", "of Russia's Tatarstan region".)
            guard !Lexicon.cities.contains(name), !Lexicon.subnationalRegions.contains(name) else { continue }
            let next = a + n
            if next < s.tokens.upperBound, t[next].kind == .possessive || Self.stateParts.contains(t[next].lower) { return nil }
            if let code = Lexicon.placeCountry[name], !code.isEmpty, let capital = Lexicon.capitals[code] { return capital }
        }
        return nil
    }
}
