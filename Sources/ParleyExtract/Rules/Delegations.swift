/// Delegations at the main talks round: one per side the article refers to, with the person
/// named as head ("head of the Russian delegation, X", "a delegation led by X", "Ukraine’s chief
/// negotiator") and unnamed members as role phrases ("a deputy defense minister").
enum DelegationRules {
    static func find(_ doc: Document, _ people: PeopleIndex, _ meetings: MeetingRules) -> [Delegation] {
        guard let main = meetings.mainTalks else {
            return membersOnTheirSide(sameTeamSameDay(NegotiatorsAtTalks.add(to: [], doc, people, meetings), meetings.meetings), people)
        }
        let t = doc.tokens
        // Sides told in a sentence that names another held round ("US and Ukrainian officials met in Jeddah,
        // where Kyiv's delegation, headed by ...") belong to that round; all others to the main one.
        var state: [Int: DelegationSides] = [:]
        func roundTold(in s: Sentence) -> Int {
            // ("Medinsky, ... who led the Russian side, said the swap would be bigger than the one agreed at the first round on
            // May 16": not a round told in what was said.)
            // ("Ukraine's team was led by Umerov, who also headed it at the first round on May 16": nor one told of the head.)
            if let m = meetings.roundIn[s.tokens.lowerBound], meetings.meetings[m].status == .held,
               !toldInSpeech(meetings.meetings[m].span.start, s), !roundsToldOfWhom(s), !toldOfWhom(meetings.meetings[m].span.start, s) { return m }
            // ("Rubio, who led the American delegation in Jeddah": the held round at the city after the delegation.)
            // ("The Ukrainian team in Hallandale Beach, Florida": a city of several words.)
            // ("Rubio led the U.S. side in Geneva": a side too.)
            if let city = delegationCity(in: s), let m = meetings.meetings.indices.first(where: { meetings.meetings[$0].kind == .talks
                && meetings.meetings[$0].status == .held && meetings.meetings[$0].place?.lexKey == city }) { return m }
            // ("A Ukrainian team led by Mr. Umerov ... is expected to meet Mr. Witkoff and Mr. Kushner in Miami later this week":
            // the meeting still ahead that the team opening the sentence is the subject of.)
            if let m = meetings.meetings.indices.first(where: { m in m != main && meetings.meetings[m].kind == .talks
                && meetings.meetings[m].status != .held && s.span.start <= meetings.meetings[m].span.start
                && meetings.meetings[m].span.end <= s.span.end && teamIsSubject(ofVerbAt: meetings.meetings[m].span.start, s) }) { return m }
            // ("At the Florida talks, held at Hallandale Beach, Ukraine's delegation was headed by ...": a round told before and
            // named again here.)
            return meetings.meetings.indices.first { m in
                m != main && meetings.meetings[m].kind == .talks && meetings.meetings[m].status == .held
                    && ([meetings.meetings[m].span] + meetings.meetings[m].mentions).contains { span in
                        s.span.start <= span.start && span.end <= s.span.end && !toldInSpeech(span.start, s) && !toldOfWhom(span.start, s)
                            && !followedBySubject(span.start, s) && !toldInWhenClause(span.start, s)
                    }
            } ?? main
        }
        /// The city a delegation or side is placed in ("the American delegation in Jeddah"), as a lexicon key.
        func delegationCity(in s: Sentence) -> String? {
            // (Every sentence asks: one with no city, most of them, has no token read.)
            guard s.mayHave([.city, .cityStart]) else { return nil }
            // ("At the two rounds in Abu Dhabi, on 23-24 January and 4-5 February, Russia was represented by ...": the rounds
            // held in the city the sentence opens with.)
            if let city = roundsCityOpening(s) { return city }
            // ("In Florida, with Mr Rubio again leading the US team, Kyiv's delegation was headed by Umerov": the sentence opens in
            // the city of the round it tells.)
            let a = s.tokens.lowerBound
            // (Or a region a round was placed by: "In Florida, ...".)
            if a + 3 < s.tokens.upperBound, t[a].lower == "in", t[a + 1].isCapitalized,
               let comma = (a + 2..<min(s.tokens.upperBound, a + 5)).first(where: { t[$0].isMark(",") }),
               case let name = doc.text(tokens: (a + 1)..<comma).lexKey,
               meetings.meetings.contains(where: { $0.kind == .talks && $0.status == .held && $0.place?.lexKey == name }),
               s.tokens.contains(where: { t[$0].is(.delegationNoun) || t[$0].end - t[$0].start == 4 && t[$0].lower == "side" }) {
                return name
            }
            for k in s.tokens where (t[k].is(.delegationNoun) || t[k].end - t[k].start == 4 && t[k].lower == "side") && k + 2 < s.tokens.upperBound
                && Lexicon.placePrepositions.contains(t[k + 1].lower)
                && (t[k + 2].is(.city) || t[k + 2].is(.cityStart)) {
                // (Not "Russia sent not Medinsky, the Kremlin aide who led its team in Istanbul last year, but ...": told of one who
                // is not the sentence's subject, as "Rubio, who led the American delegation in Jeddah, said" is.)
                let owner = RelativeClause.owner(holding: k, s, t, people)
                var a = s.tokens.lowerBound
                // (The person opening the sentence, past a title: "Secretary of State Marco Rubio, who ...".)
                while a < k, people.personAt[a] == nil, t[a].isCapitalized && !t[a].is(.statePlace) || t[a].is(.article) || t[a].lower == "of"
                    || t[a].isMark(".") { a += 1 }
                let opener = people.personAt[a]
                guard owner == nil || owner == opener, let city = meetings.knownCity(at: k + 2, s)?.name.lexKey else { continue }
                return city
            }
            return nil
        }
        /// "a delegation of defence ministry officials under Admiral Igor Kostyukov": the person after "under", past a title,
        /// within the noun's phrase.
        func headUnder(delegation i: Int, _ s: Sentence) -> Int? {
            // (Right after the noun or its "of" phrase, no verb between: not "The Russian delegation works under Putin's orders".)
            guard i + 1 < s.tokens.upperBound, t[i + 1].lower == "under" || t[i + 1].lower == "of",
                  let u = (i + 1..<min(s.tokens.upperBound, i + 8)).first(where: { t[$0].lower == "under" || t[$0].kind == .punct }),
                  t[u].lower == "under", !(i + 1..<u).contains(where: { Lexicon.auxiliaryVerbs.contains(t[$0].lower) }) else { return nil }
            let k = people.nameStart(after: u, in: s, t)
            // (A name owning something is not whom it served under: "under Vladimir Putin's direct orders".)
            guard k < s.tokens.upperBound, let p = people.personAt[k],
                  !(people.mentionEnd[k].map { $0 < s.tokens.upperBound && t[$0].kind == .possessive } ?? false) else { return nil }
            return p
        }

        /// "at the head of a delegation": the noun at `i` after that phrase.
        func atTheHead(of i: Int, _ s: Sentence) -> Bool {
            guard let of = [i - 2, i - 3].first(where: { $0 - 3 >= s.tokens.lowerBound && t[$0].lower == "of" }) else { return false }
            return t[of - 1].lower == "head" && t[of - 2].lower == "the" && t[of - 3].lower == "at"
        }

        /// "Medinsky's record hardly inspires confidence. In March 2022 he led the Russian delegation ...": the person a "he"
        /// or "she" at `j` stands for, the one the sentence before opens with (its subject), in the same paragraph, of side
        /// `side` and no state's leader ("Kostyukov reported to Vladimir Putin. He led ..." is not Putin's).
        func pronounsPerson(_ j: Int, side: String, _ s: Sentence) -> Int? {
            guard Self.singularPronouns.contains(t[j].lower), s.tokens.lowerBound > 0 else { return nil }
            let previous = doc.sentences[t[s.tokens.lowerBound - 1].sentence]
            guard previous.paragraph == s.paragraph,
                  let k = previous.tokens.prefix(4).first(where: { people.personAt[$0] != nil }), let p = people.personAt[k],
                  people.people[p].country == side, !meetings.isLeader(p) else { return nil }
            return p
        }

        /// "At the two rounds in Abu Dhabi": the city of the rounds a sentence opens with, as a lexicon key.
        func roundsCityOpening(_ s: Sentence) -> String? {
            var k = s.tokens.lowerBound
            guard k + 4 < s.tokens.upperBound, Self.openingPrepositions.contains(t[k].lower) else { return nil }
            k += 1
            if t[k].is(.article) { k += 1 }
            if t[k].kind == .number || t[k].is(.numberWord) || Self.everyWords.contains(t[k].lower) { k += 1 }
            // ("The first two took place in Abu Dhabi, on January 23-24 and February 4-5. On both occasions, Russia's delegation was
            // headed by Igor Kostyukov": the city of the rounds the sentence before told.)
            if k + 1 < s.tokens.upperBound, Self.everyWords.contains(t[k - 1].lower), Self.occasionNouns.contains(t[k].lower),
               t[k + 1].isMark(","), s.tokens.lowerBound > 0 {
                let before = doc.sentences[t[s.tokens.lowerBound - 1].sentence].span
                let told = Set(meetings.meetings.filter { $0.kind == .talks && before.start <= $0.span.start && $0.span.end <= before.end }
                    .compactMap { $0.place?.lexKey })
                return told.count == 1 ? told.first : nil
            }
            guard k + 2 < s.tokens.upperBound, Self.roundNouns.contains(t[k].lower), t[k].lower.hasSuffix("s"), t[k + 1].lower == "in" else { return nil }
            return meetings.knownCity(at: k + 2, s)?.name.lexKey
        }

        /// Whether a delegation noun opening the sentence is the subject of the verb of meeting starting at `start`, with no
        /// verb of saying between.
        func teamIsSubject(ofVerbAt start: Int, _ s: Sentence) -> Bool {
            guard let k = Document.tokenIndex(in: t, startingAt: start), t[k].is(.meetVerb),
                  let n = (s.tokens.lowerBound..<min(k, s.tokens.lowerBound + 4)).first(where: { t[$0].is(.delegationNoun) }),
                  k - n <= 30 else { return false }
            // (Not "The Ukrainian delegation, led by Umerov, returned to Kyiv on Monday, and Witkoff is expected to meet Putin".)
            return !(n..<k).contains { t[$0].is(.sayingVerb) || t[$0].isMark(";") || t[$0].lower == "and" && t[$0 - 1].isMark(",") }
        }
        // ("opened on May 16th on the first direct talks ... since the end of March 2022, when the two sides last met in
        // Istanbul": a round told in a "when" clause after "since" is background.)
        func toldInWhenClause(_ start: Int, _ s: Sentence) -> Bool {
            s.tokens.contains { k in t[k].start < start && k > s.tokens.lowerBound && t[k].lower == "when" && t[k - 1].isMark(",")
                && (max(s.tokens.lowerBound, k - 8)..<k).contains { t[$0].lower == "since" } }
        }
        // ("The talks, held Wednesday ..., followed a first trilateral round there on January 23": the round the subject
        // followed is not the one the sentence is about.)
        func followedBySubject(_ start: Int, _ s: Sentence) -> Bool {
            guard let k = Document.tokenIndex(in: t, startingAt: start) else { return false }
            return (max(s.tokens.lowerBound, k - 5)..<k).contains { MeetingRules.followingVerbs.contains(t[$0].lower) }
        }
        // "The Ukrainian delegation also included Kyslytsya, who told RFE/RL that ... demands made at the talks in
        // 2022": a round named in what someone said is not the round the sentence's delegation sat at.
        func toldInSpeech(_ start: Int, _ s: Sentence) -> Bool {
            guard let noun = s.tokens.first(where: { t[$0].is(.delegationNoun) || t[$0].end - t[$0].start == 4 && t[$0].lower == "side" }),
                  t[noun].start < start else { return false }
            return (noun..<s.tokens.upperBound).contains { t[$0].start < start && t[$0].is(.sayingVerb) }
        }

        // ("Also at the table were Witkoff and Driscoll, who had presented the draft to Zelenskyy in Kyiv": a meeting told in
        // a relative clause on a person is not the one the sentence seats them at.)
        func toldOfWhom(_ start: Int, _ s: Sentence) -> Bool {
            guard let k = s.tokens.first(where: { t[$0].start >= start }) else { return false }
            return RelativeClause.owner(holding: k, s, t, people) != nil || toldAsEarlier(k, s)
        }

        /// "The U.S. delegation, led by Mr. Witkoff, brought a plan ... trimmed after talks with Ukrainian officials in
        /// Geneva": a round told after "after" or "since", past the delegation noun, is an earlier one.
        func toldAsEarlier(_ k: Int, _ s: Sentence) -> Bool {
            guard let noun = s.tokens.first(where: { t[$0].is(.delegationNoun) }), noun < k else { return false }
            return (noun..<k).contains { Self.earlierWords.contains(t[$0].lower) }
        }

        /// Whether every round the sentence names is told in a relative clause on a person.
        func roundsToldOfWhom(_ s: Sentence) -> Bool {
            let rounds = s.tokens.filter { Self.roundNouns.contains(t[$0].lower) }
            return !rounds.isEmpty && rounds.allSatisfy { toldOfWhom(t[$0].start, s) }
        }

        /// "Rustem Umerov's delegation", "Witkoff's negotiating team": the person, not a head of state or government, whose
        /// delegation it is told to be.
        func ownerHeading(delegation i: Int, _ s: Sentence) -> Int? {
            var j = i - 1
            if j > s.tokens.lowerBound, Self.teamModifiers.contains(t[j].lower) { j -= 1 }
            guard j > s.tokens.lowerBound, t[j].kind == .possessive, let p = people.personAt[j - 1], !people.people[p].isLeader else { return nil }
            return p
        }

        func side(before i: Int) -> String? {
            // "Russian delegation", "Ukraine’s delegation", "the Russian contingent"
            var j = i - 1
            // ("the Russian negotiating team", "Ukraine's peace delegation".)
            if j > 0, Self.teamModifiers.contains(t[j].lower) { j -= 1 }
            if j >= 0, t[j].kind == .possessive { j -= 1 }
            guard j >= 0 else { return nil }
            if t[j].is(.stateDemonym), let c = Lexicon.demonyms[t[j].lower], !c.isEmpty, t[j].isCapitalized || t[j].isAllCaps { return c }
            return nil
        }

        /// The states a plural delegation noun lists before it: "Russian and Ukrainian delegations" (one state alone
        /// is `side(before:)`'s).
        func listedSides(before i: Int, _ s: Sentence) -> [String] {
            guard t[i].lower.hasSuffix("s") else { return [] }
            var out: [String] = []
            var k = i - 1
            while k >= s.tokens.lowerBound, i - k <= 8 {
                if t[k].is(.stateDemonym), t[k].isCapitalized || t[k].isAllCaps, let c = Lexicon.demonyms[t[k].lower], !c.isEmpty {
                    if !out.contains(c) { out.insert(c, at: 0) }
                } else if !(t[k].lower == "and" || t[k].isMark(",") || t[k].is(.article)) { break }
                k -= 1
            }
            return out.count >= 2 ? out : []
        }

        /// "led Ukraine’s delegation", "will head the Russian side", "would again lead Kyiv's delegation".
        func leadVerb(before i: Int, _ s: Sentence) -> Int? {
            var k = i - 1
            if k > s.tokens.lowerBound, Self.teamModifiers.contains(t[k].lower) { k -= 1 }
            while k > s.tokens.lowerBound, t[k].kind == .possessive || t[k].is(.article) || t[k].is([.demonym, .stateDemonym]) { k -= 1 }
            return k >= s.tokens.lowerBound && k < i && t[k].is(.leadVerb) ? k : nil
        }

        /// "Medinsky for Russia", "Rustem Umerov, now secretary of the council, for Ukraine": each person
        /// set against the state they stand for.
        func headsForStates(in s: Sentence) -> [(String, String)] {
            var out: [(String, String)] = []
            for k in s.tokens where people.personAt[k] != nil && (k == s.tokens.lowerBound || people.personAt[k - 1] != people.personAt[k]) {
                var f = people.mentionEnd[k] ?? k + 1
                if f < s.tokens.upperBound, t[f].isMark(","),
                   let close = (f + 1..<min(s.tokens.upperBound, f + 16)).first(where: { t[$0].isMark(",") }) { f = close + 1 }
                guard f + 1 < s.tokens.upperBound, t[f].lower == "for", t[f + 1].isCapitalized || t[f + 1].isAllCaps,
                      let c = Lexicon.demonyms[t[f + 1].lower] ?? Lexicon.placeCountry[t[f + 1].lower], !c.isEmpty else { continue }
                out.append((c, people.people[people.personAt[k]!].name))
            }
            return out
        }

        /// "Its other members were ...", "Their members included ...": the verb after members owned by a pronoun that opens
        /// the sentence.
        func ownersMembersVerb(_ s: Sentence) -> Int? {
            var k = s.tokens.lowerBound
            guard k + 2 < s.tokens.upperBound, Self.ownerPronouns.contains(t[k].lower) else { return nil }
            k += 1
            if t[k].lower == "other" { k += 1 }
            guard k + 1 < s.tokens.upperBound, t[k].lower == "members", Self.membersVerbs.contains(t[k + 1].lower) else { return nil }
            return k + 1
        }

        /// The word that opens members set off after delegation noun `i` ("including", "alongside", "accompanied
        /// by"), within twenty words and before any other delegation is named.
        func setOffMembers(after i: Int, _ s: Sentence) -> Int? {
            var k = i + 1
            while k < s.tokens.upperBound, k - i <= 20, !t[k].is(.delegationNoun), t[k].quote == nil {
                let w = t[k].lower
                if w == "including" || w == "alongside" { return k }
                if w == "accompanied", k + 1 < s.tokens.upperBound, t[k + 1].lower == "by" { return k + 1 }
                // ("was headed by Vladimir Medinsky, the Kremlin aide, with deputy foreign minister Mikhail Galuzin and ...".)
                // (Not "with Merz hosting a meeting of European leaders alongside the talks": a clause of what another did.)
                if w == "with", t[k - 1].isMark(","), k + 1 < s.tokens.upperBound,
                   people.personAt[k + 1] != nil || t[k + 1].is([.titleWord, .roleNoun, .roleAdjective]), !withClause(k, s) { return k }
                k += 1
            }
            return nil
        }

        /// "... the Russian side and Rustem Umerov the Ukrainian one": the state and head of a side told after "and", with the
        /// verb of leading left out.
        func gappedHead(after i: Int, _ s: Sentence) -> (String, String)? {
            guard i + 2 < s.tokens.upperBound, t[i + 1].lower == "and", let p = people.personAt[i + 2] else { return nil }
            var e = i + 2
            while e < s.tokens.upperBound, people.personAt[e] == p { e += 1 }
            guard e + 2 < s.tokens.upperBound, t[e].lower == "the", t[e + 1].is(.stateDemonym), let c = Lexicon.demonyms[t[e + 1].lower], !c.isEmpty,
                  Self.gappedSideNouns.contains(t[e + 2].lower) else { return nil }
            return (c, people.people[p].name)
        }

        /// "with Merz hosting ...": "with", a name and a verb in -ing make a clause, not a list of members.
        func withClause(_ k: Int, _ s: Sentence) -> Bool {
            guard let p = people.personAt[k + 1] else { return false }
            var e = k + 1
            while e < s.tokens.upperBound, people.personAt[e] == p { e += 1 }
            // (Not "with Igor Kostyukov representing military intelligence": a member's part.)
            return e < s.tokens.upperBound && Self.hostingGerunds.contains(t[e].lower)
        }

        /// "head of the Russian delegation, presidential aide Vladimir Medinsky": the person named right after a
        /// "head of ... delegation" phrase and its comma.
        func headNamedAfter(delegation i: Int, _ s: Sentence) -> Int? {
            // "head of the Russian delegation" or "head of Russia's delegation": "of" two or three words back.
            guard let of = [i - 2, i - 3, i - 4].first(where: { $0 > s.tokens.lowerBound && t[$0].lower == "of" }),
                  Self.headNouns.contains(t[of - 1].lower),
                  i + 1 < s.tokens.upperBound, t[i + 1].isMark(",") else { return nil }
            var k = i + 2
            while k < s.tokens.upperBound, k - i <= 7, people.personAt[k] == nil, t[k].isWord, t[k].is([.titleWord, .roleNoun, .demonym, .roleAdjective]) || t[k].isCapitalized { k += 1 }
            return k < s.tokens.upperBound ? people.personAt[k] : nil
        }

        /// "Vladimir Medinsky, aide to the Russian president and head of the Russian delegation, told reporters": the
        /// person an appositive holding the "head of ... delegation" phrase follows.
        func headNamedBefore(delegation i: Int, _ s: Sentence) -> Int? {
            guard let of = [i - 2, i - 3, i - 4].first(where: { $0 > s.tokens.lowerBound && t[$0].lower == "of" }),
                  Self.headNouns.contains(t[of - 1].lower) else { return nil }
            var k = of - 2
            while k > s.tokens.lowerBound, of - k <= 12, !t[k].isMark(","), t[k].quote == nil, !t[k].is(.sayingVerb) { k -= 1 }
            guard k > s.tokens.lowerBound, t[k].isMark(",") else { return nil }
            // ("Moscow sent Vladimir Medinsky, a Kremlin aide and former culture minister, at the head of a delegation": past
            // the apposition to the name, "a presidential aide and former culture minister with a taste for lecturing on history".)
            if people.personAt[k - 1] == nil, let c2 = (max(s.tokens.lowerBound, k - 18)..<k).last(where: { t[$0].isMark(",") }),
               c2 > s.tokens.lowerBound { return people.personAt[c2 - 1] }
            return people.personAt[k - 1]
        }

        /// "at all three rounds", "at both rounds", "at both of those meetings".
        /// "on the Russian side by X": each side named before "by" and the person after it, in a sentence
        /// that tells leading ("led", "headed").
        func headsBySide(in s: Sentence) -> [(String, String)] {
            // Class bits and lengths first: most sentences have no verb of leading and no "side".
            guard s.tokens.contains(where: { t[$0].is(.leadVerb) }),
                  // (Sides of a talk or delegation: not "a military-to-military dialogue, to be led on the U.S. side by Gen. ...".)
                  s.tokens.contains(where: { t[$0].is([.delegationNoun, .delegateNoun, .meetingTrigger]) }) else { return [] }
            var out: [(String, String)] = []
            for k in s.tokens where t[k].end - t[k].start == 4 && t[k].lower == "side" && k + 2 < s.tokens.upperBound
                && t[k + 1].lower == "by" && k - 2 >= s.tokens.lowerBound {
                guard t[k - 1].isCapitalized, let c = Lexicon.demonyms[t[k - 1].lower], !c.isEmpty, t[k - 2].is(.article) else { continue }
                let phrase = LedByPhrase(doc, people, from: k + 2, in: s)
                if let first = phrase.heads.first { out.append((c, people.people[first.person].name)) }
            }
            return out
        }

        /// "the same two chief negotiators as the first two rounds: Russian presidential aide Vladimir Medinsky and Mr Rustem
        /// Umerov": the people listed after a colon or "were" that follows "chief negotiators", each heading their state's side.
        func chiefNegotiatorsListed(in s: Sentence) -> [(String, String)] {
            guard s.mayHave(.delegationNoun),
                  let n = s.tokens.first(where: { k in t[k].lower == "negotiators" && k > s.tokens.lowerBound && Self.chiefWords.contains(t[k - 1].lower) }),
                  let open = (n + 1..<min(s.tokens.upperBound, n + 12)).first(where: { t[$0].isMark(":") || t[$0].lower == "were" }) else { return [] }
            var out: [(String, String)] = []
            for k in open + 1..<s.tokens.upperBound where people.personAt[k] != nil && people.personAt[k - 1] != people.personAt[k] {
                guard let c = people.people[people.personAt[k]!].country, !out.contains(where: { $0.0 == c }) else { continue }
                out.append((c, people.people[people.personAt[k]!].name))
            }
            return out.count >= 2 ? out : []
        }

        func toldOfEveryRound(_ s: Sentence) -> Bool {
            s.tokens.contains { k in
                guard Self.roundNouns.contains(t[k].lower), k - 1 > s.tokens.lowerBound else { return false }
                if Self.everyWords.contains(t[k - 1].lower) || t[k - 2].lower == "all" { return true }
                return k - 3 >= s.tokens.lowerBound && Self.ofDeterminers.contains(t[k - 1].lower) && t[k - 2].lower == "of"
                    && Self.allWords.contains(t[k - 3].lower)
            }
        }

        /// The person named after "was" or "is" right after delegation noun `i`, past titles.
        func inverted(after i: Int, _ s: Sentence) -> Int? {
            guard i + 2 < s.tokens.upperBound, Self.invertingVerbs.contains(t[i + 1].lower) else { return nil }
            var k = i + 2
            if t[i + 1].lower == "will", t[k].lower == "be" { k += 1 }
            while k < s.tokens.upperBound, k - i <= 7, people.personAt[k] == nil, t[k].isWord,
                  t[k].is([.titleWord, .roleNoun, .demonym, .roleAdjective, .article]) || t[k].isCapitalized { k += 1 }
            return k < s.tokens.upperBound ? people.personAt[k] : nil
        }

        /// "side was represented by": the index of "by".
        func representedBy(_ i: Int, _ s: Sentence) -> Int? {
            var j = i + 1
            while j < s.tokens.upperBound, j - i <= 3, Self.representedAuxiliaries.contains(t[j].lower) { j += 1 }
            guard j + 1 < s.tokens.upperBound, t[j].lower == "represented", t[j + 1].lower == "by" else { return nil }
            return j + 1
        }

        func ledBy(_ i: Int, _ s: Sentence) -> Bool {
            var j = i + 1
            while j < s.tokens.upperBound, j - i <= 4 {
                if Lexicon.ledOrHeaded.contains(t[j].lower) { return true }
                j += 1
            }
            // ("The Russian side was made up of defence ministry officials headed by ...".)
            return i + 2 < s.tokens.upperBound && Self.ledByAuxiliaries.contains(t[i + 1].lower)
                && Self.leadingVerbPastMakeup(doc, people, from: i + 2, s) != nil
        }

        // The round the paragraph is telling: sentences after one about another round ("The first round,
        // held on May 16 ... . The Russian delegation was led by Medinsky") go on about that round.
        var focus: (paragraph: Int, round: Int)? = nil
        var lastSide: String? = nil
        var everyRound: [String: String] = [:]
        var headsInCity: [String: [String: String]] = [:]
        var headsInMonth: [Int: [String: String]] = [:]
        // Heads of the main round's sides told before the round itself ("a Pentagon delegation led by Driscoll presented the
        // plan to Zelensky", then "In Geneva, a US delegation headed by Rubio met ..."): the round's own sentence may name others.
        var toldBeforeMain: [String: String] = [:]
        // The round each sentence's delegations went to, by the sentence's index.
        var targetOf = [Int?](repeating: nil, count: doc.sentences.count)
        for (si, s) in doc.sentences.enumerated() where doc.isFactual(s) {
            // ("Both were led by the same men who had headed them at the first round": the main round's heads, and that
            // round's too.)
            let sameHeads = s.mayHave(.cueWord) && s.tokens.contains { k in t[k].end - t[k].start == 4 && t[k].lower == "same"
                && (k + 1..<min(s.tokens.upperBound, k + 5)).contains { t[$0].lower == "who" }
                && (k..<min(s.tokens.upperBound, k + 8)).contains { t[$0].is(.leadVerb) } }
            var target = sameHeads ? main : roundTold(in: s)
            if target == main, let f = focus, f.paragraph == s.paragraph { target = f.round }
            focus = target == main ? nil : (s.paragraph, target)
            targetOf[si] = target
            // One lookup of what the round has so far (every sentence reads it, few add to it).
            let told = state[target] ?? DelegationSides(sides: [], heads: [:], members: [:], spans: [:], mentionsAll: false)
            var sides = told.sides, heads = told.heads
            var members = told.members, spans = told.spans
            var mentionsAll = told.mentionsAll
            defer { state[target] = DelegationSides(sides: sides, heads: heads, members: members, spans: spans, mentionsAll: mentionsAll) }
            let mainStart = meetings.meetings[main].span.start
            let beforeMain = target == main && s.span.end <= mainStart
            let opensMain = target == main && s.span.start <= mainStart && mainStart < s.span.end
            var stashed: [String: String] = [:]
            if opensMain { for (c, head) in toldBeforeMain where heads[c] == head { stashed[c] = head; heads[c] = nil } }
            let headsBefore = heads
            // (Runs before the state is stored: a head stashed and not named again comes back.)
            defer {
                for (c, head) in stashed where heads[c] == nil { heads[c] = head }
                if beforeMain { for (c, head) in heads where headsBefore[c] == nil { toldBeforeMain[c] = head } }
            }
            // "the Ukrainian side was headed by Umerov": a side that is led is a delegation. (A sentence with no
            // delegation noun and no "side" has no token read for it.)
            let tellsSide = s.mayHave([.delegationNoun, .delegateNoun]) || SentenceCues(doc, s).side
            let sideTokens = tellsSide ? s.tokens : s.tokens.upperBound..<s.tokens.upperBound
            for i in sideTokens where t[i].is([.delegationNoun, .delegateNoun]) || t[i].end - t[i].start == 4 && t[i].lower == "side"
                    && (ledBy(i, s) || leadVerb(before: i, s) != nil || representedBy(i, s) != nil
                        // ("while the Ukrainian side included Rustem Umerov".)
                        || i + 2 < s.tokens.upperBound && Self.includingVerbs.contains(t[i + 1].lower)
                            && (people.personAt[i + 2] != nil || t[i + 2].is([.titleWord, .roleNoun, .roleAdjective]))) {
                if i > s.tokens.lowerBound, Self.bothOrTwo.contains(t[i - 1].lower) || (i > s.tokens.lowerBound + 1 && t[i - 2].lower == "both") {
                    mentionsAll = true
                }
                // ("a delegation from Kiev": the state it comes from.)
                let from = i + 2 < s.tokens.upperBound && t[i + 1].lower == "from" && t[i + 2].isCapitalized ? Lexicon.placeCountry[t[i + 2].lower] : nil
                // ("Umerov's delegation, which included ...": the one it is named for, not a leader who sent it, heads it.)
                let owner = ownerHeading(delegation: i, s)
                let explicit = side(before: i) ?? from ?? owner.flatMap { people.people[$0].country }
                // "Russian and Ukrainian delegations", "the US and Russian delegations": every side listed before the plural.
                // ("delegations from the United States, Ukraine and Russia": every side listed after it.)
                for c in listedSides(before: i, s) + DelegationsFrom.states(doc, after: i, in: s) where !sides.contains(c) { sides.append(c) }
                // "Kyiv would send a delegation headed by ...": the nearest state named before it in the
                // sentence, not a place after a preposition ("arrived in Ankara").
                var fallback: String? = nil
                var k = i - 1
                while explicit == nil, k >= s.tokens.lowerBound, fallback == nil {
                    if people.personAt[k] == nil, t[k].isCapitalized || t[k].isAllCaps, t[k].is(.stateDemonym), let code = Lexicon.demonyms[t[k].lower], !code.isEmpty,
                       k == s.tokens.lowerBound || !Self.motionPrepositions.contains(t[k - 1].lower) {
                        fallback = code
                    }
                    k -= 1
                }
                // ("Ukraine's delegation, led by Umerov, has departed ... . The delegation includes ...": the one just told.)
                let taken = explicit == nil && fallback == nil && i > s.tokens.lowerBound && t[i - 1].lower == "the"
                    && t[i].lower == "delegation" ? lastSide : nil
                let c = explicit ?? fallback ?? taken
                if c != nil { lastSide = c }
                if let c, explicit != nil || !ledBy(i, s) {
                    if !sides.contains(c) { sides.append(c) }
                    if spans[c] == nil { spans[c] = doc.span(tokens: max(s.tokens.lowerBound, i - 2)..<(i + 1)) }
                }
                // "Rubio and Lavrov led their delegations": each subject heads their state's.
                for (hs, head) in jointHeads(doc, people, noun: i, s) where heads[hs] == nil {
                    heads[hs] = head
                    if !sides.contains(hs) { sides.append(hs) }
                }
                // "Umerov led Ukraine’s delegation" / "Umerov, who headed the Ukrainian delegation"
                if let c, let k = leadVerb(before: i, s) {
                    var j = k - 1
                    // "Umerov would again lead", "Medinsky will head", "who has led"
                    while j > s.tokens.lowerBound, Lexicon.leadAdverbs.contains(t[j].lower) || Self.leadAuxiliaries.contains(t[j].lower) { j -= 1 }
                    // ("Witkoff is now due to lead the American side": past "is due to".)
                    if j - 2 > s.tokens.lowerBound, t[j].lower == "to", MeetingRules.dueWords.contains(t[j - 1].lower) {
                        var k = j - 2
                        if Lexicon.leadAdverbs.contains(t[k].lower) || t[k].lower == "now" { k -= 1 }
                        if k > s.tokens.lowerBound, MeetingRules.copulas.contains(t[k].lower) { j = k - 1 }
                    }
                    // ("Marco Rubio, who flew in on Sunday morning to lead the American side": the one who went to lead it, when no
                    // one else is named between: not "Zelensky, who appointed Umerov to lead the delegation".)
                    if j > s.tokens.lowerBound + 2, t[j].lower == "to",
                       let w = (max(s.tokens.lowerBound + 2, j - 12)..<j).last(where: { t[$0].lower == "who" }),
                       t[w - 1].isMark(","), !(w..<j).contains(where: { t[$0].kind == .punct || people.personAt[$0] != nil }),
                       people.personAt[w - 2] != nil { j = w }
                    if j - 1 >= s.tokens.lowerBound, t[j].lower == "who", t[j - 1].isMark(",") {
                        j -= 2
                        // "Rustem Umerov, Ukraine’s defense minister, who led Kyiv’s delegation": past the apposition to the name.
                        if j >= s.tokens.lowerBound, people.personAt[j] == nil,
                           let c2 = (max(s.tokens.lowerBound, j - 8)..<j).last(where: { t[$0].isMark(",") }), c2 > s.tokens.lowerBound,
                           people.personAt[c2 - 1] != nil { j = c2 - 1 }
                    }
                    // "Vladimir Medinsky, the Kremlin aide who has led Russia's delegation": past the apposition to the name.
                    else if j > s.tokens.lowerBound, t[j].lower == "who", let c2 = (max(s.tokens.lowerBound, j - 8)..<j).last(where: { t[$0].isMark(",") }),
                            c2 > s.tokens.lowerBound, people.personAt[c2 - 1] != nil { j = c2 - 1 }
                    // "Vladimir Medinsky, an aide to President Vladimir Putin, again led the Russian side": the name before the apposition
                    // (of a dozen words or so: "Rustem Umerov, the secretary of Ukraine's National Security and Defense Council, again led").)
                    // ("Rustem Umerov, who replaced Andriy Yermak as Kyiv's lead negotiator after Yermak resigned on Friday, led a
                    // Ukrainian delegation": a relative clause as long as twenty words.)
                    else if j > s.tokens.lowerBound, t[j].isMark(","), let c2 = (max(s.tokens.lowerBound, j - 14)..<j).last(where: { t[$0].isMark(",") })
                                ?? (max(s.tokens.lowerBound, j - 22)..<j).last(where: { t[$0].isMark(",") && $0 + 1 < j && t[$0 + 1].lower == "who" }),
                            c2 > s.tokens.lowerBound, people.personAt[c2 - 1] != nil { j = c2 - 1 }
                    if j >= s.tokens.lowerBound, let p = people.personAt[j] ?? pronounsPerson(j, side: c, s), heads[c] == nil { heads[c] = people.people[p].name }
                    // ("with Medinsky leading the Russian side and Rustem Umerov the Ukrainian one": a second head, the verb left out.)
                    if let (c2, head) = gappedHead(after: i, s), c2 != c, heads[c2] == nil {
                        heads[c2] = head
                        if !sides.contains(c2) { sides.append(c2) }
                    }
                    // "Leading the Russian side was Vladimir Medinsky": the subject comes after the verb.
                    if heads[c] == nil, k == s.tokens.lowerBound, t[k].lower.hasSuffix("ing"), let p = inverted(after: i, s) {
                        heads[c] = people.people[p].name
                    }
                }
                // "Russian delegation head Vladimir Medinsky said", "the Russian delegation's head Vladimir Medinsky": the
                // head named right after "delegation head".
                let headWord = i + 2 < s.tokens.upperBound && t[i + 1].kind == .possessive ? i + 2 : i + 1
                if let c, heads[c] == nil, headWord + 1 < s.tokens.upperBound, Self.headNouns.contains(t[headWord].lower),
                   let p = people.personAt[headWord + 1] { heads[c] = people.people[p].name }
                // "head of the Russian delegation, Russian presidential aide Vladimir Medinsky told reporters".
                // ("He sent Vladimir Medinsky, ..., at the head of a delegation": a delegation of no state told is the head's state's.)
                // ("a delegation of defence ministry officials under Admiral Igor Kostyukov": the one it served under.)
                // (The head's state only "at the head of" or "under" it: not "met the head of a delegation of US senators".)
                let before = headNamedBefore(delegation: i, s)
                if let p = headNamedAfter(delegation: i, s) ?? before ?? headUnder(delegation: i, s) ?? owner,
                   let side = c ?? (before == nil || atTheHead(of: i, s) ? people.people[p].country : nil), !side.isEmpty,
                   heads[side] == nil {
                    heads[side] = people.people[p].name
                    if !sides.contains(side) { sides.append(side) }
                }
                // "..., led by X" / "led by X" ("The US delegation in Jeddah was headed by ...": past where it met.)
                var j = i + 1
                if j + 1 < s.tokens.upperBound, Lexicon.placePrepositions.contains(t[j].lower), t[j + 1].is(.city) { j += 2 }
                // ("Russia's team there was led by Foreign Minister Sergey Lavrov".)
                if j < s.tokens.upperBound, t[j].end - t[j].start == 5, t[j].lower == "there" { j += 1 }
                if j < s.tokens.upperBound, t[j].isMark(",") { j += 1 }
                // ("The Russian delegation, as in May, was headed by ...": past a short aside with no verb.)
                // ("The Russian delegation, made up of Defense Ministry officials, was led by ...": past what it was made of.)
                let madeOf = j < s.tokens.upperBound && Self.madeOfOpeners.contains(t[j].lower)
                if t[j - 1].isMark(","), j < s.tokens.upperBound, Self.asideOpeners.contains(t[j].lower) || madeOf,
                   let close = (j + 1..<min(s.tokens.upperBound, j + (madeOf ? 10 : 6))).first(where: { t[$0].isMark(",") }),
                   !(j..<close).contains(where: { t[$0].is(.leadVerb) || Lexicon.ledOrHeaded.contains(t[$0].lower) }) { j = close + 1 }
                // ("The Ukrainian delegation, which Umierov headed, also included ...", ", which was led by ...".)
                if j + 1 < s.tokens.upperBound, t[j - 1].isMark(","), t[j].lower == "which" {
                    j += 1
                    // (Past a title: "which Defence Minister Rustem Umerov headed".)
                    var k = j
                    while k < s.tokens.upperBound, k - j < 5, people.personAt[k] == nil, t[k].is([.titleWord, .roleNoun, .roleAdjective, .demonym]) { k += 1 }
                    if let c, heads[c] == nil, k < s.tokens.upperBound, let p = people.personAt[k], let e = people.mentionEnd[k], e < s.tokens.upperBound,
                       Lexicon.ledOrHeaded.contains(t[e].lower) { heads[c] = people.people[p].name }
                }
                // ("had been led by Andriy Yermak": a perfect's two words.)
                if j + 1 < s.tokens.upperBound, Self.perfectAuxiliaries.contains(t[j].lower), t[j + 1].lower == "been" { j += 2 }
                if j < s.tokens.upperBound, Self.ledByAuxiliaries.contains(t[j].lower) { j += 1 }
                if j < s.tokens.upperBound, t[j].lower == "be" { j += 1 }
                // ("The Russian side was made up of defence ministry officials headed by Admiral Igor Kostyukov": past what it was
                // made of, to the leading verb of those it was made of.)
                j = Self.leadingVerbPastMakeup(doc, people, from: j, s) ?? j
                // "The Russian delegation, again led by ..."
                while j < s.tokens.upperBound, Lexicon.leadAdverbs.contains(t[j].lower) { j += 1 }
                // ("Moscow sent a team under Kremlin aide Vladimir Medinsky": led by him.)
                let under = j < s.tokens.upperBound && t[j].end - t[j].start == 5 && t[j].lower == "under" && j == i + 1
                // ("was headed, as in January, by ...": past a short aside before "by".)
                var by = j + 1
                var asideMonth: Int? = nil
                if by + 1 < s.tokens.upperBound, t[by].isMark(","), Self.asideOpeners.contains(t[by + 1].lower),
                   let close = (by + 2..<min(s.tokens.upperBound, by + 7)).first(where: { t[$0].isMark(",") }) {
                    asideMonth = (by + 1..<close).lazy.compactMap { Lexicon.months[t[$0].lower] }.first
                    by = close + 1
                }
                if by < s.tokens.upperBound, under || Lexicon.ledOrHeaded.contains(t[j].lower) && t[by].lower == "by" {
                    let phrase = LedByPhrase(doc, people, from: under ? j + 1 : by + 1, in: s)
                    // The first head stands for the delegation's side unless the text sets them on one;
                    // the others only for a side the text or their country gives.
                    for (n, head) in phrase.heads.enumerated() {
                        let person = people.people[head.person]
                        guard let hs = head.side ?? person.country ?? (n == 0 ? explicit ?? fallback : nil) else { continue }
                        // "led by Secretary of State Marco Rubio and national security adviser Mike Waltz": one head,
                        // the second name a member of the same side.
                        if n > 0, heads[hs] != nil {
                            if head.side == nil, heads[hs] == people.people[phrase.heads[0].person].name,
                               !(members[hs]?.contains(person.name) ?? false) { members[hs, default: []].append(person.name) }
                            continue
                        }
                        if !sides.contains(hs) { sides.append(hs) }
                        heads[hs] = heads[hs] ?? person.name
                        // ("was headed, as in January, by ...": the head of the round held that month too.)
                        if n == 0, let month = asideMonth { headsInMonth[month, default: [:]][hs] = person.name }
                    }
                    // (A role, not a clause: "a US team under Rubio met a Ukrainian delegation ..." with the name unknown.)
                    if phrase.heads.isEmpty, let c, !phrase.tokens.isEmpty,
                       !phrase.tokens.contains(where: { t[$0].is([.meetVerb, .leadVerb, .sayingVerb, .delegationNoun]) }) {
                        members[c, default: []].append(doc.text(tokens: phrase.tokens))
                    }
                }
                // "The Russian delegation, led by X, included A, B, and C."
                // ("a US team made up of Rubio, Witkoff and Kushner": the list right after the team, past "up".)
                let madeUpOf = i + 3 < s.tokens.upperBound && t[i + 1].lower == "made" && t[i + 2].lower == "up" && t[i + 3].lower == "of"
                if let c, let inc = madeUpOf ? i + 2 : (i..<s.tokens.upperBound).first(where: { Self.includingVerbs.contains(t[$0].lower) }) {
                    members[c, default: []] += IncludedList.members(doc, people, after: inc, in: s)
                } else if let c, let by = representedBy(i, s) {
                    // "The US side was represented by Secretary of State Marco Rubio, ... and ... Steve Witkoff."
                    members[c, default: []] += IncludedList.members(doc, people, after: by, in: s)
                } else if let c, let inc = setOffMembers(after: i, s) {
                    // "The U.S. delegation, led by Rubio and including Waltz and Witkoff, sat down ...", "a Russian team
                    // headed by Lavrov, alongside Kremlin aide Yuri Ushakov": members set off before the next delegation.
                    // (A list after ", with" runs on to the end of the clause.)
                    members[c, default: []] += IncludedList.members(doc, people, after: inc, in: s, aside: t[inc].lower != "with")
                }
            }
            // "in talks led by Secretary of State Marco Rubio and, for Ukraine, ... Andriy Yermak": heads of the sides the
            // sentence's delegates or delegations named.
            if !sides.isEmpty, let by = s.tokens.first(where: { t[$0].is(.talksNoun) && $0 + 2 < s.tokens.upperBound
                && Lexicon.ledOrHeaded.contains(t[$0 + 1].lower) && t[$0 + 2].lower == "by" }) {
                for head in LedByPhrase(doc, people, from: by + 3, in: s).heads {
                    guard let side = head.side ?? people.people[head.person].country, sides.contains(side), heads[side] == nil else { continue }
                    heads[side] = people.people[head.person].name
                }
            }
            // "was led on the Russian side by Kremlin aide Vladimir Medinskiy and on the Ukrainian side by Rustem Umerov".
            // ("It brought together the same two chief negotiators as the first two rounds: Medinsky and Umerov".)
            for (c, head) in headsBySide(in: s) + chiefNegotiatorsListed(in: s) where heads[c] == nil {
                heads[c] = head
                if !sides.contains(c) { sides.append(c) }
            }
            // ("Ukraine was represented by Umerov himself as head of the delegation, ...", "The Russians were represented by officers
            // of military intelligence": a state represented by those listed is a side, the one "as head" heading it.)
            if let (c, by) = StateRepresented.find(doc, people, s) {
                if !sides.contains(c) { sides.append(c) }
                if heads[c] == nil, let head = StateRepresented.namedAsHead(doc, people, after: by, s) { heads[c] = head }
                for name in IncludedList.members(doc, people, after: by, in: s) where !(members[c]?.contains(name) ?? false) && heads[c] != name {
                    members[c, default: []].append(name)
                }
            }
            // ("Russia sent Admiral Igor Kostyukov ... with a group of defence-ministry officers": a state that sent people is a side.)
            if let sent = StateSent.find(doc, people, s) {
                let c = sent.side
                if !sides.contains(c) { sides.append(c) }
                if heads[c] == nil, let head = sent.head { heads[c] = head }
                for name in IncludedList.members(doc, people, after: sent.listAfter, in: s)
                    where !(members[c]?.contains(name) ?? false) && heads[c] != name {
                    members[c, default: []].append(name)
                }
            }
            // ("Moscow sent a team under Medinsky. Its other members were A, B and C": the team just told.)
            if let c = lastSide, sides.contains(c), let verb = ownersMembersVerb(s) {
                for name in IncludedList.members(doc, people, after: verb, in: s) where !(members[c]?.contains(name) ?? false) && heads[c] != name {
                    members[c, default: []].append(name)
                }
            }
            for arrival in arrivedWith(doc, people, s) where heads[arrival.side] == nil {
                if !sides.contains(arrival.side) { sides.append(arrival.side) }
                heads[arrival.side] = arrival.head
                for name in arrival.members where !(members[arrival.side]?.contains(name) ?? false) { members[arrival.side, default: []].append(name) }
            }
            // "Rubio was joined by Waltz and Witkoff", "a member of Kyiv's team": members named with their side.
            for (c, named) in (heads.isEmpty ? [] : companions(doc, people, heads: heads, s)) + declaredMembers(doc, people, s).map({ ($0.0, [$0.1]) })
                where sides.contains(c) {
                for name in named where !(members[c]?.contains(name) ?? false) && heads[c] != name { members[c, default: []].append(name) }
            }
            // "Both delegations have been led ... by the same men: Medinsky for Russia, and Umerov for Ukraine".
            // ("Both were led by the same men ...": the delegations of the sentence before.)
            let both = t[s.tokens.lowerBound].lower == "both" && (s.tokens.lowerBound + 1..<min(s.tokens.upperBound, s.tokens.lowerBound + 4)).contains {
                Lexicon.ledOrHeaded.contains(t[$0].lower) }
            if both || s.tokens.contains(where: { t[$0].is(.delegationNoun) && ledBy($0, s) }) {
                for (c, head) in headsForStates(in: s) where heads[c] == nil {
                    heads[c] = head
                    if !sides.contains(c) { sides.append(c) }
                }
            }
            // "... at all three rounds", "who led Kyiv’s delegation at both rounds": the heads of every round.
            if !heads.isEmpty, s.tokens.contains(where: { t[$0].is([.delegationNoun, .leadVerb]) }), toldOfEveryRound(s) || sameHeads {
                everyRound.merge(heads) { first, _ in first }
            }
            // ("Medinsky, the presidential aide who led the Russian delegation in Istanbul", of rounds held there: each of them.)
            // (Only when the sentence gave a head: most give none.)
            if heads.count > told.heads.count, let city = delegationCity(in: s) {
                for (c, head) in heads where told.heads[c] == nil { headsInCity[city, default: [:]][c] = headsInCity[city]?[c] ?? head }
            }
        }
        /// Heads told of rounds in general, given to round `m` for the sides it has.
        func giveHeads(_ told: [String: String], to m: Int) {
            var round = state[m] ?? DelegationSides(sides: [], heads: [:], members: [:], spans: [:], mentionsAll: false)
            for (c, head) in told.sorted(by: { $0.key < $1.key }) where meetings.meetings[m].parties.contains(c) {
                if !round.sides.contains(c) { round.sides.append(c) }
                if round.heads[c] == nil { round.heads[c] = head }
            }
            state[m] = round
        }
        let sameSides = { (m: Int) in Set(meetings.meetings[m].parties) == Set(meetings.meetings[main].parties) }
        // ("The second round, on June 2, ... But the same two delegation heads agreed on an exchange": the main round's heads
        // headed the round the sentence is about.)
        for (si, s) in doc.sentences.enumerated() {
            guard let m = targetOf[si], m != main, s.mayHave(.cueWord), sameSides(m), let told = state[main]?.heads, !told.isEmpty,
                  s.tokens.contains(where: { k in t[k].end - t[k].start == 4 && t[k].lower == "same"
                      && (k + 1..<min(s.tokens.upperBound, k + 4)).contains { Self.sameHeadNouns.contains(t[$0].lower) } }) else { continue }
            giveHeads(told, to: m)
        }
        let heldTalks = { (m: Int) in meetings.meetings[m].kind == .talks && meetings.meetings[m].status == .held }
        // Every round of the main round's year between its sides has the heads told of every round.
        let year = { (m: Int) in meetings.meetings[m].date.map { String($0.prefix(4)) } }
        for m in meetings.meetings.indices where !everyRound.isEmpty && heldTalks(m) && sameSides(m) && year(m) == year(main) {
            giveHeads(everyRound, to: m)
        }
        // Every round held that year in a city has the heads told of a delegation in it.
        for m in meetings.meetings.indices where heldTalks(m) && year(m) == year(main) {
            if let city = meetings.meetings[m].place?.lexKey, let told = headsInCity[city] { giveHeads(told, to: m) }
        }
        // An earlier round of the same sides in a month an aside named ("was headed, as in January, by") has that head (not the
        // Kremlin meeting of that month, between two of them).
        for m in meetings.meetings.indices where m != main && heldTalks(m) && sameSides(m) {
            guard let iso = meetings.meetings[m].date, let month = DateValue.parseISO(iso)?.month, let told = headsInMonth[month],
                  meetings.meetings[main].date.map({ $0 > iso }) ?? false else { continue }
            giveHeads(told, to: m)
        }
        // ("Kostyukov, who had headed Moscow's delegation at two earlier rounds in Abu Dhabi": those rounds', not the sentence's.)
        for (si, s) in doc.sentences.enumerated() where doc.isFactual(s) {
            let clauses = HeadsInLeadClause.find(doc, people, meetings, s)
            let clauseVerbs = Set(clauses.map(\.verb))
            for found in clauses {
                // (Not when the main clause leads too: "Medinsky, who led Russia's delegation at the talks in 2022, again headed
                // the Russian team".)
                if let m = targetOf[si], !found.rounds.contains(m), state[m]?.heads[found.side] == found.head,
                   !s.tokens.contains(where: { t[$0].is(.leadVerb) && !clauseVerbs.contains($0) }) {
                    state[m]?.heads[found.side] = nil
                }
                for m in found.rounds {
                    var told = state[m] ?? DelegationSides(sides: [], heads: [:], members: [:], spans: [:], mentionsAll: false)
                    if !told.sides.contains(found.side) { told.sides.append(found.side) }
                    told.heads[found.side] = found.head
                    state[m] = told
                }
            }
        }
        var out: [Delegation] = []
        for m in state.keys.sorted() {
            guard var sides = state[m]?.sides else { continue }
            var heads = state[m]!.heads
            if m == main { headsFromRoles(people, sides: &sides, heads: &heads) }
            out += delegations(at: meetings.meetings[m], sides: sides, heads: heads, members: state[m]!.members,
                               spans: state[m]!.spans, mentionsAll: state[m]!.mentionsAll)
        }
        if state[main] == nil {
            var sides: [String] = [], heads: [String: String] = [:]
            headsFromRoles(people, sides: &sides, heads: &heads)
            out += delegations(at: meetings.meetings[main], sides: sides, heads: heads, members: [:], spans: [:], mentionsAll: false)
        }
        let atTalks = NegotiatorsAtTalks.add(to: sidesAtTheirTalks(out, meetings.meetings), doc, people, meetings)
        let found = membersOnTheirSide(chiefsAtTheirTalks(sameTeamSameDay(atTalks, meetings.meetings), doc, people, meetings.meetings), people)
        return atTwinPlaces(found, meetings)
    }

