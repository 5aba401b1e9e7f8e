/// Speech set off before its attribution, without quotation marks: "We are satisfied, Medinsky
/// said." and "The ceasefire must come first, said Zelensky." The attribution is a comma, a short
/// subject and the verb (or the verb and then the subject), followed by nothing but where and when.
extension ClaimRules {
    /// Longest subject of an attribution ("Ukrainian Defense Minister Rustem Umerov").
    static let attributionSubjectLimit = 7

    /// The words before the attribution at verb `v`, and who the attribution names.
    func frontedContent(_ v: Int, _ s: Sentence) -> (Range<Int>, String, Span, Speaker)? {
        guard Lexicon.attributingVerbs.contains(tokens[v].lower) else { return nil }
        // ("Driving the news: Russia and Ukraine will each release 157 prisoners, Witkoff said": past a label and its colon.)
        let start = datelineEnd(s) ?? s.tokens.lowerBound
        let lead = finder.skipIntro(from: labelEnd(from: start, s) ?? start, in: s)
        let speaker: Speaker
        let comma: Int
        if let (c, named) = asideAttribution(before: v, s), onlyCircumstanceFollows(listenersSkipped(after: v, s), s) {
            // "..., Defense Minister Rustem Umerov, who led Ukraine's delegation, said."
            comma = c
            speaker = named
        } else if v - 1 >= lead, tokens[v - 1].isMark(",") {
            // "..., said Medinsky after the talks."
            comma = v - 1
            let subjectEnd = wordRunEnd(from: v + 1, s)
            // "..., said that a ceasefire ...": reported speech, not a speaker after the verb.
            guard !participleAside(before: v, s), subjectEnd > v + 1, tokens[v + 1].lower != "that", subjectEnd - (v + 1) <= Self.attributionSubjectLimit,
                  onlyCircumstanceFollows(subjectEnd, s), namesSpeaker((v + 1)..<subjectEnd),
                  let named = subjectAfter(v, upTo: subjectEnd) else { return nil }
            speaker = named
        } else {
            // "..., Medinsky said after the talks."
            guard let c = attributionComma(before: v, s), onlyCircumstanceFollows(listenersSkipped(after: v, s), s),
                  let named = finder.subject(ofVerb: v, in: s, previous: nil) else { return nil }
            comma = c
            speaker = named
        }
        // "Meanwhile, Peskov said.": the only comma is the intro's, so nothing was set off before it.
        guard comma > lead else { return nil }
        let range = lead..<comma
        // A quotation as the whole content is the quotation rule's; a quoted phrase inside is fine.
        // (Content that ends in a quoted phrase after words of its own is fine: `The conversation was "frank," X said`.)
        let endsInPhrase = tokens[comma - 1].quote != nil && tokens[lead].isWord && tokens[lead].quote == nil
            && tokens[comma - 1].quote != tokens[lead].quote
        // ("Once those visions are on the table, the two sides will continue negotiations, Medinsky said": a subordinate
        // clause before a main clause of its own is part of the words.)
        let subordinate = Self.subordinators.contains(tokens[lead].lower) && comma - lead >= 5
            && (lead + 2..<comma - 2).contains { tokens[$0].isMark(",") && startsClause($0 + 1) }
        guard range.count >= 3, tokens[lead].quote == nil, tokens[comma - 1].quote == nil || endsInPhrase,
              !Lexicon.circumstanceOpeners.contains(tokens[lead].lower) || subordinate else { return nil }
        return (range, doc.text(tokens: range), doc.span(tokens: range), speaker)
    }

    static let subordinators: WordSet = ["once", "if", "unless", "until", "although", "though", "because", "when", "while"]

