/// Reported speech: the clause a verb of saying governs, and "according to X".
extension ClaimRules {
    /// "What they're saying: Witkoff called ...": a newsletter's label opening the paragraph with a question word and
    /// ending in a colon; the words after it have speakers of their own.
    func isSectionLabel(_ v: Int, _ s: Sentence) -> Bool {
        let start = doc.paragraphs[tokens[v].paragraph].tokens.lowerBound
        return v + 1 < s.tokens.upperBound && tokens[v + 1].isMark(":") && v - start <= 4
            && Self.questionWords.contains(tokens[start].lower)
    }

    static let questionWords: WordSet = ["what", "why", "how", "who"]
    static let threateningVerbs: WordSet = ["threatened", "threatens", "threatening"]
    static let blameLinks: [String: [String]] = ["criticized": ["for", "as"], "criticised": ["for", "as"], "accused": ["of"], "accusing": ["of"]]

    /// "before welcoming the Ukrainian leader to his Florida estate": a person welcomed to a place is a guest, not words.
    /// (Not "welcomed the readiness of the Ukrainian delegation to continue the talks": the object is what was welcomed,
    /// and "to" opens a verb.)
    func welcomesAGuest(_ v: Int, from a: Int, _ end: Int) -> Bool {
        guard Self.welcomingVerbs.contains(tokens[v].lower),
              let to = (a + 1..<min(end, a + 8)).first(where: { tokens[$0].lower == "to" }), to + 1 < end,
              !(a..<to).contains(where: { tokens[$0].lower == "of" }),
              tokens[to + 1].is(.article) || tokens[to + 1].isCapitalized || MeetingRules.possessiveDeterminers.contains(tokens[to + 1].lower)
        else { return false }
        // (Not "welcomed Trump's readiness to meet Putin": a possessor is not the one welcomed.)
        return (a..<to).contains { k in
            people.personAt[k].map { p in
                var e = k
                while e < to, people.personAt[e] == p { e += 1 }
                return e >= to || tokens[e].kind != .possessive
            } ?? false
                || (tokens[k].is(.roleNoun) || Self.guestNouns.contains(tokens[k].lower))
                    && !(k + 1 < to && (tokens[k + 1].kind == .possessive || tokens[k + 1].isMark("'") || tokens[k + 1].isMark("\u{2019}")))
        }
    }

    static let welcomingVerbs: WordSet = ["welcomed", "welcomes", "welcoming", "welcome"]
    static let guestNouns: WordSet = ["leader", "leaders", "delegation", "delegations", "guest", "guests", "him", "her", "them"]