    /// "headed Moscow's team at the failed talks in Belarus and Istanbul": the talks at the second place had the delegations
    /// of the first, for the sides they were not told of.
    private static func atTwinPlaces(_ found: [Delegation], _ meetings: MeetingRules) -> [Delegation] {
        var out = found
        for (m, twin) in meetings.twinPlaces {
            let first = meetings.meetings[m].id, second = meetings.meetings[twin].id
            for d in found where d.meeting == first && !out.contains(where: { $0.meeting == second && $0.side == d.side }) {
                var copy = d
                copy.meeting = second
                out.append(copy)
            }
        }
        return out
    }

    /// "hosted Ukraine's new chief negotiator, Rustem Umerov", "Umerov and ... Hnatov are due to meet Witkoff": a side's
    /// chief negotiator named in the sentence that tells the talks heads a delegation told with no head.
    private static func chiefsAtTheirTalks(_ found: [Delegation], _ doc: Document, _ people: PeopleIndex, _ meetings: [Meeting]) -> [Delegation] {
        found.map { d in
            guard d.head == nil, let m = meetings.first(where: { $0.id == d.meeting }), m.kind == .talks,
                  let s = doc.sentences.first(where: { $0.span.start <= m.span.start && m.span.start < $0.span.end }) else { return d }
            let chiefs = people.people.filter { p in
                p.country == d.side && leadsSide(p) && p.mentions.contains { s.tokens.contains($0.lowerBound) }
            }
            guard chiefs.count == 1 else { return d }
            var headed = d
            headed.head = chiefs[0].name
            headed.members.removeAll { $0 == chiefs[0].name }
            return headed
        }
    }