    /// ", said Volodymyr Zelensky." with nothing but where and when after the speaker.
    func isInvertedAttribution(_ v: Int, _ s: Sentence) -> Bool {
        guard v > s.tokens.lowerBound, tokens[v - 1].isMark(","), Lexicon.attributingVerbs.contains(tokens[v].lower) else { return false }
        let subjectEnd = wordRunEnd(from: v + 1, s)
        // "..., said the exchange would take place in the coming days", "..., said that ...": a clause, not a speaker.
        if v + 1 < s.tokens.upperBound, tokens[v + 1].lower == "that" { return false }
        if participleAside(before: v, s) { return false }
        // ("Dmitry Peskov, Putin's spokesperson, said Moscow expected ...": a name and its apposition are the subject.)
        if people.personAt[s.tokens.lowerBound] != nil, let e = people.mentionEnd[s.tokens.lowerBound], e < v - 1, tokens[e].isMark(","),
           v - 1 - e <= 8, !(e..<v).contains(where: { k in tokens[k].quote != nil || people.personAt[k] != nil && tokens[k - 1].isMark(",")
               && !(people.mentionEnd[k].map { $0 < v && tokens[$0].kind == .possessive } ?? false) }) {
            return false
        }
        if ((v + 1)..<subjectEnd).contains(where: { Lexicon.auxiliaryVerbs.contains(tokens[$0].lower) }) { return false }
        return subjectEnd > v + 1 && subjectEnd - (v + 1) <= Self.attributionSubjectLimit && onlyCircumstanceFollows(subjectEnd, s)
            && namesSpeaker((v + 1)..<subjectEnd)
    }

    /// "A member of the delegation, speaking on condition of anonymity, said ...": a participle's aside set off between a
    /// subject and the verb at `v`, not words said before it.
    func participleAside(before v: Int, _ s: Sentence) -> Bool {
        guard v - 2 > s.tokens.lowerBound, tokens[v - 1].isMark(","),
              let c = (max(s.tokens.lowerBound, v - 14)..<(v - 1)).last(where: { tokens[$0].isMark(",") }), c > s.tokens.lowerBound
        else { return false }
        let w = tokens[c + 1]
        let gerund = w.isWord && !w.isCapitalized && w.lower.hasSuffix("ing") && w.lower.unicodeScalars.count > 5
        return (w.is(.participle) || gerund) && !(c + 1..<(v - 1)).contains(where: { tokens[$0].quote != nil })
    }

    /// Whether the "that" at `t` starts a relative clause ("talks that lasted"), judged by the verb after it.
    func opensRelativeClause(_ t: Int) -> Bool {
        guard t + 1 < tokens.count, tokens[t + 1].isWord, !tokens[t + 1].isCapitalized else { return false }
        let next = tokens[t + 1].lower
        return Lexicon.relativeClauseVerbs.contains(next) || next.hasSuffix("ed") && next.unicodeScalars.count > 4
    }

    /// Past "on Thursday", "last week", "late on Monday", "earlier this month": where such a phrase
    /// right after a verb of saying ends, or nil when `a` opens none.
    func timePhraseEnd(from a: Int, _ s: Sentence) -> Int? {
        var j = a
        var sawTime = false
        while j < s.tokens.upperBound, j - a < 5 {
            let t = tokens[j]
            // "said afterward the session had been productive": a lone adverb of time.
            if j == a, Lexicon.timeAdverbsAfterVerb.contains(t.lower) { sawTime = true; j += 1; continue }
            if t.is(.weekday) || t.is(.month) || Lexicon.timeNouns.contains(t.lower) || t.kind == .number && sawTime { sawTime = true; j += 1; continue }
            // ("said on Nov. 24 that": the dot of a month's abbreviation.)
            if sawTime, t.isMark("."), j > a, tokens[j - 1].is(.month), tokens[j - 1].end == t.start { j += 1; continue }
            if !sawTime, Self.timePhraseLeadIns.contains(t.lower) { j += 1; continue }
            break
        }
        return sawTime ? j : nil
    }

    static let timePhraseLeadIns: WordSet = ["on", "last", "this", "late", "earlier", "later", "early"]

    /// Whether token `i` can open a clause: a pronoun, a name, or a determiner.
    func startsClause(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord, t.quote == nil else { return false }
        return t.isCapitalized || t.is(.personalPronoun) || t.is(.groupPronoun) || t.is(.article)
            || Lexicon.clauseDeterminers.contains(t.lower)
    }

    /// The comma that opens ", Medinsky said": only words (a name, a title) between it and the verb.
    func attributionComma(before v: Int, _ s: Sentence) -> Int? {
        var k = v - 1
        while k > s.tokens.lowerBound, v - k <= Self.attributionSubjectLimit, isSubjectWord(k) { k -= 1 }
        // (`The conversation was "frank and very useful," Ushakov told reporters`: the comma inside the closing quote.)
        if k > s.tokens.lowerBound + 1, k < v - 1, isQuoteMark(tokens[k]), tokens[k - 1].isMark(","), tokens[k - 1].quote != nil { return k - 1 }
        guard k < v - 1, k > s.tokens.lowerBound, tokens[k].isMark(",") else { return nil }
        return k
    }

