/// "The plan was first presented to Zelensky in Kyiv on Thursday by Driscoll", "Driscoll, who had presented the draft to
/// Zelenskyy in Kyiv on Thursday", "handed to Zelenskyy by Driscoll in Kyiv": a document handed over in person is a
/// meeting of the two sides, where and when the phrase tells.
extension MeetingRules {
    mutating func handedDocument(_ s: Sentence, dates: [DateMention]) {
        let t = doc.tokens
        // (Lengths first: "handed" has six letters, "presented" and "delivered" nine; "took" four, "brought" seven.)
        for v in s.tokens where (t[v].end - t[v].start == 6 || t[v].end - t[v].start == 9) && t[v].quote == nil
                && Self.handingVerbs.contains(t[v].lower) || isHandingInfinitive(v, s)
                || (t[v].end - t[v].start == 4 || t[v].end - t[v].start == 7) && t[v].quote == nil && Self.carryingVerbs.contains(t[v].lower) {
            // The document: right after the verb, or the subject of a passive or a participle before it.
            // ("Witkoff and Kushner then took the revised text to Putin": a verb of carrying only with the document after it.)
            let object = (v + 1..<min(s.tokens.upperBound, v + 4)).contains { Self.documentNouns.contains(t[$0].lower) }
                || !Self.carryingVerbs.contains(t[v].lower)
                && (max(s.tokens.lowerBound, v - 16)..<v).contains { Self.documentNouns.contains(t[$0].lower) }
            guard object, let to = (v + 1..<min(s.tokens.upperBound, v + 6)).first(where: { t[$0].lower == "to" }),
                  let recipient = personAfter(to, s), let home = people.people[recipient].country else { continue }
            // Who handed it: "by X" in the phrase, else the person the clause hangs on ("Driscoll, who had presented").
            let phraseEnd = (to + 1..<s.tokens.upperBound).first { t[$0].isMark(",") || t[$0].isMark(";") || t[$0].isMark(".") && !PeopleRules.isInnerDot(doc, $0) }
                ?? s.tokens.upperBound
            // ("by a Pentagon delegation led by Driscoll": the last "by" that names someone, not "backed by Washington".)
            var by: Int? = nil
            for k in (to + 1..<phraseEnd).reversed() where t[k].lower == "by" {
                if let p = personAfter(k, s) { by = p; break }
            }
            let relative: Int? = (max(s.tokens.lowerBound, v - 6)..<v).last { t[$0].lower == "who" }.flatMap { w in
                w - 2 >= s.tokens.lowerBound && t[w - 1].isMark(",") ? people.personAt[w - 2] : nil }
            // ("Driscoll presented the plan", "Driscoll flew to Kyiv on Thursday to present the plan": the clause's own subject.)
            let purpose = isHandingInfinitive(v, s)
            // ("Witkoff and Kushner then took the revised text to Putin": past an adverb of sequence.)
            let adverb = v - 1 > s.tokens.lowerBound && Self.sequenceAdverbs.contains(t[v - 1].lower)
            let subject = adverb ? v - 2 : v - 1
            let who = by ?? relative ?? subjectSetOff(before: v, s) ?? (purpose ? purposeSubject(before: v, s) : subject >= s.tokens.lowerBound ? people.personAt[subject] : nil)
            guard let giver = who, let side = people.people[giver].country, side != home else { continue }
            var phrase = s
            phrase.tokens = (to + 1)..<phraseEnd
            // ("Driscoll, who led a Pentagon delegation to Kyiv on Thursday, presented the document to Zelensky in person": the
            // journey told in the giver's clause places and dates the handing when its own phrase does not.)
            // ("presented the plan to Zelensky there": the place the sentence told before.)
            let there = phrase.tokens.contains { t[$0].lower == "there" }
            let goneTo = (s.tokens.lowerBound..<v).first { k in t[k].lower == "to" && k + 1 < v && t[k + 1].is(.city) && t[k + 1].isCapitalized }
            // (A clause that goes somewhere: "who briefed reporters on Monday" dates nothing handed.)
            let journeyClause = by == nil && goneTo != nil && (relative != nil || purpose || subjectSetOff(before: v, s) != nil)
            let clauseDate = journeyClause ? dates.first { $0.tokens.upperBound <= v && ($0.value.day != nil || !$0.relative) }?.value : nil
            let date = dates.first { phrase.tokens.contains($0.tokens.lowerBound) }?.value ?? clauseDate
            let place = placeIn(phrase) ?? (there ? placeIn(s) ?? goneTo.map { cityName($0 + 1) } : nil)
                ?? (journeyClause ? goneTo.map { cityName($0 + 1) } : nil)
            // (An errand still to come: "will fly to Kyiv to present the plan".)
            let st: MeetingStatus = purpose && DateRules.isFuture(before: v, doc, in: s) ? .planned : .held
            // ("to Putin in the Kremlin on December 2": the building too.)
            let venue = venueIn(phrase)
            // (A document carried tells a meeting only with a place or day: "took the text to Putin, who received them in the
            // Kremlin ..." leaves the meeting to the clause that tells it. Nor when the person only owns whom it was carried
            // to, or it went by phone: "took the proposal to Trump's allies", "brought the plan to Trump's attention".)
            if Self.carryingVerbs.contains(t[v].lower), date == nil && place == nil && venue == nil || carriedElsewhere(to, phraseEnd, s) { continue }
            let m = add(.talks, s, trigger: v..<(v + 1), place: place, date: date, status: st, parties: [side, home].sorted())
            meetings[m].venue = venue
            return
        }
    }