    /// The content governed by the verb at `v`, or nil when the verb carries no content here.
    func reportedContent(_ v: Int, _ s: Sentence) -> (Range<Int>, String, Span)? {
        let verb = tokens[v].lower
        var a = v + 1
        let end = s.tokens.upperBound
        // "..., said Volodymyr Zelensky.": the words after the verb are its speaker (see FrontedSpeech).
        if isInvertedAttribution(v, s) { return nil }
        if verb == "view", v == 0 || tokens[v - 1].lower != "to" { return nil }
        if let range = callingComplement(v, s) ?? callingEvaluation(v, s) { return (range, doc.text(tokens: range), doc.span(tokens: range)) }
        // ("criticized Ukraine for ...", "accused Moscow of stalling": a verb of blame carries words only with what it blames
        // for; "criticised the offer on Monday" says nothing of its own.)
        if let links = Self.blameLinks[verb], !(a..<min(end, a + 12)).contains(where: { links.contains(tokens[$0].lower) }) { return nil }
        // ("threatened \"very severe consequences\" if ...", "threatened Russia with \"very severe consequences\"": a threat told by
        // what it threatens, in quotation marks or after "with", is the words.)
        // (Not "threatened to hit Kyiv", the particle's; nor "threatened journalists with prison, the Kremlin said".)
        let threatTold = Self.threateningVerbs.contains(verb) && a < end && tokens[a].lower != "to"
            && (isQuoteMark(tokens[a]) || (a + 1..<min(end, a + 4)).contains(where: { tokens[$0].lower == "with" }))
            && !(a..<end).contains(where: { tokens[$0].is(.sayingVerb) && tokens[$0].quote == nil })
        if let particles = Lexicon.sayingVerbParticles[verb], !particles.isEmpty, verb != "view", !threatTold {
            guard a < end, particles.contains(tokens[a].lower) else { return nil }
            a += 1
        }
        // ("suggested, in English, that the next meeting could take place in Moscow": an aside between the verb and "that".)
        a = pastAsideBeforeThat(a, end)
        // Parenthetical attribution: "Once these proposals are on the table, he added, the process ..."
        // (Not "..., the aide said, adding that ...": the participle's clause is a statement of its own.)
        // (Not "..., officials say, as Kyiv's allies push ...": a clause of its own follows.)
        if a < end, tokens[a].isMark(","), !(a + 1 < end && tokens[a + 1].is(.participle)),
           !(a + 1 < end && Lexicon.clauseContrasts.contains(tokens[a + 1].lower)),
           let open = parentheticalStart(v, s), open > s.tokens.lowerBound {
            let e = contentEnd(from: a + 1, s)
            guard e - (a + 1) >= 2 else { return nil }
            let lead = s.tokens.lowerBound
            let text = doc.text(tokens: lead..<open) + " " + doc.text(tokens: (a + 1)..<e)
            return (lead..<e, text, doc.span(tokens: lead..<e))
        }
        let leadIn = a
        a = skipLeadIns(a, end)
        // ("..., Witkoff said in a statement posted on X.": words describing the statement are no words said.)
        // (Not "said in a statement released by the White House that ...": the words after "that".)
        if a > leadIn, a < end, tokens[a].isWord, !tokens[a].isCapitalized, tokens[a].lower.hasSuffix("ed"),
           !(a..<min(end, a + 10)).contains(where: { tokens[$0].lower == "that" }) { return nil }
        var heardBy = false
        // ("told Russian journalists the conversation had been useful": a demonym before the listeners.)
        let listenersAt = a + 1 < end && tokens[a].is(.demonym) && tokens[a].isCapitalized ? a + 1 : a
        if Self.tellVerbForms.contains(verb), let after = phraseEnd(Lexicon.tellListeners, at: listenersAt, end) ?? outletEnd(at: a, end) {
            // ("told AFP, on condition of anonymity, that ...": an aside after the listener too.)
            a = pastAsideBeforeThat(after, end)
            heardBy = true
        } else if Self.tellVerbForms.contains(verb), let after = toldObjectEnd(a, end) {
            // ("told both teams they had two roads in front of them": the one told, then the words.)
            a = after
            heardBy = true
        }
        // ("told reporters at the US mission in Geneva it had been ...": past where they were told, to a pronoun subject.)
        if heardBy, a < end, Self.toldWherePrepositions.contains(tokens[a].lower),
           let k = (a + 1..<min(end, a + 9)).first(where: { Self.clauseSubjectPronouns.contains(tokens[$0].lower) }),
           (a + 1..<k).allSatisfy({ tokens[$0].isWord && tokens[$0].lower != "that" }) { a = k }
        // "indicated last month that ...", "told reporters that ...": content starts after "that".
        var thatAt: Int? = nil
        var j = a
        // A day number belongs to the date phrase before "that" ("said on May 16 that"); "a 2022 decree" does not.
        // ("said on Nov. 24 that": past the dot of the month's abbreviation.)
        func isMonthDot(_ j: Int) -> Bool { j > 0 && tokens[j].isMark(".") && tokens[j - 1].is(.month) && tokens[j - 1].end == tokens[j].start }
        func isDayOfMonth(_ j: Int) -> Bool {
            tokens[j].kind == .number && (tokens[j - 1].is(.month) || isMonthDot(j - 1) || j + 1 < end && tokens[j + 1].is(.month))
        }
        while j < end, j - a <= 8, tokens[j].isWord || tokens[j].kind == .possessive || isDayOfMonth(j) || isMonthDot(j) {
            if tokens[j].lower == "that" { thatAt = j; break }
            // ("welcoming Trump's efforts but stressing that ...": the "that" of another verb of saying.)
            if j > a, tokens[j].is(.sayingVerb), tokens[j - 1].lower == "but" || tokens[j - 1].lower == "and" { break }
            j += 1
        }
        // "said after the talks that lasted two hours": "that" opens a relative clause on the talks;
        // "said Russia had demanded that ...": it belongs to a clause of its own, which is the content.
        // ("said the Russian side demanded that Kyiv withdraw": a subject and its own verb before "that".)
        // ("said late Friday that armed forces chief ... would join": a day is no noun a relative clause describes.)
        if let t = thatAt, t > a, Lexicon.circumstanceOpeners.contains(tokens[a].lower) && opensRelativeClause(t)
            && timePhraseEnd(from: a, s) != t
            || (a..<t).contains(where: { !tokens[$0].isCapitalized && Lexicon.auxiliaryVerbs.contains(tokens[$0].lower) })
            // ("A Ukrainian source said Moscow tabled new demands that Kyiv considers non-starters": a named subject too.)
            || (tokens[a].is(.article) || tokens[a].isCapitalized) && (a + 1..<t).contains(where: { k in
                let w = tokens[k]
                return w.isWord && !w.isCapitalized && w.lower.hasSuffix("ed") && w.lower.unicodeScalars.count > 4
            }) { thatAt = nil }
        // ("Putin insisted he had never excluded a meeting": a subject pronoun and its auxiliary open the clause as "that" would.)
        // (Not "it": "neither side has signaled it is ready to give ground" tells a stance, not words.)
        // ("Kremlin officials signaled there is no date yet": "there" and its verb too.)
        let pronounClause = a + 1 < end && (Self.subjectPronouns.contains(tokens[a].lower) && tokens[a].lower != "it"
            || tokens[a].lower == "there" && Self.thereClauseVerbs.contains(tokens[v].lower))
            && Lexicon.auxiliaryVerbs.contains(tokens[a + 1].lower)
        if tokens[v].is(.needsThat), thatAt == nil, !heardBy, !pronounClause { return nil }
        if let t = thatAt, !tokens[v].is(.asVerb) { a = t + 1 }
        guard a < end else { return nil }
        // ("said that, after a ceasefire, Britain and France would ...": an aside opening the words is theirs.)
        // (Only an aside that a second comma closes before a clause's subject: not "said that, and then the talks collapsed", where
        // "that" is what was said.)
        if thatAt != nil, tokens[a].isMark(","), a + 1 < end, tokens[a + 1].isWord,
           let close = (a + 2..<min(end, a + 10)).first(where: { tokens[$0].isMark(",") }), close + 1 < end,
           startsClause(close + 1) || tokens[close + 1].isWord && !Self.notClauseSubjects.contains(tokens[close + 1].lower) { a += 1 }
        if tokens[a].isMark(",") || tokens[a].isMark(":") {
            // The verb introduces a quotation; the quotation rule handles it.
            if a + 1 < end, quoteOpenToken[a + 1] != nil { return nil }
            if tokens[a].isMark(",") { return nil }
            a += 1
            // "They said:" as the article's last tokens: nothing follows the colon.
            guard a < end else { return nil }
        }
        if let q = quoteOpenToken[a], isStandalone(q, openToken: a, s) { return nil }
        if thatAt == nil, welcomesAGuest(v, from: a, end) { return nil }
        // ("regions that Russia claims to have annexed": an infinitive is what the subject claims to do, not content.)
        if thatAt == nil, tokens[a].lower == "to" { return nil }
        // ("said Thursday as a second round of talks wrapped up": when, then the circumstance; the words came before the verb.)
        // (Only when words were said before the verb and the clause runs to the end: not "said Thursday as long as Russia keeps
        // striking cities, there can be no ceasefire".)
        if thatAt == nil, let after = timePhraseEnd(from: a, s), after < end, Self.circumstanceAfterTime.contains(tokens[after].lower),
           !(after + 1 < end && ["long", "soon", "well", "much", "far"].contains(tokens[after + 1].lower)),
           (s.tokens.lowerBound..<v).contains(where: { tokens[$0].isMark(",") }), !(after..<end).contains(where: { tokens[$0].isMark(",") }) { return nil }
        // "said on Thursday he would go": a time phrase, then the content without "that".
        if thatAt == nil, let after = timePhraseEnd(from: a, s), after < end, startsClause(after) { a = after }
        // "said after the talks in Istanbul": where and when, not what (the words may come before).
        else if thatAt == nil, Lexicon.circumstanceOpeners.contains(tokens[a].lower) { return nil }
        // "said Thursday, a day after the talks": when, then a comma; the words before the verb are the content.
        if thatAt == nil, let after = timePhraseEnd(from: a, s), after < end, tokens[after].isMark(",") { return nil }
        // "acknowledged this request": a reference back, not content.
        // (Not "described those talks as “very productive”": what a verb of describing frames with "as".)
        if thatAt == nil, Self.demonstratives.contains(tokens[a].lower),
           !(tokens[v].is(.asVerb) && (a + 1..<min(end, a + 6)).contains(where: { tokens[$0].lower == "as" })) { return nil }
        var e = contentEnd(from: a, s)
        // ("The plan, which officials say was drafted in Moscow, has 28 points": the aside's comma closes its content.)
        if insideRelativeAside(v, s), let close = (a..<e).first(where: { tokens[$0].isMark(",") && tokens[$0].quote == nil }) { e = close }
        guard e - a >= 2 else { return nil }
        // ("announced the deal on X, saying that ...": a short object whose words the participle after it gives; not "welcomed the
        // agreement, noting that ...", a stance of its own.)
        if thatAt == nil, Self.announcingVerbs.contains(verb), tokens[a].is(.article), e - a <= 6, e + 1 < end, tokens[e].isMark(","), tokens[e + 1].is(.participle),
           tokens[e + 1].is(.sayingVerb) { return nil }
        if tokens[v].is(.asVerb), !(a..<e).contains(where: { tokens[$0].lower == "as" }) { return nil }
        let range = a..<e
        return (range, doc.text(tokens: range), doc.span(tokens: range))
    }

