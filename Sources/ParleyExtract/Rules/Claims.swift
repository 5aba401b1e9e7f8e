/// A claim before its speaker is turned into the contract's string.
struct ClaimFinding {
    var speaker: Speaker
    var kind: ClaimKind
    var text: String
    var span: Span
}

/// Quotations with their speakers, and reported speech after verbs of saying or "according to".
struct ClaimRules {
    let doc: Document
    let people: PeopleIndex
    var finder: SpeakerFinder
    /// Token index of each quotation's opening mark.
    var quoteOpenToken: [Int?]
    var out: [ClaimFinding] = []
    /// Verbs already used as the attribution of a quotation.
    var consumed: Set<Int> = []
    var lastQuote: (speaker: Speaker, sentence: Int)? = nil
    /// Later pieces of a quotation that runs over several paragraphs, already told with its first piece.
    var joinedQuotes: Set<Int> = []

    init(doc: Document, people: PeopleIndex) {
        self.doc = doc
        self.people = people
        self.finder = SpeakerFinder(doc: doc, people: people)
        quoteOpenToken = Array(repeating: nil, count: doc.tokens.count)
        var q = 0
        for i in doc.tokens.indices {
            let start = doc.tokens[i].start
            while q < doc.quotes.count && doc.quotes[q].open < start { q += 1 }
            if q < doc.quotes.count, doc.quotes[q].open == start { quoteOpenToken[i] = q }
        }
    }

    var tokens: [Token] { doc.tokens }

    static func find(_ doc: Document, _ people: PeopleIndex) -> [ClaimFinding] {
        var rules = ClaimRules(doc: doc, people: people)
        rules.headline()
        let labelled = rules.sourceLabels()
        for (k, sentence) in doc.sentences.enumerated() where doc.isFactual(sentence) && !labelled.contains(k) {
            rules.sentence(k, sentence)
        }
        rules.out.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        rules.rolesNamedNext()
        return rules.out
    }

    mutating func emit(_ speaker: Speaker, _ kind: ClaimKind, _ text: String, _ span: Span) {
        var text = text
        while let last = text.unicodeScalars.last, last == "," || last == ";" || last == ":" || last == " " { text.unicodeScalars.removeLast() }
        guard !text.isEmpty else { return }
        let speaker = antecedent(of: speaker) ?? speaker
        // ("Another described ..." with no source before it to be another of.)
        if case .label(let name, _) = speaker, name.lowercased() == "another" { return }
        out.append(ClaimFinding(speaker: speaker, kind: kind, text: text, span: span))
        if case .person(let p, let s) = speaker { finder.lastSubjectPerson = (p, s) }
        if case .label(let name, _) = speaker { finder.lastLabel = name }
    }

    /// "the ministry said" after "The Russian Defence Ministry said", "the source said" after "A source close
    /// to the Presidential Administration told": a bare noun takes up the latest earlier speaker it heads.
    func antecedent(of speaker: Speaker) -> Speaker? {
        // The cheap tests first: this runs for every claim with a label for speaker.
        guard case .label(let text, let span) = speaker else { return nil }
        // "the official" taken up as "Ukrainian official" after "A Ukrainian official familiar with the talks said": the whole description.
        // (A name — "Coordination Headquarters" — is copied as printed: only a common noun's description grows.)
        // ("One senior EU official said ... . Another described the outcome as ...": another of the same description.)
        if text.lowercased() == "another" {
            for earlier in out.reversed() {
                guard case .label(let name, _) = earlier.speaker else { continue }
                var words = name.split(separator: " ")
                if words.count >= 2, ["one", "a", "an"].contains(words[0].lowercased()) { words.removeFirst() }
                return .label(words.joined(separator: " "), span)
            }
            return nil
        }
        if text.utf8.contains(0x20) {
            // ("the Press Office added" after "the Holy See Press Office said": the body named in full just before; not when a
            // place is named before it, "In Kyiv, the Press Office said", after "The White House Press Office said".)
            if afterDefiniteArticle(span), let earlier = out.last, case .label(let full, _) = earlier.speaker, full.hasSuffix(" " + text),
               !placeNamedBefore(span) { return .label(full, span) }
            guard let last = text.split(separator: " ").last?.unicodeScalars.first, last.properties.isLowercase else { return nil }
            for earlier in out.reversed() {
                if case .label(let name, _) = earlier.speaker, name.utf8.count > text.utf8.count, name.hasPrefix(text + " ") { return .label(name, span) }
            }
            return nil
        }
        guard afterDefiniteArticle(span) else { return nil }
        let noun = text.lexKey
        guard !noun.isEmpty else { return nil }
        for earlier in out.reversed() {
            guard case .label(let name, _) = earlier.speaker, name.contains(" ") else { continue }
            let words = name.lexKey.split(separator: " ")
            if words.contains(where: { $0 == noun }) { return .label(name, span) }
        }
        return nil
    }