    /// ", NAME, who led the delegation, said": the comma before the name and the person, when an
    /// aside set off by commas stands between a named person and the verb.
    func asideAttribution(before v: Int, _ s: Sentence) -> (Int, Speaker)? {
        guard v - 1 > s.tokens.lowerBound, tokens[v - 1].isMark(",") else { return nil }
        var c2 = v - 2
        while c2 > s.tokens.lowerBound, v - c2 <= 18, !tokens[c2].isMark(","), tokens[c2].quote == nil { c2 -= 1 }
        guard c2 > s.tokens.lowerBound, c2 < v - 2, tokens[c2].isMark(","), let p = people.personAt[c2 - 1] else { return nil }
        var c1 = c2 - 1
        while c1 > s.tokens.lowerBound, c2 - c1 <= Self.attributionSubjectLimit, isSubjectWord(c1) { c1 -= 1 }
        guard c1 > s.tokens.lowerBound, tokens[c1].isMark(",") else { return nil }
        var a = c2 - 1
        while a > c1 + 1, people.personAt[a - 1] == p { a -= 1 }
        return (c1, .person(p, doc.span(tokens: a..<c2)))
    }

    /// Whether the comma at `k` starts a trailing attribution ("..., Medinsky told reporters.").
    func startsTrailingAttribution(_ k: Int, _ s: Sentence) -> Bool {
        var v = k + 1
        while v < s.tokens.upperBound, v - k <= Self.attributionSubjectLimit + 1, isSubjectWord(v),
              !Lexicon.attributingVerbs.contains(tokens[v].lower) { v += 1 }
        guard v > k + 1, v < s.tokens.upperBound, Lexicon.attributingVerbs.contains(tokens[v].lower) else { return false }
        return onlyCircumstanceFollows(listenersSkipped(after: v, s), s)
    }

    /// After "KYIV, Ukraine (AP) —" or "ISTANBUL, June 2 (Reuters) -": the dateline is not speech.
    private func datelineEnd(_ s: Sentence) -> Int? {
        var k = s.tokens.lowerBound
        while k < s.tokens.upperBound, k - s.tokens.lowerBound <= 12 {
            let t = tokens[k]
            // ("Twenty-six countries ...": a hyphen inside a word is no dateline's dash.)
            let glued = k > s.tokens.lowerBound && k + 1 < s.tokens.upperBound && tokens[k - 1].end == t.start && t.end == tokens[k + 1].start
            // ("Moscow (dpa) - ...": a plain hyphen after the agency's name is the dash too.)
            if t.isDashMark || t.isMark("-") && k > s.tokens.lowerBound && tokens[k - 1].isMark(")"), !glued {
                return k > s.tokens.lowerBound ? k + 1 : nil
            }
            // ("(dpa)": an agency's name in brackets may be lower case.)
            let credit = t.isWord && k > s.tokens.lowerBound && tokens[k - 1].isMark("(")
            let datelike = t.isCapitalized || t.isAllCaps || credit || t.kind == .number || t.isMark(",") || t.isMark("(") || t.isMark(")")
            if !datelike { return nil }
            k += 1
        }
        return nil
    }