    static let toldWherePrepositions: WordSet = ["at", "in", "during", "after", "on"]
    static let clauseSubjectPronouns: WordSet = ["it", "he", "she", "they", "we", "there"]

    static let tellVerbForms: WordSet = ["told", "tells", "telling"]

    /// ", in English, that ...": past an aside between commas that "that" follows, or `a` itself.
    func pastAsideBeforeThat(_ a: Int, _ end: Int) -> Int {
        guard a < end, tokens[a].isMark(","), let close = (a + 1..<min(end, a + 7)).first(where: { tokens[$0].kind == .punct }),
              close > a + 1, tokens[close].isMark(","), close + 1 < end, tokens[close + 1].lower == "that",
              !(a + 1..<close).contains(where: { tokens[$0].is(.sayingVerb) || tokens[$0].quote != nil }) else { return a }
        return close + 1
    }

    /// "told both teams they ...", "told him that ...": the end of a short object that a subject pronoun or "that" follows.
    func toldObjectEnd(_ a: Int, _ end: Int) -> Int? {
        guard a < end else { return nil }
        if Self.objectPronouns.contains(tokens[a].lower) {
            return a + 1 < end && (tokens[a + 1].lower == "that" || Self.subjectPronouns.contains(tokens[a + 1].lower)) ? a + 1 : nil
        }
        guard Self.objectDeterminers.contains(tokens[a].lower) else { return nil }
        var k = a + 1
        while k < end, k - a <= 3, tokens[k].isWord, !tokens[k].is(.sayingVerb), !Lexicon.auxiliaryVerbs.contains(tokens[k].lower) {
            if k > a + 1, Self.subjectPronouns.contains(tokens[k].lower) { return k }
            k += 1
        }
        return nil
    }