    /// Whether a role names the person as their side's negotiator or the head of its delegation.
    private static func leadsSide(_ person: PersonFinding) -> Bool {
        person.roles.contains { role in
            let words = role.text.lexKey.split(separator: " ")
            return words.contains { ["negotiator", "delegation", "delegation's", "contingent"].contains($0) }
                && words.contains { ["chief", "head", "lead", "top", "leader", "led", "heading"].contains($0) }
        }
    }

    /// The words `find`'s scans ask of a token.
    static let headNouns: WordSet = ["head", "chief", "leader"]
    static let chiefWords: WordSet = ["chief", "lead", "top"]
    static let ownerPronouns: WordSet = ["its", "their"]
    static let membersVerbs: WordSet = ["were", "are", "included", "include", "includes"]
    static let asideOpeners: WordSet = ["as", "once", "again", "like", "in", "at", "this", "for"]
    static let openingPrepositions: WordSet = ["at", "in", "during", "on"]
    static let sameHeadNouns: WordSet = ["heads", "negotiators", "men"]
    static let madeOfOpeners: WordSet = ["made", "composed", "comprising", "consisting", "drawn"]
    static let roundNouns: WordSet = ["round", "rounds", "meetings", "sessions"]
    static let earlierWords: WordSet = ["after", "since", "following"]
    static let occasionNouns: WordSet = ["occasions", "rounds", "times"]
    static let everyWords: WordSet = ["both", "all", "each", "every"]
    static let ofDeterminers: WordSet = ["those", "these", "the"]
    static let allWords: WordSet = ["both", "all", "each"]
    static let invertingVerbs: WordSet = ["was", "is", "will"]
    static let representedAuxiliaries: WordSet = ["was", "is", "were", "will", "be", "been", "has", "had"]
    static let bothOrTwo: WordSet = ["both", "two"]
    static let hostingGerunds: WordSet = ["hosting", "holding", "chairing", "presiding", "convening", "meeting", "visiting"]
    static let gappedSideNouns: WordSet = ["one", "side", "delegation", "team"]
    /// Words between a side and its delegation noun: "the Russian negotiating team", "Ukraine's peace delegation".
    static let teamModifiers: WordSet = ["negotiating", "negotiation", "peace"]
    static let motionPrepositions: WordSet = ["in", "to", "at", "from", "for", "with", "into", "toward", "towards"]
    static let leadAuxiliaries: WordSet = ["will", "would", "is", "was", "has", "had", "have"]
    static let ledByAuxiliaries: WordSet = ["was", "is", "were", "being", "will", "be"]
    static let perfectAuxiliaries: WordSet = ["had", "has", "have"]
    static let singularPronouns: WordSet = ["he", "she"]
    static let includingVerbs: WordSet = ["included", "includes", "comprised", "consisted"]

