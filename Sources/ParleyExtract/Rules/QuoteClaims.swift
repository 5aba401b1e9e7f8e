/// Quotation claims: which quotations stand alone, and who said them (after, before, or continuing).
extension ClaimRules {
    /// A quotation that carries a whole statement (it opens the sentence, follows ":" / "," or
    /// "said that" and runs to the sentence end), as opposed to a fragment inside reported speech.
    func isStandalone(_ q: Int, openToken o: Int, _ s: Sentence) -> Bool {
        let quote = doc.quotes[q]
        if quote.continuesPrevious { return true }
        var p = o - 1
        while p >= s.tokens.lowerBound, tokens[p].quote != nil, tokens[p].kind == .punct { p -= 1 }
        if p < s.tokens.lowerBound { return true }
        // Right after the end of another quotation: a new sentence of the same speech.
        if tokens[p].end <= quote.open, isQuoteMark(tokens[p]), tokens[p].quote == nil, p == s.tokens.lowerBound { return true }
        if tokens[p].isMark(":") { return !colonEndsReportedClause(p, s) }
        // `said the talks could open a window and that Türkiye was ready to host Putin and Zelenskyy, "including
        // Mr. Trump"`: a lower-case piece after a comma, deep in a clause a verb of saying opened, is a fragment
        // of that reported speech ("Peskov said, “we are ready”" is not: the comma follows the verb).
        if tokens[p].isMark(",") { return !isReportedFragment(openToken: o, comma: p, s) }
        // "called the format “a step in the right direction”": the quotation completes "called X".
        if callingComplementVerb(before: p, s) != nil { return false }
        // "wrote that the conversation had once again shown that “dialogue ... is working”": a "that" of another verb,
        // inside what a verb of saying reports, makes the quotation part of that reported speech.
        if tokens[p].lower == "that", p - 1 > s.tokens.lowerBound, !tokens[p - 1].is(.sayingVerb),
           (s.tokens.lowerBound..<(p - 1)).contains(where: { tokens[$0].quote == nil && tokens[$0].is(.sayingVerb) }) { return false }
        if tokens[p].lower == "that" || tokens[p].lower == "saying" {
            // "stated that “dialogue is the only durable path to peace.”": the quote carries the whole clause.
            var j = o
            while j < tokens.count, tokens[j].start < quote.close { j += 1 }
            let sentenceEnd = doc.sentences[tokens[max(o, j - 1)].sentence].tokens.upperBound
            while j < sentenceEnd, tokens[j].kind == .punct { j += 1 }
            return j >= sentenceEnd
        }
        return false
    }

    /// "said on Thursday morning that the second day had begun in the same formats as the first: “...”": the colon
    /// ends a clause a verb of saying opened with "that", and what follows is more of that clause.
    func colonEndsReportedClause(_ p: Int, _ s: Sentence) -> Bool {
        guard let that = (s.tokens.lowerBound..<p).last(where: { tokens[$0].lower == "that" && tokens[$0].quote == nil }),
              p - that > 3, !(that + 1..<p).contains(where: { tokens[$0].kind == .punct && !PeopleRules.isInnerDot(doc, $0) || tokens[$0].is(.sayingVerb) })
        else { return false }
        return (max(s.tokens.lowerBound, that - 6)..<that).contains { tokens[$0].quote == nil && tokens[$0].is(.sayingVerb) }
    }

    func isReportedFragment(openToken o: Int, comma p: Int, _ s: Sentence) -> Bool {
        guard let first = (o..<s.tokens.upperBound).first(where: { tokens[$0].isWord }), tokens[first].quote != nil,
              !tokens[first].isCapitalized, !tokens[first].isAllCaps else { return false }
        guard let verb = (s.tokens.lowerBound..<p).last(where: { tokens[$0].quote == nil && tokens[$0].is(.sayingVerb) }) else { return false }
        // (`“We see ...,” Mr. Zelensky said on Saturday, “and has not yet ...”`: a quotation split by its attribution,
        // the sentence opening with its first piece.)
        if (s.tokens.lowerBound..<min(s.tokens.lowerBound + 2, verb)).contains(where: { tokens[$0].quote != nil }) { return false }
        return p - verb > 2
    }