    static let objectPronouns: WordSet = ["him", "her", "them", "us", "me"]
    static let subjectPronouns: WordSet = ["he", "she", "they", "we", "it", "i"]
    static let thereClauseVerbs: WordSet = ["signaled", "signalled", "hinted", "insisted", "insists", "predicted", "admitted", "conceded",
                                            "believes", "believed", "repeated", "countered", "contended"]
    static let objectDeterminers: WordSet = ["both", "his", "their", "its", "the", "her"]
    static let demonstratives: WordSet = ["this", "these", "those"]

    /// Whether verb `v` says something inside an aside that ", which" or ", who" opens a few words before it.
    func insideRelativeAside(_ v: Int, _ s: Sentence) -> Bool {
        var k = v - 1
        while k > s.tokens.lowerBound, v - k <= 5, tokens[k].isWord {
            if Self.relativePronouns.contains(tokens[k].lower) { return tokens[k - 1].isMark(",") }
            k -= 1
        }
        return false
    }

    static let relativePronouns: WordSet = ["which", "who"]
    /// (Present only: "was" and "were" may be the speaker's own words shifted back, "and there was no question of ...".)
    static let existentialVerbs: WordSet = ["is", "are"]

    /// The comma before "he added" in "..., he added, ...", if the verb sits in such a parenthesis.
    func parentheticalStart(_ v: Int, _ s: Sentence) -> Int? {
        var k = v - 1
        while k > s.tokens.lowerBound, tokens[k].is(.filler) { k -= 1 }
        var steps = 0
        while k > s.tokens.lowerBound, !tokens[k].isMark(","), steps < 4, tokens[k].isWord { k -= 1; steps += 1 }
        guard steps >= 1, k > s.tokens.lowerBound, tokens[k].isMark(",") else { return nil }
        return k
    }

    func skipLeadIns(_ a: Int, _ end: Int) -> Int { phraseEnd(Lexicon.contentLeadIns, at: a, end) ?? a }

    /// Where the first of `phrases` that starts at token `a` (and ends by `end`) ends, if one does.
    /// "told Fox News", "told NBC News", "told LRT RADIO": a listener named as a news outlet, up to its last word.
    func outletEnd(at a: Int, _ end: Int) -> Int? {
        // ("told AFP, on condition of anonymity, that": an agency named by one word.)
        if a < end, tokens[a].isCapitalized || tokens[a].isAllCaps, Lexicon.newsAgencies.contains(tokens[a].lower) { return a + 1 }
        var k = a
        while k < end, k - a < 4, tokens[k].isCapitalized || tokens[k].isAllCaps {
            if k > a, Lexicon.outletHeads.contains(tokens[k].lower) { return k + 1 }
            k += 1
        }
        return nil
    }