    /// "to present the plan to Zelensky": the infinitive of handing, the purpose of the clause before it.
    private func isHandingInfinitive(_ v: Int, _ s: Sentence) -> Bool {
        t[v].end - t[v].start == 7 && v > s.tokens.lowerBound && t[v - 1].lower == "to" && t[v].quote == nil
            && Self.handingInfinitives.contains(t[v].lower)
    }

    /// The first person of the clause the infinitive of purpose ends, past titles, when a verb of journey or leading
    /// follows them ("U.S. Army Secretary Dan Driscoll flew to Kyiv on Thursday to present ..."). The clause starts after
    /// any verb of saying ("Macron said Driscoll flew ...": Driscoll).
    private func purposeSubject(before v: Int, _ s: Sentence) -> Int? {
        var a = (s.tokens.lowerBound..<v).last { t[$0].is(.sayingVerb) || t[$0].lower == "that" }.map { $0 + 1 } ?? s.tokens.lowerBound
        while a < v, people.personAt[a] == nil, t[a].is([.titleWord, .roleNoun, .demonym, .article]) || t[a].isAllCaps || t[a].isMark(".") { a += 1 }
        // ("Driscoll's role has expanded quickly. He led a Pentagon delegation to Kyiv ... to present": the previous
        // sentence's subject.)
        if a == s.tokens.lowerBound, a > 0, t[a].is(.personalPronoun), Lexicon.heOrShe.contains(t[a].lower),
           (a + 1..<v).contains(where: { Self.pastJourneyVerbs.contains(t[$0].lower) || t[$0].is(.leadVerb) || Self.journeyVerbs.contains(t[$0].lower) }),
           let k = previousSentenceSubject(before: a, excluding: []) {
            return people.personAt[k]
        }
        guard let p = people.personAt[a], let e = people.mentionEnd[a], e < v,
              (e..<v).contains(where: { Self.pastJourneyVerbs.contains(t[$0].lower) || t[$0].is(.leadVerb) || Self.journeyVerbs.contains(t[$0].lower) })
        else { return nil }
        return p
    }

    /// (With `handingVerbs`, the cue words that let the rule run: `SentenceCues.handedWords`.)
    static let handingInfinitives: WordSet = ["present", "deliver"]

    /// "Driscoll, who led a Pentagon delegation to Kyiv, presented ...": the person opening the sentence, a relative clause
    /// or an apposition set off after the name, and the verb at `v` after it.
    func subjectSetOff(before v: Int, _ s: Sentence) -> Int? {
        let a = s.tokens.lowerBound
        guard let p = people.personAt[a], let e = people.mentionEnd[a], e + 1 < v, t[e].isMark(","),
              v - 1 > e + 1, t[v - 1].isMark(",") else { return nil }
        if t[e + 1].lower == "who" { return p }
        // ("Driscoll, a former army officer and a close friend of Vance, presented ...": an apposition set off.)
        guard t[e + 1].is(.article), !(e + 2..<(v - 1)).contains(where: { t[$0].kind == .punct || t[$0].is(.sayingVerb) }) else { return nil }
        return p
    }

    /// The person named right after `k`, past titles ("received Ukrainian President Volodymyr Zelenskyy").
    /// Whether the person after "to" at `to` only owns whom something was carried to, or the phrase tells a call.
    private func carriedElsewhere(_ to: Int, _ end: Int, _ s: Sentence) -> Bool {
        guard to + 1 < end else { return true }
        if let k = (to + 1..<end).first(where: { people.personAt[$0] != nil }), let e = people.mentionEnd[k], e < s.tokens.upperBound,
           t[e].kind == .possessive { return true }
        return (to + 1..<end).contains { Self.phoneWords.contains(t[$0].lower) }
    }

    func personAfter(_ k: Int, _ s: Sentence) -> Int? {
        var j = k + 1
        while j < s.tokens.upperBound, j - k <= 5, people.personAt[j] == nil, t[j].is([.titleWord, .roleNoun, .demonym, .article]) { j += 1 }
        return j < s.tokens.upperBound ? people.personAt[j] : nil
    }

    static let handingVerbs: WordSet = ["presented", "handed", "delivered"]
    static let carryingVerbs: WordSet = ["took", "brought"]
    static let sequenceAdverbs: WordSet = ["then", "later", "also", "first", "personally"]
    static let phoneWords: WordSet = ["phone", "call", "telephone"]
    static let documentNouns: WordSet = ["plan", "draft", "proposal", "framework", "document", "memorandum", "letter", "text", "proposals"]
}