    /// The "called"/"calling" a few words before token `p`, with only its object between.
    func callingComplementVerb(before p: Int, _ s: Sentence) -> Int? {
        var k = p
        while k >= s.tokens.lowerBound, p - k <= 8, tokens[k].quote == nil, tokens[k].isWord || tokens[k].kind == .possessive {
            if Lexicon.callingVerbs.contains(tokens[k].lower) { return k }
            k -= 1
        }
        return nil
    }

    /// `called Russia's position “unacceptable”`: from after the verb to the end of the quotation
    /// that completes its object, or nil when no quotation follows the object.
    func callingComplement(_ v: Int, _ s: Sentence) -> Range<Int>? {
        guard Lexicon.callingVerbs.contains(tokens[v].lower) else { return nil }
        var j = v + 1
        while j < s.tokens.upperBound, j - v <= 9 {
            if let q = quoteOpenToken[j] {
                guard j > v + 1 else { return nil }
                var e = j
                while e < s.tokens.upperBound, tokens[e].start < doc.quotes[q].close { e += 1 }
                // Through the closing mark when it is a token of its own.
                if e < s.tokens.upperBound, isQuoteMark(tokens[e]), tokens[e].start <= doc.quotes[q].close { e += 1 }
                // ("what the State Department called a “productive” phone call on Monday": the noun the quoted word qualifies.)
                var n = e
                while n < s.tokens.upperBound, n - e < 3, tokens[n].isWord, !tokens[n].isCapitalized, tokens[n].quote == nil,
                      tokens[n].is(.meetingTrigger) || tokens[n].is(.talksNoun) { n += 1 }
                return (v + 1)..<n
            }
            guard tokens[j].isWord || tokens[j].kind == .possessive, !Self.verbParticles.contains(tokens[j].lower) else { return nil }
            j += 1
        }
        return nil
    }

    /// `called the conversation useful, constructive and substantive`: a thing named by a determiner and the words judging it,
    /// with no quotation; from after the verb to the end of the clause.
    func callingEvaluation(_ v: Int, _ s: Sentence) -> Range<Int>? {
        guard Lexicon.callingVerbs.contains(tokens[v].lower), v + 3 < s.tokens.upperBound, Self.evaluatedDeterminers.contains(tokens[v + 1].lower)
        else { return nil }
        var j = v + 2
        // The thing judged: one to three words in small letters.
        while j < s.tokens.upperBound, j - v <= 4, tokens[j].isWord, !tokens[j].isCapitalized, !isEvaluation(j), tokens[j].quote == nil { j += 1 }
        guard j > v + 2, j < s.tokens.upperBound else { return nil }
        if Self.degreeAdverbs.contains(tokens[j].lower), j + 1 < s.tokens.upperBound { j += 1 }
        // (The judging word closes the phrase: not "called the outgoing president of South Korea", a call.)
        guard isEvaluation(j), !tokens[j].is(.roleNoun),
              j + 1 == s.tokens.upperBound || tokens[j + 1].kind == .punct || Self.evaluationJoiners.contains(tokens[j + 1].lower) else { return nil }
        return (v + 1)..<contentEnd(from: j, s)
    }