    func phraseEnd(_ phrases: [[String]], at a: Int, _ end: Int) -> Int? {
        for phrase in phrases where a + phrase.count <= end && phrase.indices.allSatisfy({ tokens[a + $0].lower == phrase[$0] }) {
            return a + phrase.count
        }
        return nil
    }

    /// Where reported content stops: the sentence end, or before a new clause that carries its
    /// own verb of saying (", noting ...", " and indicated ...", " yet he emphasized ...").
    func contentEnd(from a: Int, _ s: Sentence) -> Int {
        var k = a
        let end = s.tokens.upperBound
        while k < end {
            let t = tokens[k]
            // `... a "just and lasting peace," the directorate said.`: the comma inside the closing quote ends the content too.
            if t.quote != nil, t.isMark(","), k + 2 < end, isQuoteMark(tokens[k + 1]), startsTrailingAttribution(k + 1, s) {
                return k + 2
            }
            // (`the two sides were “closer than ever,” while Mr. Zelensky said ...`: past the quote, another speaker's clause.)
            if t.quote != nil, t.isMark(","), k + 3 < end, isQuoteMark(tokens[k + 1]), ["while", "whereas"].contains(tokens[k + 2].lower),
               (k + 3..<min(end, k + 9)).contains(where: { tokens[$0].is(.sayingVerb) && tokens[$0].quote == nil }) {
                return k + 2
            }
            if t.quote == nil {
                // ("creating three working groups — on political, humanitarian and military issues — that would meet
                // online": a dash that a second one closes sets off an aside inside the content.)
                if t.kind == .punct, t.text.unicodeScalars.first!.isDash, !t.isMark("-"), k + 2 < end,
                   let close = (k + 2..<min(end, k + 16)).first(where: { tokens[$0].isMark(t.text) }), close + 1 < end {
                    k = close + 1; continue
                }
                // ("the Putin–Zelensky meeting": a dash with no space joins two words.)
                if t.kind == .punct, k > a, k + 1 < end, tokens[k - 1].isWord, tokens[k + 1].isWord,
                   tokens[k - 1].end == t.start, tokens[k + 1].start == t.end { k += 1; continue }
                if t.isMark(";") || t.kind == .punct && t.text.unicodeScalars.first!.isDash { return k }
                if t.isMark(","), k + 1 < end {
                    // "..., Medinsky told reporters.": the attribution is not part of the content.
                    if startsTrailingAttribution(k, s) { return k }
                    let n = tokens[k + 1]
                    // (", but only if Russia observed it": a condition on the same statement goes on.)
                    // (", but that Moscow expected ...": the same verb's second clause.)
                    // (", but wanted to see the details first", ", but would achieve its goals": the same subject's second
                    // predicate, one statement.)
                    let condition = n.lower == "but" && k + 2 < end && (Self.butConditionWords.contains(tokens[k + 2].lower)
                        || secondPredicate(at: k + 2))
                    // (", which he says is funding Moscow's war": a relative clause told within the words goes on.)
                    let toldWithin = ["which", "who"].contains(n.lower) && k + 3 < end && tokens[k + 2].is(.personalPronoun)
                        && tokens[k + 3].is(.sayingVerb)
                    // ("the prisoner exchange, which would be the largest of the war, was a modest but real result": a
                    // relative clause set off inside the words, their verb after it.)
                    if ["which", "who"].contains(n.lower), let close = (k + 2..<min(end, k + 16)).first(where: { tokens[$0].kind == .punct }),
                       tokens[close].isMark(","), close + 1 < end, Lexicon.auxiliaryVerbs.contains(tokens[close + 1].lower) {
                        k = close + 1; continue
                    }
                    // ("..., after the US president interrupted a gathering", "..., as Washington presses Kyiv": the reporter's
                    // time or setting, set off after the words.)
                    let setting = (n.lower == "after" || n.lower == "as") && k + 2 < end
                        && (tokens[k + 2].is(.article) || tokens[k + 2].isCapitalized)
                    // (", as the settlement process would require ‘extensive diplomatic work’": a reason in the speaker's
                    // own modal goes on.)
                    // (Not the reporter's aside on what came later: ", as Putin would later confirm", ", as the Kremlin should know".)
                    let asClause = (k + 2..<min(end, k + 8)).prefix(while: { tokens[$0].isWord })
                    let reason = n.lower == "as" && asClause.contains(where: { Self.reportedModals.contains(tokens[$0].lower) })
                        && !asClause.contains(where: { tokens[$0].is(.sayingVerb) || people.personAt[$0] != nil || Self.asideVerbs.contains(tokens[$0].lower) })
                    if setting, !reason { return k }
                    if n.is(.participle) && !n.is(.continuingParticiple) && isSayingUse(k + 1, s)
                        || n.is(.contentBreaker) && !condition && !toldWithin { return k }
                }
                // ("welcoming Trump's efforts but stressing that ...": a second participle of saying, its own claim.)
                if t.is(.clauseJoiner), k > a, k + 1 < end, tokens[k + 1].is(.participle), tokens[k + 1].is(.sayingVerb),
                   !tokens[k + 1].is(.continuingParticiple), isSayingUse(k + 1, s) { return k }
                // (", and that Kyiv had put forward ...": the same verb's second clause, whatever verb it has.)
                if t.is(.clauseJoiner), k + 1 < end, tokens[k + 1].lower == "that" { k += 2; continue }
                // ("Ukrainians will not give their land to the occupier, and there is alarm in European capitals ...": the
                // reporter's own clause of what is.)
                if t.is(.clauseJoiner), k > a, tokens[k - 1].isMark(","), k + 2 < end, tokens[k + 1].lower == "there",
                   Self.existentialVerbs.contains(tokens[k + 2].lower) { return k - 1 }
                if t.is(.clauseJoiner) {
                    var j = k + 1
                    if j < end, tokens[j].is(.personalPronoun) || tokens[j].is(.groupPronoun) { j += 1 }
                    // (", and President Alexander Stubb wrote that ...": another speaker's own clause.)
                    while j < end, j - k <= 4, people.personAt[j] == nil, tokens[j].is([.titleWord, .roleNoun, .demonym]) { j += 1 }
                    let subject = j < end && people.personAt[j] != nil || j > k + 1
                    if j < end, people.personAt[j] != nil, let e = people.mentionEnd[j] { j = e }
                    // ("Russia was ready to hand over 3,000 bodies and had proposed short ceasefires": with no subject of its
                    // own, an auxiliary ties the verb to the reported clause.)
                    let auxiliary = j < end && Lexicon.auxiliaryVerbs.contains(tokens[j].lower)
                    while j < end, tokens[j].is(.filler) { j += 1 }
                    // ("said the differences were “not insurmountable” but declined to say whether ...": what the speaker
                    // would not do ends the words.)
                    if j + 1 < end, Self.refusingVerbs.contains(tokens[j].lower), tokens[j + 1].lower == "to" {
                        return k > a && tokens[k - 1].isMark(",") ? k - 1 : k
                    }
                    if j < end, tokens[j].is(.sayingVerb), !tokens[j].is(.participle), isSayingUse(j, s), subject || !auxiliary {
                        return k > a && tokens[k - 1].isMark(",") ? k - 1 : k
                    }
                    if k > a, tokens[k - 1].isMark(","), anotherSourceSays(after: k, s) { return k - 1 }
                }
            }
            k += 1
        }
        // Drop the final stop, keep a closing quotation mark.
        var e = end
        while e > a, tokens[e - 1].kind == .punct, tokens[e - 1].isMark(".") || tokens[e - 1].isMark("!") || tokens[e - 1].isMark("?") { e -= 1 }
        return e
    }