    /// "National security advisers from Britain, France and Germany also met the Ukrainian delegation in Geneva on
    /// Sunday": a side's team at a second meeting of the same day and place is the one whose head the first named.
    private static func sameTeamSameDay(_ found: [Delegation], _ meetings: [Meeting]) -> [Delegation] {
        var out = found
        for k in out.indices where out[k].head == nil {
            guard let m = meetings.first(where: { $0.id == out[k].meeting }), let day = m.date, day.utf8.count == 10, let place = m.place else { continue }
            let twins = Set(meetings.filter { $0.id != m.id && $0.date == day && $0.place == place }.map(\.id))
            if let head = found.first(where: { twins.contains($0.meeting) && $0.side == out[k].side && $0.head != nil })?.head { out[k].head = head }
        }
        return out
    }

    /// A side that is no party to the talks it was told with ("Andriy Yermak led a team that included ..." in an
    /// article on US-Russia talks in Riyadh) sat at the one other held round its state was party to, if the
    /// article tells exactly one; otherwise at none the article tells.
    private static func sidesAtTheirTalks(_ found: [Delegation], _ meetings: [Meeting]) -> [Delegation] {
        var out: [Delegation] = []
        for d in found {
            guard let m = meetings.first(where: { $0.id == d.meeting }), m.parties.count >= 2, !m.parties.contains(d.side) else {
                out.append(d); continue
            }
            let others = meetings.filter { $0.kind == .talks && $0.status == .held && $0.id != m.id && $0.parties.contains(d.side) }
            guard others.count == 1, !found.contains(where: { $0.meeting == others[0].id && $0.side == d.side }) else { continue }
            var moved = d
            moved.meeting = others[0].id
            out.append(moved)
        }
        return out
    }