    /// "In the call with Putin, Erdoğan said Türkiye would continue its efforts, the directorate said": a body
    /// relays what a person said, and the person is the speaker. (A state or body inside, as in "Ukraine
    /// proposed X and reiterated that Y, Umerov said", leaves the person who reports it.)
    func nestedSpeaker(in range: Range<Int>, _ s: Sentence) -> (verb: Int, speaker: Speaker)? {
        guard let inner = range.first(where: { tokens[$0].quote == nil && tokens[$0].is(.sayingVerb) }),
              let speaker = finder.subject(ofVerb: inner, in: s, previous: nil), case .person = speaker else { return nil }
        return (inner, speaker)
    }

    /// Whether "the " or "that " stands just before `span` ("the ministry", "That official", not "Kremlin").
    /// Whether a place is named in the few words before `span` ("In Kyiv, the Press Office said").
    private func placeNamedBefore(_ span: Span) -> Bool {
        guard let k = Document.tokenIndex(in: doc.tokens, startingAt: span.start) else { return false }
        return (max(0, k - 6)..<k).contains { doc.tokens[$0].isCapitalized && doc.tokens[$0].is(.place) }
    }

    private func afterDefiniteArticle(_ span: Span) -> Bool {
        for article in ["the ", "that "] where span.start >= article.unicodeScalars.count {
            let n = article.unicodeScalars.count
            let before = doc.scalars[(span.start - n)..<span.start].map { Character($0).lowercased() }.joined()
            if before == article { return true }
        }
        return false
    }

    private mutating func sentence(_ k: Int, _ s: Sentence) {
        let tokens = doc.tokens
        finder.noteSubjects(in: s)
        var covered: [Range<Int>] = []
        // Quotations opening in this sentence.
        for i in s.tokens {
            guard let q = quoteOpenToken[i] else { continue }
            quote(q, openToken: i, sentenceIndex: k, s)
        }
        // "According to X, ..." / "..., according to X."
        for i in s.tokens where tokens[i].is(.according) && i + 1 < s.tokens.upperBound && tokens[i + 1].lower == "to" && tokens[i].quote == nil {
            if let r = accordingTo(i, s) { covered.append(r) }
        }
        if let r = inTheirWords(s) { covered.append(r) }
        // "Ukraine proposed X and reiterated that Y, Umerov said.": a trailing attribution owns the
        // whole sentence, verbs of saying inside it included.
        var attribution: (verb: Int, speaker: Speaker)? = nil
        let verbs = s.tokens.filter { tokens[$0].quote == nil && tokens[$0].is(.sayingVerb) && !consumed.contains($0) }
        // Only a verb with a comma close before it can end a trailing attribution.
        for last in verbs.reversed() where verbs.first != last && !covered.contains(where: { $0.contains(last) })
            && (last - s.tokens.lowerBound > 2 && (tokens[last - 1].isMark(",") || attributionComma(before: last, s) != nil)) {
            guard let (range, text, span, outer) = frontedContent(last, s), !covered.contains(where: { $0.overlaps(range) }),
                  (range.lowerBound..<last).contains(where: { tokens[$0].quote == nil && tokens[$0].is(.sayingVerb) }) else { continue }
            covered.append(range.lowerBound..<(last + 1))
            if case .label = outer, let (inner, person) = nestedSpeaker(in: range, s), let (_, innerText, innerSpan) = reportedContent(inner, s) {
                // What the relayed person said, without the relaying words around it.
                emit(person, .reported, innerText, innerSpan)
                attribution = (last, person)
            } else {
                emit(outer, .reported, text, span)
                attribution = (last, outer)
            }
            break
        }
        demand(in: s, covered: &covered)
        // Reported speech after verbs of saying.
        var previous: Speaker? = nil
        var previousEnd: Int? = nil
        if covered.isEmpty, let (first, verb, rest) = insertedAttribution(s), let speaker = finder.subject(ofVerb: verb, in: s, previous: nil) {
            let text = doc.text(tokens: first) + " " + doc.text(tokens: rest)
            emit(speaker, .reported, text, doc.span(tokens: first.lowerBound..<rest.upperBound))
            covered.append(first.lowerBound..<rest.upperBound)
            previous = speaker
            previousEnd = rest.upperBound
        }
        for v in s.tokens where tokens[v].quote == nil && tokens[v].is(.sayingVerb) && !consumed.contains(v) {
            if covered.contains(where: { $0.contains(v) }) { continue }
            // ("spent three hours together without announcing any agreement": nothing was said.)
            if v > s.tokens.lowerBound, tokens[v - 1].lower == "without" { continue }
            if isSectionLabel(v, s) { continue }
            if isAsideBeforeVerb(v, s) { continue }
            if let (range, text, span) = reportedContent(v, s) {
                // "..., Umerov said, adding that ...": the participle is the attribution's speaker's.
                // ("“...,” the Coordination Headquarters said in response, adding that ...": the quotation's speaker.)
                let afterQuote = tokens[v].is(.participle) ? lastQuote.flatMap { q in
                    q.sentence == k && (max(s.tokens.lowerBound, v - 6)..<v).contains(where: { consumed.contains($0) }) ? q.speaker : nil } : nil
                // ("Ushakov told Russian media that ... a meeting between Putin and Trump, adding that ...": the participle
                // goes on with the speaker of the sentence's last claim, not the name nearest it.)
                // (Only right after that claim's words: ", but the Kremlin has dismissed this proposal, citing ..." has a subject of its own.)
                let addedBySame = tokens[v].is(.participle) && v > s.tokens.lowerBound && tokens[v - 1].isMark(",")
                    && previousEnd.map { v - $0 <= 2 } ?? false ? previous : nil
                // (", Umerov said, and repeated ...": a second verb joined to the attribution.)
                let continuing = attribution.flatMap { v == $0.verb + 2 && tokens[v].is(.participle)
                    || v == $0.verb + 3 && tokens[v - 1].lower == "and" && tokens[v - 2].isMark(",") ? $0.speaker : nil } ?? afterQuote ?? addedBySame
                guard let speaker = continuing ?? finder.subject(ofVerb: v, in: s, previous: previous) else { continue }
                previous = speaker
                previousEnd = range.upperBound
                covered.append(range)
                let parts = thatClauses(range)
                if parts.count == 1 {
                    emit(speaker, .reported, text, span)
                } else {
                    for part in parts { emit(speaker, .reported, doc.text(tokens: part), doc.span(tokens: part)) }
                }
            } else if let (range, text, span, speaker) = frontedContent(v, s),
                      !covered.contains(where: { $0.overlaps(range) }) {
                previous = speaker
                covered.append(range)
                emit(speaker, .reported, text, span)
                attribution = (v, speaker)
            }
        }
    }