    static let refusingVerbs: WordSet = ["declined", "refused"]
    static let asideVerbs: WordSet = ["know", "knows", "later", "confirm", "recall", "see", "learn"]
    static let notClauseSubjects: WordSet = ["and", "but", "or", "since", "because", "as", "then", "when", "while", "which", "who",
                                             "that", "so", "if", "after", "before", "until"]
    static let announcingVerbs: WordSet = ["announced", "announces", "announce", "unveiled"]
    static let reportedModals: WordSet = ["would", "could", "should", "might", "must"]
    static let butConditionWords: WordSet = ["only", "not", "also", "that"]

    /// ", and officials in Kyiv have said ...": after the joiner at `k`, a short subject of its own and a verb of saying.
    func anotherSourceSays(after k: Int, _ s: Sentence) -> Bool {
        var j = k + 1
        while j < s.tokens.upperBound, j - k <= 5, tokens[j].isWord, tokens[j].quote == nil, !tokens[j].is(.sayingVerb),
              !Lexicon.auxiliaryVerbs.contains(tokens[j].lower) { j += 1 }
        guard j > k + 1 else { return false }
        while j < s.tokens.upperBound, j - k <= 7, Lexicon.auxiliaryVerbs.contains(tokens[j].lower) || tokens[j].is(.filler) { j += 1 }
        return j < s.tokens.upperBound && tokens[j].is(.sayingVerb) && !tokens[j].is(.participle) && isSayingUse(j, s)
    }