    private func isSubjectWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return (t.isWord || t.kind == .possessive || t.isMark(".") && k > 0 && tokens[k - 1].isAllCaps) && t.quote == nil
            && !t.is(.sayingVerb)
    }

    private func wordRunEnd(from a: Int, _ s: Sentence) -> Int {
        var j = a
        while j < s.tokens.upperBound, isSubjectWord(j), !Lexicon.circumstanceOpeners.contains(tokens[j].lower) { j += 1 }
        return j
    }

    /// "told reporters": the listeners are part of the attribution.
    private func listenersSkipped(after v: Int, _ s: Sentence) -> Int {
        let a = v + 1
        guard Lexicon.tellingVerbs.contains(tokens[v].lower) else { return a }
        if let known = phraseEnd(Lexicon.tellListeners, at: a, s.tokens.upperBound) { return known }
        // "..., a source in the Ukrainian delegation told Novaya Gazeta Europe.": an outlet's name, then the end.
        var k = a
        while k < s.tokens.upperBound, k - a < 5, tokens[k].isCapitalized || tokens[k].isAllCaps { k += 1 }
        return k > a && (k == s.tokens.upperBound || tokens[k].kind == .punct) ? k : a
    }

    /// Nothing after `a` but the closing stop, or a phrase of place or time.
    private func onlyCircumstanceFollows(_ a: Int, _ s: Sentence) -> Bool {
        var end = s.tokens.upperBound
        while end > a, tokens[end - 1].kind == .punct, !isQuoteMark(tokens[end - 1]) { end -= 1 }
        guard a < end else { return true }
        // "..., Erdoğan said Thursday, a day after the talks": a bare weekday, then when.
        var a = a
        if tokens[a].is(.weekday) {
            a += 1
            if a < end, tokens[a].isMark(",") { a += 1 }
            guard a < end else { return true }
            if a + 2 < end, Self.spanOpeners.contains(tokens[a].lower),
               (a..<(a + 3)).contains(where: { Self.afterOrBefore.contains(tokens[$0].lower) }) { return true }
        }
        // "..., Umerov said, adding that ...": the participle's clause is a claim of its own.
        if tokens[a].isMark(","), a + 1 < end, tokens[a + 1].is(.participle) { return true }
        // ("..., Umerov said, and repeated Kyiv's call for a meeting": a second verb of saying, the same speaker's.)
        if tokens[a].isMark(","), a + 2 < end, tokens[a + 1].lower == "and", tokens[a + 2].is(.sayingVerb) { return true }
        // ("..., officials say, as Kyiv's European allies push their own counter-draft": a clause of its own after the comma.)
        if tokens[a].isMark(","), a + 1 < end, Lexicon.clauseContrasts.contains(tokens[a + 1].lower) { return true }
        guard Lexicon.circumstanceOpeners.contains(tokens[a].lower) else { return false }
        // "..., said the understanding reached in Alaska would pave the way": a verb before the next comma makes
        // the words after "said" a clause, not who said it and where.
        var k = a
        while k < end, k - a < 10, !tokens[k].isMark(",") {
            if tokens[k].quote == nil, Lexicon.auxiliaryVerbs.contains(tokens[k].lower) { return false }
            k += 1
        }
        // "said on Monday that ...": a that-clause close after the verb is content after all
        // (the reported-speech rule looks as far); a later "that" starts a relative clause.
        return !(a..<min(end, a + 9)).contains { tokens[$0].lower == "that" && !opensRelativeClause($0) }
    }

    static let spanOpeners: WordSet = ["a", "one", "two", "three", "hours", "days"]
    static let afterOrBefore: WordSet = ["after", "before"]

    /// "..., said a senior official" or "..., said Peskov", not "Rustem Umerov, the defence minister, said the
    /// talks went well": the words after the verb hold a name or a noun for someone who speaks.
    func namesSpeaker(_ range: Range<Int>) -> Bool {
        range.contains { k in
            let t = tokens[k]
            return t.isCapitalized || t.isAllCaps || t.is(.roleNoun) || t.is(.groupNoun) || t.is(.leaderNoun)
                || t.is(.delegationNoun) || Lexicon.officeNouns.contains(t.lower) || Lexicon.unnamedSourceNouns.contains(t.lower)
                || Lexicon.organisations.contains(t.lower)
        }
    }

    private func subjectAfter(_ v: Int, upTo end: Int) -> Speaker? {
        for k in (v + 1)..<end {
            if let p = people.personAt[k] { return .person(p, doc.span(tokens: k..<(people.mentionEnd[k] ?? k + 1))) }
        }
        return finder.label((v + 1)..<end)
    }

    /// "Driving the news:", "The big picture:": a short label of a few words, no name or verb of saying, closed by a colon at
    /// the start of the sentence; where the words after it start.
    func labelEnd(from a: Int, _ s: Sentence) -> Int? {
        guard let colon = (a..<min(s.tokens.upperBound, a + 6)).first(where: { tokens[$0].isMark(":") }), colon > a, colon + 1 < s.tokens.upperBound,
              (a..<colon).allSatisfy({ tokens[$0].isWord && tokens[$0].quote == nil && people.personAt[$0] == nil && !tokens[$0].is(.sayingVerb) })
        else { return nil }
        return colon + 1
    }
}