    /// "AFP, citing sources familiar with the talks, reported that ...": a participle set off between a subject and its
    /// verb of saying tells where the words come from, not words of its own.
    private func isAsideBeforeVerb(_ v: Int, _ s: Sentence) -> Bool {
        guard tokens[v].is(.participle), v > s.tokens.lowerBound, tokens[v - 1].isMark(","),
              let c = (v + 1..<min(s.tokens.upperBound, v + 14)).first(where: { tokens[$0].kind == .punct && !PeopleRules.isInnerDot(doc, $0) }),
              tokens[c].isMark(",") else { return false }
        var k = c + 1
        while k < s.tokens.upperBound, tokens[k].is(.filler) { k += 1 }
        return k < s.tokens.upperBound && tokens[k].is(.sayingVerb) && !tokens[k].is(.participle)
    }

    /// A verb's form used as a noun: after a number, an article, a possessive or a demonym that names no place
    /// ("two states", "the demands", "Russian demands"; not "Moscow demands").
    private func isNounAfterModifier(_ v: Int, _ s: Sentence) -> Bool {
        guard v > s.tokens.lowerBound else { return false }
        let before = tokens[v - 1]
        return before.kind == .number || before.kind == .possessive || before.is(.article)
            || before.is(.demonym) && !before.is(.place) && !before.is(.city)
    }

    static let demandVerbs: WordSet = ["demands", "demanded"]

    /// "Moscow demands that Kyiv withdraw from four regions": a demand made as the sentence's own statement (not one
    /// reported inside another's words, "an official said the Russian side demanded that ...").
    private mutating func demand(in s: Sentence, covered: inout [Range<Int>]) {
        // (Length and first letter first: this looks at every word.)
        let tokens = doc.tokens
        for v in s.tokens where tokens[v].end - tokens[v].start >= 7 && tokens[v].end - tokens[v].start <= 8
            && doc.scalars[tokens[v].start].value | 0x20 == 0x64 && v + 2 < s.tokens.upperBound && tokens[v + 1].lower == "that"
            && tokens[v].quote == nil && Self.demandVerbs.contains(tokens[v].lower) {
            // (Not the noun: "rejected Russian demands that Ukrainian troops withdraw", "the demands that".)
            if tokens[v].lower == "demands", isNounAfterModifier(v, s) || v > s.tokens.lowerBound && !tokens[v - 1].isCapitalized
                && !tokens[v - 1].is(.personalPronoun) && !tokens[v - 1].is(.groupPronoun) { continue }
            guard !(s.tokens.lowerBound..<v).contains(where: { tokens[$0].is(.sayingVerb) || tokens[$0].quote != nil }),
                  !covered.contains(where: { $0.contains(v) }),
                  let speaker = finder.subject(ofVerb: v, in: s, previous: nil) else { return }
            let e = contentEnd(from: v + 2, s)
            guard e - (v + 2) >= 2 else { return }
            covered.append(s.tokens.lowerBound..<e)
            emit(speaker, .reported, doc.text(tokens: (v + 2)..<e), doc.span(tokens: (v + 2)..<e))
            return
        }
    }
}