    /// Whether the word at `k`, right after "but", goes on with the subject before it: a lower-case word that opens no
    /// clause or phrase of its own.
    func secondPredicate(at k: Int) -> Bool {
        let t = tokens[k]
        return t.isWord && !t.isCapitalized && t.quote == nil && !startsClause(k) && !Self.phraseOpeners.contains(t.lower)
    }

    static let circumstanceAfterTime: WordSet = ["as", "after", "before", "while", "when", "following", "during"]
    static let phraseOpeners: WordSet = ["there", "in", "on", "at", "for", "with", "after", "before", "as", "if", "when",
                                         "while", "since", "because", "so", "then", "now", "still", "instead", "even"]

    /// "said he could see it happening, adding that ...": the content split where a participle of saying sets off a second
    /// that-clause. ("said the talks were useful and that borders must not change" stays whole: one verb's reported
    /// clause, as the samples keep conjoined predicates in one claim.)
    func thatClauses(_ range: Range<Int>) -> [Range<Int>] {
        var j = max(range.lowerBound + 2, 3)
        while j + 1 < range.upperBound {
            let t = tokens[j]
            // (", adding that international borders must not be changed": a lower-case subject too, not "that was all".)
            let opens = startsClause(j + 1) || tokens[j + 1].isWord && tokens[j + 1].quote == nil
                && !Lexicon.auxiliaryVerbs.contains(tokens[j + 1].lower) && !tokens[j + 1].is(.sayingVerb)
            if t.end - t.start == 4, t.lower == "that", t.quote == nil, opens,
               tokens[j - 1].lower == "adding" && (tokens[j - 2].isMark(",")
                   || isQuoteMark(tokens[j - 2]) && tokens[j - 3].isMark(",")) {
                var cut = j - 1
                if cut > range.lowerBound, tokens[cut - 1].isMark(","), tokens[cut - 1].quote == nil { cut -= 1 }
                guard cut > range.lowerBound else { return [range] }
                return [range.lowerBound..<cut] + thatClauses((j + 1)..<range.upperBound)
            }
            j += 1
        }
        return [range]
    }

    /// Whether the verb at `v` is used as a verb of saying here ("shared that", not "shared their visions").
    func isSayingUse(_ v: Int, _ s: Sentence) -> Bool {
        guard tokens[v].is(.needsThat) else { return true }
        // ("signaled there is no date yet": "there" and its verb open the clause as "that" would.)
        // (Not "Diplomats posted there were told to leave": only verbs that never take a place after them.)
        if v + 2 < s.tokens.upperBound, Self.thereClauseVerbs.contains(tokens[v].lower), tokens[v + 1].lower == "there",
           Lexicon.auxiliaryVerbs.contains(tokens[v + 2].lower) { return true }
        var j = v + 1
        while j < s.tokens.upperBound, j - v <= 9, tokens[j].isWord || tokens[j].kind == .possessive {
            if tokens[j].lower == "that" { return true }
            j += 1
        }
        return false
    }

    /// "In his words, Kiev should study the document": the person the pronoun stands for.
    mutating func inTheirWords(_ s: Sentence) -> Range<Int>? {
        let a = s.tokens.lowerBound
        guard s.tokens.count > 6, tokens[a].lower == "in", Self.hisOrHer.contains(tokens[a + 1].lower), tokens[a + 2].lower == "words",
              tokens[a + 3].isMark(","), let speaker = finder.pronounPerson() else { return nil }
        let e = contentEnd(from: a + 4, s)
        guard e - (a + 4) >= 2 else { return nil }
        emit(speaker, .reported, doc.text(tokens: (a + 4)..<e), doc.span(tokens: (a + 4)..<e))
        return s.tokens
    }

    static let hisOrHer: WordSet = ["his", "her"]

    /// "According to X, content." and "content, according to X."
    /// "a joint statement released late on Sunday": the source ends before a participle telling when or where it
    /// appeared ("released by the Kremlin" names another source, and is kept).
    func sourceEnd(_ a: Int, _ e: Int) -> Int {
        guard a + 1 < e else { return e }
        return (a + 1..<e).first { k in
            Lexicon.publishingParticiples.contains(tokens[k].lower) && !(k + 1 < e && tokens[k + 1].lower == "by")
        } ?? e
    }

    static let relativeOpeners: WordSet = ["who", "whose", "which"]