    /// Heads from roles: "head of the Russian delegation", "Ukraine’s chief negotiator", "heading the Russian delegation".
    private static func headsFromRoles(_ people: PeopleIndex, sides: inout [String], heads: inout [String: String]) {
        for person in people.people {
            guard let c = person.country else { continue }
            let leads = person.roles.contains { role in
                // Whole words, compared without Foundation's substring search.
                let words = role.text.lexKey.split(separator: " ")
                // ("Moscow's chief delegate": a delegate who leads.)
                // (Not a delegate to a body or in a city: "the Red Cross's chief delegate in Moscow", "chief delegate to the OSCE".)
                return words.contains { ["negotiator", "negotiators", "delegation", "delegation's", "contingent"].contains($0) }
                    || words.contains("delegate") && words.contains { ["chief", "lead", "head"].contains($0) }
                        && !words.contains { ["to", "in", "at"].contains($0) }
            }
            if leads {
                if !sides.contains(c) { sides.append(c) }
                if heads[c] == nil { heads[c] = person.name }
            }
        }
    }

    private static func delegations(at meeting: Meeting, sides: [String], heads: [String: String], members: [String: [String]],
                                    spans: [String: Span], mentionsAll: Bool) -> [Delegation] {
        var sides = sides
        // "the two delegations": every party sent one; otherwise only the sides the text tells of.
        if mentionsAll {
            for p in meeting.parties where !sides.contains(p) { sides.append(p) }
        }
        // The host of talks sends no delegation to them ("Turkish Foreign Minister Hakan Fidan told the two delegations").
        let host = meeting.place.flatMap { Lexicon.placeCountry[$0.lexKey] }
        sides.removeAll { $0 == host && !meeting.parties.contains($0) }
        let ordered = meeting.parties.filter { sides.contains($0) } + sides.filter { !meeting.parties.contains($0) }
        return ordered.map { side in
            // (A list told twice, by two sentences or two rules, names each member once; the head is no member.)
            var seen = Set(heads[side].map { [$0] } ?? [])
            let listed = (members[side] ?? []).filter { seen.insert($0).inserted }
            return Delegation(meeting: meeting.id, side: side, head: heads[side], members: listed,
                              span: spans[side] ?? meeting.span)
        }
    }
}

/// What the sentences about one round say of its delegations.
struct DelegationSides {
    var sides: [String]
    var heads: [String: String]
    var members: [String: [String]]
    var spans: [String: Span]
    var mentionsAll: Bool
}