    /// A word judging something: a common word of judgement, or one with an adjective's ending.
    private func isEvaluation(_ k: Int) -> Bool {
        let w = tokens[k].lower
        guard tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].quote == nil, w.unicodeScalars.count > 3 else { return false }
        return Self.judgementWords.contains(w) || Self.adjectiveEndings.contains { w.hasSuffix($0) }
    }

    static let evaluatedDeterminers: WordSet = ["the", "that", "this", "their", "his", "her", "its", "these", "those"]
    static let evaluationJoiners: WordSet = ["and", "but", "or"]
    static let degreeAdverbs: WordSet = ["very", "extremely", "highly", "quite", "most", "really", "deeply"]
    static let judgementWords: WordSet = ["good", "frank", "great", "tough", "warm", "useful", "excellent", "difficult", "businesslike"]
    static let adjectiveEndings = ["ful", "ive", "ous", "ble", "ic", "ant", "ent"]
    static let verbParticles: WordSet = ["on", "for", "off"]

    func isQuoteMark(_ t: Token) -> Bool {
        t.kind == .punct && Lexicon.quoteMarks.contains(t.text)
    }

    mutating func quote(_ q: Int, openToken o: Int, sentenceIndex: Int, _ s: Sentence) {
        guard !joinedQuotes.contains(q), isStandalone(q, openToken: o, s) else { return }
        var quote = doc.quotes[q]
        // A quotation over several paragraphs (the opener repeated, only the last piece closed) is
        // one claim, attributed where its last piece ends.
        var last = q
        while last + 1 < doc.quotes.count, doc.quotes[last + 1].continuesPrevious { last += 1; joinedQuotes.insert(last) }
        var text = doc.text(quote.content)
        if last > q {
            for piece in (q + 1)...last { text += " " + doc.text(doc.quotes[piece].content) }
            quote.close = doc.quotes[last].close
            quote.content = Span(quote.content.start, doc.quotes[last].content.end)
        }
        var closeToken = o
        while closeToken + 1 < tokens.count, tokens[closeToken + 1].start < quote.close { closeToken += 1 }
        var speaker: Speaker? = nil
        if quote.continuesPrevious, let last = lastQuote { speaker = last.speaker }
        if speaker == nil { speaker = speakerAfter(closeToken) }
        if speaker == nil { speaker = speakerBefore(o, s) }
        if speaker == nil, let last = lastQuote, sentenceIndex - last.sentence <= 2,
           doc.sentences[last.sentence].paragraph == s.paragraph || sentenceIndex - last.sentence == 1 {
            speaker = last.speaker
        }
        guard let speaker else { return }
        emit(speaker, .quote, text, quote.content)
        lastQuote = (speaker, doc.tokens[closeToken].sentence)
    }

    /// `,” said a Ukrainian government spokesperson.` / `,” he added.` / `,” Zelensky remarked`
    mutating func speakerAfter(_ c: Int) -> Speaker? {
        var j = c + 1
        guard j < tokens.count, tokens[j].paragraph == tokens[c].paragraph else { return nil }
        if tokens[j].isMark(",") { j += 1 }
        // (`... Why wait until May 8th?” Ukraine's foreign minister ... wrote`: a question or exclamation closing the quotation
        // ends a sentence for the splitter, not for its speaker.)
        let asks = c > 0 && (tokens[c - 1].isMark("?") || tokens[c - 1].isMark("!"))
        guard j < tokens.count, tokens[j].sentence == tokens[c].sentence || asks && tokens[j].sentence == tokens[c].sentence + 1 else { return nil }
        let sentence = doc.sentences[tokens[j].sentence]
        if tokens[j].is(.sayingVerb) {
            var e = j + 1
            while e < sentence.tokens.upperBound, !tokens[e].isMark(","), !tokens[e].isMark("."), tokens[e].quote == nil { e += 1 }
            consumed.insert(j)
            return finder.label((j + 1)..<e)
        }
        var v = j
        // `,” Rustem Umerov, who led Kyiv’s delegation, told reporters`: the name, then an aside, then the verb.
        if let verb = verbAfterAside(from: j, sentence) {
            consumed.insert(verb.verb)
            return finder.label(j..<verb.nameEnd)
        }
        // `,” Ukraine's foreign minister, Andrii Sybiha, wrote on X`: a role, then the name set off, then the verb.
        if let named = nameAfterRole(from: j, sentence) {
            consumed.insert(named.verb)
            return finder.label(named.name)
        }
        // `wearing a sweatshirt with the initials “CCCP,” had said that ...`: a quotation inside the subject, not before its speaker.
        if Lexicon.auxiliaryVerbs.contains(tokens[j].lower) { return nil }
        // Room for a long title: "US Secretary of State Marco Rubio said".
        // ("Mr. Rubio told reporters": the honorific's dot is inside the name.)
        while v < sentence.tokens.upperBound, v - j <= ClaimRules.attributionSubjectLimit + 2,
              tokens[v].isWord || tokens[v].kind == .possessive || PeopleRules.isInnerDot(doc, v) {
            if tokens[v].is(.sayingVerb), v > j {
                consumed.insert(v)
                var e = v
                while e > j, tokens[e - 1].is(.filler) { e -= 1 }
                return finder.label(j..<e)
            }
            v += 1
        }
        return nil
    }

    /// A role of a few words closed by a comma ("Ukraine's foreign minister,"), a person's mention closed by another,
    /// then a verb of saying: the name and where the verb stands.
    func nameAfterRole(from j: Int, _ sentence: Sentence) -> (name: Range<Int>, verb: Int)? {
        var k = j
        while k < sentence.tokens.upperBound, k - j <= 5, people.personAt[k] == nil, tokens[k].isWord || tokens[k].kind == .possessive { k += 1 }
        guard k > j, k + 1 < sentence.tokens.upperBound, tokens[k].isMark(","), tokens[(j..<k)].contains(where: { $0.is(.roleNoun) }),
              people.personAt[k + 1] != nil, let end = people.mentionEnd[k + 1], end + 1 < sentence.tokens.upperBound,
              tokens[end].isMark(",") else { return nil }
        var v = end + 1
        while v < sentence.tokens.upperBound, tokens[v].is(.filler) { v += 1 }
        guard v < sentence.tokens.upperBound, tokens[v].is(.sayingVerb) else { return nil }
        return ((k + 1)..<end, v)
    }

    /// A person's mention starting within a few words of `j` and closed by a comma, an aside up to
    /// the next comma, then a verb of saying: where the name ends and the verb stands.
    func verbAfterAside(from j: Int, _ sentence: Sentence) -> (nameEnd: Int, verb: Int)? {
        var k = j
        while k < sentence.tokens.upperBound, k - j <= 6, people.personAt[k] == nil,
              tokens[k].isWord || tokens[k].kind == .possessive || PeopleRules.isInitialPart(doc, k) || PeopleRules.isInnerDot(doc, k) { k += 1 }
        guard k < sentence.tokens.upperBound, people.personAt[k] != nil, let end = people.mentionEnd[k],
              end < sentence.tokens.upperBound, tokens[end].isMark(",") else { return nil }
        var c = end + 1
        while c < sentence.tokens.upperBound, c - end <= 16, !tokens[c].isMark(","), tokens[c].quote == nil { c += 1 }
        guard c + 1 < sentence.tokens.upperBound, tokens[c].isMark(",") else { return nil }
        var v = c + 1
        while v < sentence.tokens.upperBound, tokens[v].is(.filler) { v += 1 }
        guard v < sentence.tokens.upperBound, tokens[v].is(.sayingVerb) else { return nil }
        return (end, v)
    }

    /// `Rustem Umerov, Ukraine’s chief negotiator, stated to the media, «...»` / `but noted, «...»`
    mutating func speakerBefore(_ o: Int, _ s: Sentence) -> Speaker? {
        var v = o - 1
        while v >= s.tokens.lowerBound {
            if tokens[v].quote == nil, tokens[v].is(.sayingVerb) {
                consumed.insert(v)
                // ("Lavrov said on Friday that Putin was ready to meet Zelensky ..., adding: “...”": a participle set off
                // goes on with the subject of the verb of saying before it.)
                var b = v - 1
                while b > s.tokens.lowerBound, isQuoteMark(tokens[b]) { b -= 1 }
                if tokens[v].is(.participle), b > s.tokens.lowerBound, tokens[b].isMark(","),
                   let u = (s.tokens.lowerBound..<b).first(where: { tokens[$0].quote == nil && tokens[$0].is(.sayingVerb) && !tokens[$0].is(.participle) }),
                   let speaker = finder.subject(ofVerb: u, in: s, previous: nil) {
                    return speaker
                }
                return finder.subject(ofVerb: v, in: s, previous: nil)
            }
            v -= 1
        }
        return colonSpeaker(before: o, s)
    }

    /// "Source: Volodymyr Zelenskyy, President of Ukraine, on Telegram" a paragraph or two above a bare
    /// "Quote:": the name before the first comma, as a person the article knows when it is one.
    func sourceLineSpeaker(before paragraph: Int) -> Speaker? {
        for q in stride(from: paragraph - 1, through: max(0, paragraph - 2), by: -1) {
            let para = doc.paragraphs[q]
            let r = para.tokens
            guard r.count >= 3, tokens[r.lowerBound].lower == "source", tokens[r.lowerBound + 1].isMark(":") else { continue }
            let start = r.lowerBound + 2
            let end = (start..<r.upperBound).first { tokens[$0].isMark(",") || tokens[$0].lower == "on" } ?? r.upperBound
            guard end > start else { return nil }
            // ("Source: Defence Minister Rustem Umerov, head of ...": the person the title goes with.)
            if let k = (start..<end).first(where: { people.personAt[$0] != nil }), let p = people.personAt[k] {
                return .person(p, doc.span(tokens: k..<min(end, people.mentionEnd[k] ?? k + 1)))
            }
            let name = doc.text(tokens: start..<end)
            let key = NameKey.name(name.split(separator: " ").map(String.init))
            if let p = people.people.indices.first(where: { i in people.people[i].forms.contains { NameKey.name($0.split(separator: " ").map(String.init)) == key } }) {
                return .person(p, doc.span(tokens: start..<end))
            }
            return .label(name, doc.span(tokens: start..<end))
        }
        return nil
    }

    /// `A senior European diplomat put it more bluntly: “...”`: a colon hands the quotation to the
    /// person (or description of one) the clause opens with, whatever the verb.
    func colonSpeaker(before o: Int, _ s: Sentence) -> Speaker? {
        var p = o - 1
        while p >= s.tokens.lowerBound, tokens[p].quote != nil, tokens[p].kind == .punct { p -= 1 }
        guard p > s.tokens.lowerBound, tokens[p].isMark(":") else { return nil }
        let a = finder.skipIntro(from: s.tokens.lowerBound, in: s)
        // "Quote from Umierov: “...”", a wire's label for direct speech; "Quote: “...”" alone is the last speaker's.
        if Self.quotingWords.contains(tokens[a].lower), let k = (a..<p).first(where: { people.personAt[$0] != nil }),
           people.mentionEnd[k] == p {
            return finder.label(k..<p)
        }
        if p == a + 1, tokens[a].lower == "quote" { return sourceLineSpeaker(before: s.paragraph) ?? finder.pronounPerson() }
        var v = a
        while v < p, people.personAt[v] != nil || tokens[v].is([.article, .demonym, .roleNoun, .roleAdjective, .titleWord, .honorific])
            || tokens[v].isCapitalized { v += 1 }
        // Only a subject that names or describes a person (it ends in a name or a role noun).
        guard v > a, v < p, people.personAt[v - 1] != nil || tokens[v - 1].is(.roleNoun) else { return nil }
        return finder.label(a..<v)
    }

    static let quotingWords: WordSet = ["quote", "quoting"]
}