    mutating func accordingTo(_ i: Int, _ s: Sentence) -> Range<Int>? {
        let start = finder.skipIntro(from: s.tokens.lowerBound, in: s)
        let end = s.tokens.upperBound
        // (`The demands were “non-starters,” according to the official`: the comma inside the closing mark.)
        let commaBefore = i > s.tokens.lowerBound && tokens[i - 1].isMark(",")
            || i - 1 > s.tokens.lowerBound && isQuoteMark(tokens[i - 1]) && tokens[i - 2].isMark(",")
        // ("resolved according to the formula agreed at the summit, ...": set in a clause with no comma before it, "according to"
        // tells a source only when that source closes the sentence.)
        // (And only a source that speaks: a person, a body or an unnamed source, not "exchanged according to the agreement",
        // "went according to plan".)
        if !commaBefore, i > start, i > s.tokens.lowerBound {
            let close = (i + 2..<end).first { tokens[$0].isMark(",") || tokens[$0].isMark(";") } ?? end
            guard close == end || close + 1 == end, close - (i + 2) <= 8, i + 2 < close,
                  (i + 2..<close).contains(where: { people.personAt[$0] != nil || tokens[$0].is(.organisation)
                      || Lexicon.unnamedSourceNouns.contains(tokens[$0].lower) || SpeakerFinder.statementNouns.contains(tokens[$0].lower) })
            else { return nil }
        }
        if i <= start || i == s.tokens.lowerBound {
            // Fronted: "According to X, content."
            var c = i + 2
            while c < end, !tokens[c].isMark(",") { c += 1 }
            guard c < end, let speaker = finder.label((i + 2)..<sourceEnd(i + 2, c)) else { return nil }
            // ("According to ... Vladimir Medinsky, who led Moscow's team, the first day ran ...": past a relative clause on the source.)
            // (Past the commas of a list in the clause: "who met Medinsky, Fomin and Galuzin, both sides agreed".)
            if c + 1 < end, Self.relativeOpeners.contains(tokens[c + 1].lower),
               let close = (c + 2..<end).first(where: { k in tokens[k].isMark(",") && tokens[k].quote == nil
                   && !(k + 1 < end && (tokens[k + 1].isCapitalized || tokens[k + 1].lower == "and")) }) { c = close }
            let e = contentEnd(from: c + 1, s)
            guard e - (c + 1) >= 2 else { return nil }
            let range = (c + 1)..<e
            emit(speaker, .reported, doc.text(tokens: range), doc.span(tokens: range))
            return s.tokens
        }
        // Trailing: "content, according to X."
        var e = i + 2
        while e < end, !tokens[e].isMark(","), !tokens[e].isMark(".") { e += 1 }
        guard let speaker = finder.label((i + 2)..<sourceEnd(i + 2, e)) else { return nil }
        // ("The U.S. president, according to people in the German delegation, backed the 30-day demand": set off between
        // a short subject and its verb, the source tells the whole clause.)
        let lead = finder.skipIntro(from: s.tokens.lowerBound, in: s)
        // ("The two leaders spoke again the next day, when, according to the Kremlin, Mr. Putin told Mr. Trump that ...": set
        // off after a word opening a clause, the source tells that clause, not the one before it.)
        if e + 1 < end, tokens[e].isMark(","), tokens[i - 1].isMark(","), i - 2 > lead,
           Lexicon.clauseOpeners.contains(tokens[i - 2].lower) || SpeakerFinder.conjunctions.contains(tokens[i - 2].lower) {
            let close = contentEnd(from: e + 1, s)
            guard close - (e + 1) >= 2 else { return nil }
            emit(speaker, .reported, doc.text(tokens: (e + 1)..<close), doc.span(tokens: (e + 1)..<close))
            return s.tokens
        }
        if e + 1 < end, tokens[e].isMark(","), tokens[i - 1].isMark(","), i - 1 - lead <= 6, i - 1 > lead,
           tokens[e + 1].isWord, !tokens[e + 1].isCapitalized, !SpeakerFinder.conjunctions.contains(tokens[e + 1].lower),
           !(lead..<(i - 1)).contains(where: { tokens[$0].quote != nil || tokens[$0].is(.sayingVerb) }) {
            let close = contentEnd(from: e + 1, s)
            if close - (e + 1) >= 2 {
                let text = doc.text(tokens: lead..<(i - 1)) + " " + doc.text(tokens: (e + 1)..<close)
                emit(speaker, .reported, text, doc.span(tokens: lead..<close))
                return s.tokens
            }
        }
        let range = s.tokens.lowerBound..<(tokens[i - 1].isMark(",") ? i - 1 : i)
        guard range.count >= 2 else { return nil }
        emit(speaker, .reported, doc.text(tokens: range), doc.span(tokens: range))
        return s.tokens
    }
}
