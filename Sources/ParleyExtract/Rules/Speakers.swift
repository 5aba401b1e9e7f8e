/// Who a claim is attributed to: a person, or a source named by a phrase ("Kremlin").
enum Speaker: Hashable {
    case person(Int, Span)
    case label(String, Span)

    var span: Span {
        switch self {
        case .person(_, let s), .label(_, let s): return s
        }
    }
}

/// Finds the speaker of a verb of saying: the subject before it, a clause-initial noun phrase,
/// or a pronoun resolved to the most recent person in subject position.
struct SpeakerFinder {
    let doc: Document
    let people: PeopleIndex
    /// The most recent person seen as a subject or speaker; pronouns resolve to it.
    var lastSubjectPerson: (Int, Span)? = nil
    /// An unnamed source that opened the sentence before ("A member of the Ukrainian delegation, speaking to me last
    /// month, put it bluntly."): a "he" or "she" in the next sentence is that source. Cleared by a named subject.
    var lastSubjectSource: (String, Span)? = nil
    private var sourceSentences = 0
    /// The latest source named by a phrase ("Russia's defence ministry"); "it said" takes it up.
    var lastLabel: String? = nil

    init(doc: Document, people: PeopleIndex) {
        self.doc = doc
        self.people = people
    }

    var tokens: [Token] { doc.tokens }

    /// Records a person that opens a sentence (after any intro phrase), so later pronouns can find them.
    mutating func noteSubjects(in sentence: Sentence) {
        // ("Trump and Erdogan could also take part, he said.": what a trailing "he said" reports opens the sentence; its
        // people are not who "he" stands for.)
        if endsWithPronounSaying(sentence) { return }
        var start = skipIntro(from: sentence.tokens.lowerBound, in: sentence)
        // (Kept for the one sentence after it, the one that says "he said".)
        if let source = unnamedSourceSubject(at: start, sentence) { lastSubjectSource = source; sourceSentences = 0 } else {
            sourceSentences += 1
            if sourceSentences > 1 { lastSubjectSource = nil }
        }
        // ("Three days after his summit ..., the American president received Zelensky ... . He said ...": the one the
        // description names, not the guest after the verb.)
        if let subject = describedSubject(at: start, sentence) {
            lastSubjectPerson = subject
            lastSubjectSource = nil
            return
        }
        // "Mr Medinsky, a former culture minister, rejected ...", "Russian negotiator Medinsky said": past the title.
        var k = start
        // ("EU foreign policy chief Kaja Kallas was blunter": any words of a title, up to a mark or a preposition.)
        // ("Mr. Medinsky was cool on the idea.": the honorific's dot is inside the name.)
        while k < sentence.tokens.upperBound, k - start < 6, people.personAt[k] == nil, tokens[k].isWord || PeopleRules.isInnerDot(doc, k),
              tokens[k].is([.honorific, .titleWord, .roleNoun, .demonym, .article]) || PeopleRules.isInnerDot(doc, k)
                || !Self.subjectEnders.contains(tokens[k].lower) && !tokens[k].is(.sayingVerb) { k += 1 }
        if k < sentence.tokens.upperBound, people.personAt[k] != nil { start = k }
        // ("The Russian delegation was again led by Vladimir Medinsky. After the meeting he told ...": the one who led.)
        if start < sentence.tokens.upperBound, people.personAt[start] == nil, k + 2 < sentence.tokens.upperBound, Self.wasOrIs.contains(tokens[k].lower),
           let by = (k + 1..<min(sentence.tokens.upperBound - 1, k + 4)).first(where: { tokens[$0].lower == "by" }),
           Lexicon.ledOrHeaded.contains(tokens[by - 1].lower), people.personAt[by + 1] != nil { start = by + 1 }
        guard start < sentence.tokens.upperBound, let p = people.personAt[start] else { return }
        let end = people.mentionEnd[start] ?? start + 1
        lastSubjectPerson = (p, doc.span(tokens: start..<end))
        lastSubjectSource = nil
    }

    /// Whether the sentence ends ", he said." (or "she", "they"; with "also" or "later" between).
    func endsWithPronounSaying(_ sentence: Sentence) -> Bool {
        var e = sentence.tokens.upperBound
        while e > sentence.tokens.lowerBound, tokens[e - 1].kind == .punct, !tokens[e - 1].isMark(",") { e -= 1 }
        guard e - 3 >= sentence.tokens.lowerBound, tokens[e - 1].is(.sayingVerb), !tokens[e - 1].is(.participle) else { return false }
        var p = e - 2
        if tokens[p].is(.filler), p - 1 > sentence.tokens.lowerBound { p -= 1 }
        return tokens[p].is(.personalPronoun) && p - 1 >= sentence.tokens.lowerBound && tokens[p - 1].isMark(",")
    }

    static let unsetTimeWords: WordSet = ["on", "in", "then", "later", "earlier", "late", "early"]
    static let subjectEnders: WordSet = ["with", "to", "after", "by", "for", "and", "than", "from", "against", "of", "on", "in", "at", "was", "is", "has", "had"]
    static let wasOrIs: WordSet = ["was", "is"]

    /// "The Finnish president spent ...": the person a definite description opening the clause names, when a lower-case
    /// word follows it.
    func describedSubject(at start: Int, _ sentence: Sentence) -> (Int, Span)? {
        guard start < sentence.tokens.upperBound, tokens[start].lower == "the" else { return nil }
        var m = start + 1
        while m < sentence.tokens.upperBound, m - start < 5, people.personAt[m] == nil,
              tokens[m].is([.demonym, .roleNoun, .titleWord, .roleAdjective]) { m += 1 }
        guard m > start + 1, m < sentence.tokens.upperBound, tokens[m].isWord, !tokens[m].isCapitalized,
              let p = describedPerson(tokens: (start + 1)..<m) else { return nil }
        return (p, doc.span(tokens: start..<m))
    }

    /// Where the person "he" or "she" at `k` stands for is named earlier in the sentence: the latest, passing over a possessor
    /// for a person named otherwise ("Putin used a forum to accuse Europe of trying to wreck Trump's peace effort by
    /// attaching demands he said were ...").
    private func pronounAntecedent(before k: Int, in sentence: Sentence) -> Int? {
        let named = (sentence.tokens.lowerBound..<k).reversed().filter { tokens[$0].quote == nil && people.personAt[$0] != nil }
        let notPossessor = named.filter { j in
            var e = j + 1
            while e < tokens.count, people.personAt[e] == people.personAt[j] { e += 1 }
            return e >= tokens.count || tokens[e].kind != .possessive
        }
        // ("Trump spoke by phone with Putin ..., after which he wrote": not one a preposition governs, past his title.)
        let notObject = notPossessor.first { j in
            var b = j - 1
            while b >= sentence.tokens.lowerBound, people.personAt[b] == people.personAt[j] { b -= 1 }
            while b >= sentence.tokens.lowerBound, tokens[b].is([.titleWord, .roleNoun, .leaderNoun, .demonym]) { b -= 1 }
            return b < sentence.tokens.lowerBound || !Self.objectPrepositions.contains(tokens[b].lower)
        }
        return notObject ?? notPossessor.first ?? named.first
    }

    static let objectPrepositions: WordSet = ["with", "to", "by", "for", "from", "against", "and"]

    /// "A member of the Ukrainian delegation, ...": an indefinite unnamed source up to the comma or verb after it.
    private func unnamedSourceSubject(at start: Int, _ sentence: Sentence) -> (String, Span)? {
        guard start + 1 < sentence.tokens.upperBound, tokens[start].lower == "a" || tokens[start].lower == "an" else { return nil }
        var n = start + 1
        while n < sentence.tokens.upperBound, n - start <= 4, !Lexicon.unnamedSourceNouns.contains(tokens[n].lower),
              tokens[n].is([.demonym, .stateDemonym, .roleAdjective]) || Lexicon.sourceAdjectives.contains(tokens[n].lower) { n += 1 }
        guard n < sentence.tokens.upperBound, Lexicon.unnamedSourceNouns.contains(tokens[n].lower) else { return nil }
        var e = n + 1
        // ("of the Ukrainian delegation": the body the source belongs to.)
        if e + 1 < sentence.tokens.upperBound, tokens[e].lower == "of" {
            e += 1
            while e < sentence.tokens.upperBound, e - n <= 6, tokens[e].isWord, !tokens[e].is(.sayingVerb), !Lexicon.auxiliaryVerbs.contains(tokens[e].lower) { e += 1 }
        }
        guard e < sentence.tokens.upperBound, tokens[e].isMark(",") || tokens[e].isWord else { return nil }
        return (doc.text(tokens: (start + 1)..<e), doc.span(tokens: start..<e))
    }

    /// "he", "she", "him": the most recent person seen as a subject or speaker.
    func pronounPerson() -> Speaker? {
        if let (label, span) = lastSubjectSource { return .label(label, span) }
        guard let (p, s) = lastSubjectPerson else { return nil }
        return .person(p, s)
    }

    /// Skips "Meanwhile," / "On Tuesday," / "During the call," at the start of a clause.
    func skipIntro(from start: Int, in sentence: Sentence) -> Int {
        var i = start
        for _ in 0..<2 {
            // ("Opening the meeting, Fidan thanked ...": a participle's phrase set off before the subject.)
            let w = i < sentence.tokens.upperBound ? tokens[i] : nil
            // (Not a name: "Beijing, which has ...".)
            let participle = w.map { $0.isCapitalized && $0.lower.hasSuffix("ing") && $0.lower.unicodeScalars.count > 5 && !$0.is(.place) }
                ?? false && i + 1 < sentence.tokens.upperBound && tokens[i + 1].isWord && people.personAt[i] == nil
                // ("Leaving Villa Barberini on Tuesday evening, the Pope ...": or a place or building it went from or to.)
                && (!tokens[i + 1].isCapitalized || people.personAt[i + 1] == nil && Self.motionParticiples.contains(tokens[i].lower)
                    && !tokens[i + 1].is(.demonym))
            guard i < sentence.tokens.upperBound, tokens[i].is(.introWord) || opensTimeSpan(at: i, sentence) || participle else { break }
            var j = i
            // ("At Friday’s summit at Joint Base Elmendorf-Richardson in Anchorage, Trump ...": intros run long.)
            while j < sentence.tokens.upperBound, !tokens[j].isMark(","), j - i < 12 { j += 1 }
            guard j < sentence.tokens.upperBound, tokens[j].isMark(",") else { break }
            i = j + 1
        }
        return i
    }

    /// "Hours before sitting down with the Americans, ...", "Two days after the summit, ...": a span of time
    /// counted from an event opens the sentence.
    func opensTimeSpan(at i: Int, _ sentence: Sentence) -> Bool {
        var k = i
        if tokens[k].kind == .number || tokens[k].is(.numberWord) || tokens[k].is(.article) { k += 1 }
        if k < sentence.tokens.upperBound, tokens[k].is(.timeSpanNoun) { k += 1 }
        guard k > i, k < sentence.tokens.upperBound else { return false }
        return Self.spanEnds.contains(tokens[k].lower)
    }

    static let spanEnds: WordSet = ["before", "after", "later", "earlier"]
    static let motionParticiples: WordSet = ["leaving", "visiting", "arriving", "entering", "returning", "departing", "reaching"]

    /// The start of the clause containing token `i`: after the last "; " or ", but" / ", while" / ", yet".
    func clauseStart(before i: Int, in sentence: Sentence) -> Int {
        var k = i - 1
        while k > sentence.tokens.lowerBound {
            // (Marks inside a quotation split the quoted speech, not the clause around it.)
            if tokens[k].quote != nil { k -= 1; continue }
            let w = tokens[k].lower
            if tokens[k].isMark(";") { return k + 1 }
            if Self.contrastOpeners.contains(w), tokens[k - 1].isMark(",") { return k + 1 }
            k -= 1
        }
        return sentence.tokens.lowerBound
    }

    static let contrastOpeners: WordSet = ["but", "yet", "while", "whereas", "although"]

    /// The noun phrase that opens the clause holding token `i`, resolved to a person when it names one.
    func clauseSubject(before i: Int, in sentence: Sentence) -> Speaker? {
        let start = skipIntro(from: clauseStart(before: i, in: sentence), in: sentence)
        guard start < i else { return nil }
        // The earliest person named at the start, before an appositive comma.
        if let p = people.personAt[start] {
            let end = people.mentionEnd[start] ?? start + 1
            return .person(p, doc.span(tokens: start..<end))
        }
        if Self.dummySubjects.contains(tokens[start].lower) { return nil }
        // ("On Thursday he held talks in Ankara with Erdoğan, and afterwards described ...": the one "he" stands for, not a
        // person the clause names after its verb.)
        // (Past a time told with no comma: "On Thursday he ...".)
        var q = start
        while q < i, q - start < 4, Self.unsetTimeWords.contains(tokens[q].lower) || tokens[q].is([.weekday, .month]) || tokens[q].kind == .number { q += 1 }
        if q < i, Lexicon.heOrShe.contains(tokens[q].lower), let p = pronounPerson() { return p }
        // ("The Finnish president spent most of Saturday with Donald Trump ... and says": the person the description names,
        // before any verb that is no past form of the usual kind.)
        if let p = describedSubject(at: start, sentence) { return .person(p.0, p.1) }
        var j = start
        // ("The leaders of the UK, France, Germany, Italy, Poland and Finland": a list of states runs on past its commas.)
        // ("British, French and German leaders": of demonyms too.)
        let isState = { (k: Int) in self.tokens[k].is([.statePlace, .stateDemonym]) && (self.tokens[k].isCapitalized || self.tokens[k].isAllCaps) }
        while j < i, !tokens[j].isMark(",") || j > start && j + 1 < i && isState(j - 1) && isState(j + 1), !isVerbBoundary(tokens[j]) {
            // A past-tense verb ends the phrase ("Both parties discussed ..."), not a participle describing a
            // source ("A Ukrainian official involved in the exchange, speaking ..., told").
            if j > start, looksLikePastVerb(tokens[j]), !tokens[j - 1].is(.article) {
                // ("A joint statement released by the White House said": a document and who issued it.)
                let describesSource = Lexicon.unnamedSourceNouns.contains(tokens[j - 1].lower) && j + 1 < i
                    && Self.sourcePlacingPrepositions.contains(tokens[j + 1].lower)
                    || Self.documentNouns.contains(tokens[j - 1].lower) && j + 1 < i && tokens[j + 1].lower == "by"
                if !describesSource { break }
            }
            j += 1
        }
        for k in start..<j {
            if let p = people.personAt[k] { return .person(p, doc.span(tokens: k..<(people.mentionEnd[k] ?? k + 1))) }
        }
        return label(start..<j)
    }

    /// "an aide to Merz", "a spokesman for Sir Keir Starmer": where the phrase of a role or source serving the person
    /// named at `a` starts, or nil.
    func servantBefore(_ a: Int, in sentence: Sentence) -> Int? {
        var b = a
        // ("a spokesman for Mr. Driscoll": past the honorific's dot too.)
        while b > sentence.tokens.lowerBound, tokens[b - 1].is(.honorific)
                || tokens[b - 1].isCapitalized && tokens[b - 1].is([.titleWord, .roleNoun, .leaderNoun, .demonym])
                || tokens[b - 1].isMark(".") && b - 2 >= sentence.tokens.lowerBound && tokens[b - 2].is(.honorific) { b -= 1 }
        guard b - 2 >= sentence.tokens.lowerBound, Self.servingPrepositions.contains(tokens[b - 1].lower),
              tokens[b - 2].is(.roleNoun) || Lexicon.unnamedSourceNouns.contains(tokens[b - 2].lower), !tokens[b - 2].isCapitalized
        else { return nil }
        var s = b - 2
        while s > sentence.tokens.lowerBound, tokens[s - 1].isWord, !tokens[s - 1].isCapitalized || tokens[s - 1].is(.article),
              tokens[s - 1].is(.roleAdjective) || tokens[s - 1].is(.article) || Lexicon.sourceAdjectives.contains(tokens[s - 1].lower) {
            s -= 1
            if tokens[s].is(.article) { break }
        }
        return s
    }

    static let servingPrepositions: WordSet = ["to", "for"]
    static let dummySubjects: WordSet = ["there", "it"]
    static let sourcePlacingPrepositions: WordSet = ["in", "on", "with", "by", "at", "to"]

    private func looksLikePastVerb(_ t: Token) -> Bool {
        t.isWord && !t.isCapitalized && t.lower.hasSuffix("ed") && t.lower.unicodeScalars.count > 4
    }

    private func isVerbBoundary(_ t: Token) -> Bool {
        t.is(.sayingVerb) || t.is(.filler) && t.lower != "on"
            || Self.relativeOpeners.contains(t.lower)
    }

    static let relativeOpeners: WordSet = ["who", "which", "that"]

    /// The last token of the name a ", who" at comma `c` hangs on: right before it, or before an appositive set off by
    /// commas ("Marco Rubio, the Secretary of State, who said").
    func nameBeforeRelative(_ c: Int, _ sentence: Sentence) -> Int? {
        if people.personAt[c - 1] != nil { return c - 1 }
        guard let open = (max(sentence.tokens.lowerBound + 1, c - 10)..<c).last(where: { tokens[$0].isMark(",") }),
              people.personAt[open - 1] != nil,
              PeopleRules.appositive(doc, after: open).map({ $0.upperBound == c }) ?? false else { return nil }
        return open - 1
    }

    /// A speaker from a phrase: pronouns resolve, persons inside win, otherwise the words without the article.
    /// "a statement from the European Command", "European leaders, in a joint statement, ...": the body a statement told
    /// within the last sixty tokens before `a` is from.
    func statementOwner(before a: Int) -> String? {
        guard let k = (max(0, a - 60)..<a).last(where: { Self.statementNouns.contains(tokens[$0].lower) }) else { return nil }
        // ("European leaders, in a joint statement, welcomed ...": the subject set before it.)
        var i = k - 1
        if i > 0, tokens[i].lower == "joint" { i -= 1 }
        let start = doc.sentences[tokens[k].sentence].tokens.lowerBound
        if i > 1, tokens[i].is(.article), tokens[i - 1].lower == "in", tokens[i - 2].isMark(","), (1...6).contains(i - 2 - start),
           tokens[start].isCapitalized, !(start..<(i - 2)).contains(where: { tokens[$0].kind == .punct }) {
            return doc.text(tokens: start..<(i - 2))
        }
        guard k + 2 < a, Self.statementOwners.contains(tokens[k + 1].lower) else { return nil }
        var f = k + 2
        if tokens[f].is(.article) { f += 1 }
        var e = f
        while e < a, tokens[e].isCapitalized || tokens[e].isAllCaps { e += 1 }
        return e > f ? doc.text(tokens: f..<e) : nil
    }

    func label(_ range: Range<Int>) -> Speaker? {
        var a = range.lowerBound, b = range.upperBound
        while a < b, tokens[a].kind == .punct { a += 1 }
        while b > a, tokens[b - 1].kind == .punct { b -= 1 }
        // ("«...,» he was quoted as saying": the one quoted.)
        if b - a >= 4, tokens[b - 1].lower == "as", tokens[b - 2].lower == "quoted", Self.passiveAuxiliaries.contains(tokens[b - 3].lower) { b -= 3 }
        // ("But AFP reported": the conjunction joins the sentence, it does not name the source.)
        if b - a >= 2, tokens[a].isCapitalized, Lexicon.reportClauseJoiners.contains(tokens[a].lower) { a += 1 }
        // ("and within days the White House announced": a time opening the clause is not the source.)
        if b - a >= 3, tokens[a].lower == "within", tokens[a + 1].is(.timeSpanNoun) { a += 2 }
        if b - a >= 3, tokens[a].is(.timeSpanNoun), Self.spanEnds.contains(tokens[a + 1].lower) { a += 2 }
        // ("according to a statement from the European Command": the one whose statement it is.)
        if b - a >= 3, let from = (a..<min(b - 1, a + 3)).first(where: { Self.statementNouns.contains(tokens[$0].lower) }).map({ $0 + 1 }),
           (a..<(from - 1)).allSatisfy({ tokens[$0].is(.article) }), Self.statementOwners.contains(tokens[from].lower) { a = from + 1 }
        guard a < b else { return nil }
        // ("Russia's defence ministry said ... . The freed Russians were in Belarus, it said": the source named last.)
        if b - a == 1, tokens[a].end - tokens[a].start == 2, tokens[a].lower == "it" {
            return lastLabel.map { .label($0, doc.span(tokens: a..<b)) }
        }
        // ("..., according to a statement from the European Command. '...,' the statement said": the body whose statement was
        // told just before.)
        if b - a == 2, tokens[a].is(.article), Self.statementNouns.contains(tokens[a + 1].lower), let owner = statementOwner(before: a) {
            return .label(owner, doc.span(tokens: a..<b))
        }
        // ("Several European diplomats ... said privately that ... . Until then, they said, ...": the unnamed sources named last.)
        if b - a == 1, tokens[a].end - tokens[a].start == 4, tokens[a].lower == "they", let label = lastLabel,
           label.split(separator: " ").contains(where: { $0.hasSuffix("s") && Lexicon.unnamedSourceNouns.contains($0.lowercased()) }) {
            return .label(label, doc.span(tokens: a..<b))
        }
        // ("European officials ... have warned ... . Several of them said privately that ...": some of the sources named last.)
        if b - a == 3, Self.partQuantifiers.contains(tokens[a].lower), tokens[a + 1].lower == "of", tokens[a + 2].lower == "them",
           let label = lastLabel, label.split(separator: " ").contains(where: { $0.hasSuffix("s") && Lexicon.unnamedSourceNouns.contains($0.lowercased()) }) {
            return .label(label, doc.span(tokens: a..<b))
        }
        if b - a == 1, tokens[a].is(.personalPronoun) { return pronounPerson() }
        // "Instead he proposed", "Later she said": an adverb before the pronoun.
        if b - a == 2, tokens[a].is(.introWord), tokens[a + 1].is(.personalPronoun) { return pronounPerson() }
        // ("One senior EU official said ... . Another described ...": taken up by the claim rules, or dropped.)
        if b - a == 1, tokens[a].end - tokens[a].start == 7, tokens[a].lower == "another" { return .label(tokens[a].text, doc.span(tokens: a..<b)) }
        if b - a == 1, namesNoSource(tokens[a]) { return nil }
        // "Starmer's office said": the office speaks, not the person.
        if b - a >= 3, Lexicon.officeNouns.contains(tokens[b - 1].lower), tokens[b - 2].kind == .possessive, people.personAt[b - 3] != nil {
            return .label(doc.text(tokens: a..<b), doc.span(tokens: a..<b))
        }
        // ("Putin's foreign policy aide said": the aide speaks; the one who holds that role, if the article names him.)
        if let k = (a..<b).first(where: { people.personAt[$0] != nil }), let e = people.mentionEnd[k], e + 1 < b, tokens[e].kind == .possessive,
           (e + 1..<b).contains(where: { tokens[$0].is(.roleNoun) }) {
            // ("Putin's foreign policy adviser Yuri Ushakov told": the role's holder is named after it.)
            if let n = (e + 1..<b).first(where: { people.personAt[$0] != nil && people.personAt[$0] != people.personAt[k] }), let p = people.personAt[n] {
                return .person(p, doc.span(tokens: n..<(people.mentionEnd[n] ?? n + 1)))
            }
            let role = doc.text(tokens: (e + 1)..<b).lowercased()
            let holders = people.people.indices.filter { p in people.people[p].roles.contains { $0.text.lowercased().hasSuffix(role) } }
            let holder = holders.count == 1 ? holders.first : describedPerson(tokens: (e + 1)..<b)
            return holder.map { .person($0, doc.span(tokens: a..<b)) } ?? .label(doc.text(tokens: a..<b), doc.span(tokens: a..<b))
        }
        // ("his senior foreign policy aide said", Ushakov named elsewhere as "Putin's foreign policy aide": the one person
        // who holds the role, its last two words compared.)
        if b - a >= 3, MeetingRules.ownerPronouns.contains(tokens[a].lower), tokens[b - 1].is(.roleNoun) {
            let tail = doc.text(tokens: (b - 2)..<b).lowercased()
            let holders = people.people.indices.filter { p in people.people[p].roles.contains { $0.text.lowercased().hasSuffix(tail) } }
            if holders.count == 1 { return .person(holders[0], doc.span(tokens: a..<b)) }
        }
        for k in a..<b {
            if let p = people.personAt[k] { return .person(p, doc.span(tokens: k..<(people.mentionEnd[k] ?? k + 1))) }
        }
        // "Mr Trump said ... . "...," the president wrote": a bare leader's title is the last subject, when a head of state.
        // ("the prime minister said" after "Sir Keir, speaking to broadcasters, said": a title of two words too.)
        let leaderTitle = b - a == 2 && Lexicon.leaderTitles.contains(tokens[a + 1].lower)
            || b - a == 3 && tokens[a + 1].lower == "prime" && tokens[a + 2].lower == "minister"
        // (Not a president for "the prime minister": a person whose roles the text gives must hold the title.)
        let title = doc.text(tokens: (a + 1)..<b).lowercased()
        if tokens[a].lower == "the", leaderTitle, let (p, _) = lastSubjectPerson,
           Lexicon.headsOfState.contains(people.people[p].key),
           people.people[p].roles.isEmpty || people.people[p].roles.contains(where: { $0.text.lowercased().contains(title) }) {
            return .person(p, doc.span(tokens: a..<b))
        }
        // ("the aide said" after "Kremlin aide Yuri Ushakov": the person who holds the role, before a wider label.)
        if tokens[a].lower == "the", b - a == 2, let p = describedPerson(tokens: (a + 1)..<b) { return .person(p, doc.span(tokens: a..<b)) }
        if tokens[a].lower == "the", b - a == 2, let earlier = qualifiedAntecedent(of: a + 1) {
            return .label(earlier, doc.span(tokens: a..<b))
        }
        // ("a senior German diplomat said ... . The same diplomat conceded": the description told before.)
        if tokens[a].lower == "the", b - a == 3, tokens[a + 1].lower == "same", let earlier = describedBefore(noun: a + 2) {
            return .label(earlier, doc.span(tokens: a..<b))
        }
        // ("Germany's chancellor said", "Moscow's chief negotiator told": the one person of that state with that role.)
        if b - a >= 3, tokens[a].is(.place), tokens[a + 1].kind == .possessive, let p = describedPerson(tokens: a..<b) {
            return .person(p, doc.span(tokens: a..<b))
        }
        // "the Ukrainian president", also after an opener ("Later the Ukrainian president said").
        for d in a..<min(a + 2, b - 1) where tokens[d].lower == "the" {
            if let p = describedPerson(tokens: (d + 1)..<b) { return .person(p, doc.span(tokens: d..<b)) }
        }
        if a > 0, tokens[a - 1].lower == "the", let p = describedPerson(tokens: a..<b) { return .person(p, doc.span(tokens: a..<b)) }
        // ("one member of the delegation", "one European diplomat" keep their "one", which is no article: the source as
        // the text names it.)
        if a + 1 < b, tokens[a].is(.article) { a += 1 }
        // "a European diplomat who attended the talks", "a source in the delegation quoted by The Economist",
        // "a memorandum handed to Kyiv's delegation", "a Turkish official who spoke on condition of anonymity": the
        // description, not its relative or participle clause.
        if let rel = (a + 1..<b).first(where: { k in
            Self.relativeWords.contains(tokens[k].lower)
                || k + 1 < b && isParticiple(tokens[k]) && Self.participleLinks.contains(tokens[k + 1].lower)
                    // ("people briefed on the talks" is whole; "officials quoted by American media" is the officials.)
                    && (!Lexicon.unnamedSourceNouns.contains(tokens[k - 1].lower) || Self.citingParticiples.contains(tokens[k].lower))
                    // ("joint statement released by the White House": who issued a document is part of the source.)
                    && !(Self.documentNouns.contains(tokens[k - 1].lower) && tokens[k + 1].lower == "by")
        }) {
            b = rel
            while b > a, tokens[b - 1].kind == .punct { b -= 1 }
        }
        if b - a > 14 { return nil }
        // "the head of the Russian delegation also said": the one person the article gives that very role.
        if let p = personWithRole(doc.text(tokens: a..<b)) { return .person(p, doc.span(tokens: a..<b)) }
        return .label(doc.text(tokens: a..<b), doc.span(tokens: a..<b))
    }

    /// Nouns of unnamed sources whose relative clause is part of how the text names them.
    static let describedSourceNouns = WordSet(Lexicon.unnamedSourceNouns.union(["lawmaker", "scientist", "analyst", "expert", "observer", "negotiator"]))
    static let relativeWords: WordSet = ["who", "which", "whose"]
    static let participleLinks: WordSet = ["by", "to", "at", "in", "on", "after"]
    static let citingParticiples: WordSet = ["quoted", "cited"]
    static let institutionNouns: WordSet = ["ministry", "embassy", "office", "mission", "government", "presidency"]
    static let documentNouns: WordSet = ["statement", "readout", "communique", "communiqué", "report", "declaration"]
    static let periodNouns: WordSet = ["week", "month", "year", "weekend"]
    static let partQuantifiers: WordSet = ["several", "some", "many", "most", "two", "three", "both", "all", "few"]
    static let recentPeriods: WordSet = ["days", "weeks", "months", "years"]
    static let periodDeterminers: WordSet = ["last", "this", "earlier", "next"]
    static let accusingVerbs: WordSet = ["accused"]

    private func isParticiple(_ t: Token) -> Bool {
        looksLikePastVerb(t) || t.isWord && !t.isCapitalized && Self.irregularParticiples.contains(t.lower)
    }

    static let irregularParticiples: WordSet = ["seen", "sent", "given", "shown"]

    /// A lone "they", "it" or function word names no source; "Moscow" or "Observers" do.
    private func namesNoSource(_ t: Token) -> Bool {
        if t.is(.groupPronoun) { return true }
        return t.is(.notName) && !t.is(.groupNoun)
            && !t.is(.place) && !t.is(.organisation)
    }

    /// "The same diplomat" after "a senior German diplomat": the noun told last in the sentences before, with the words
    /// that describe it.
    private func describedBefore(noun n: Int) -> String? {
        let noun = tokens[n].lower
        let sentence = tokens[n].sentence
        var k = n - 1
        while k > 0, sentence - tokens[k].sentence <= 4 {
            if tokens[k].lower == noun, tokens[k].sentence < sentence {
                var a = k
                while a > 0, tokens[a - 1].is([.roleAdjective, .stateDemonym]) || Lexicon.sourceAdjectives.contains(tokens[a - 1].lower) { a -= 1 }
                return doc.text(tokens: a..<(k + 1))
            }
            k -= 1
        }
        return nil
    }

    /// "The delegation" after "The Russian delegation": the earlier form with its demonym.
    private func qualifiedAntecedent(of n: Int) -> String? {
        let noun = tokens[n].lower
        guard !tokens[n].isCapitalized else { return nil }
        let sentence = tokens[n].sentence
        var k = n - 1
        while k > 0, sentence - tokens[k].sentence <= 2 {
            if tokens[k].lower == noun, tokens[k - 1].is(.stateDemonym), let c = Lexicon.demonyms[tokens[k - 1].lower], !c.isEmpty, tokens[k - 1].isCapitalized {
                // "A senior Ukrainian official ... the official said": the whole description.
                var a = k - 1
                while a > 0, tokens[a - 1].is(.roleAdjective) || Lexicon.sourceAdjectives.contains(tokens[a - 1].lower) { a -= 1 }
                return doc.text(tokens: a..<(k + 1))
            }
            k -= 1
        }
        return nil
    }

    /// "leaders from the UK, France, Germany, and Poland": a group noun with a list of states after it.
    private func listedGroupStart(_ a: Int, in sentence: Sentence) -> Int {
        var j = a - 1
        var sawList = false
        while j > sentence.tokens.lowerBound {
            let w = tokens[j]
            if w.isMark(",") || w.lower == "and" || w.lower == "the" || w.isCapitalized || w.isAllCaps { sawList = true; j -= 1; continue }
            break
        }
        guard sawList, Self.fromOrOf.contains(tokens[j].lower), j - 1 >= sentence.tokens.lowerBound,
              tokens[j - 1].is(.groupNoun) else { return a }
        var start = j - 1
        if start - 1 >= sentence.tokens.lowerBound, tokens[start - 1].is(.article) { start -= 1 }
        return start
    }

    static let fromOrOf: WordSet = ["from", "of"]
    static let statementNouns: WordSet = ["statement", "statements", "readout", "communique"]
    static let statementOwners: WordSet = ["from", "by"]
    static let butOrAnd: WordSet = ["but", "and"]

    /// The subject of a participle ("..., noting that"): the nearest person in its clause outside the
    /// parenthesis that follows the clause's first noun phrase; else the clause's first noun phrase.
    func participleSubject(_ v: Int, in sentence: Sentence) -> Speaker? {
        let start = skipIntro(from: clauseStart(before: v, in: sentence), in: sentence)
        guard start < v else { return nil }
        if let subject = relativeClauseSubject(before: v, in: sentence) { return subject }
        // ("..., with the heads of both delegations acknowledging that ...": the participle's own subject after "with".)
        if let with = (max(start, v - 9)..<v).last(where: { tokens[$0].lower == "with" }), with + 1 < v,
           (with + 1..<v).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .possessive || PeopleRules.isInnerDot(doc, $0) }),
           with > sentence.tokens.lowerBound, tokens[with - 1].isMark(",")
            // (", but with both men insisting that ...".)
            || with - 2 >= sentence.tokens.lowerBound && Self.butOrAnd.contains(tokens[with - 1].lower) && tokens[with - 2].isMark(",") {
            if let p = (with + 1..<v).lazy.compactMap({ self.people.personAt[$0] }).first { return .person(p, doc.span(tokens: (with + 1)..<v)) }
            return label((with + 1)..<v)
        }
        var skip = 0..<0
        if let c1 = (start..<v).first(where: { tokens[$0].isMark(",") && tokens[$0].quote == nil }),
           let c2 = ((c1 + 1)..<v).first(where: { tokens[$0].isMark(",") && tokens[$0].quote == nil }),
           // (Not a clause with its own verb of saying: "“No compromise ...” on the territory, Ushakov told reporters ...,
           // adding that".)
           !(c1..<c2).contains(where: { tokens[$0].is(.sayingVerb) && !tokens[$0].is(.participle) }) {
            skip = c1..<c2
        }
        // "President Donald Trump has abandoned ... after talks with Vladimir Putin, saying ...": a clause that opens
        // with a person and goes on with its verb has that person as the participle's subject.
        var h = start
        while h < v, h - start < 4, people.personAt[h] == nil, tokens[h].is([.honorific, .titleWord, .roleNoun, .demonym, .article]) { h += 1 }
        if h < v, tokens[h].quote == nil, let p = people.personAt[h] {
            var e = people.mentionEnd[h] ?? h + 1
            // ("Zelensky, who had dared Putin to meet him, spent several hours with Erdogan before telling reporters": past
            // the relative clause on the subject.)
            if e + 1 < v, tokens[e].isMark(","), tokens[e + 1].lower == "who", Self.participleOpeners.contains(tokens[v - 1].lower),
               let close = (e + 2..<v).first(where: { tokens[$0].isMark(",") && tokens[$0].quote == nil }) { e = close + 1 }
            if e < v, tokens[e].isWord, !tokens[e].is(.sayingVerb), !(e + 1 < v && tokens[e].lower == "and") {
                return .person(p, doc.span(tokens: h..<e))
            }
        }
        var k = v - 1
        while k >= start {
            // ("The leaders of the UK, ..., together with the European Commission president, Ursula von der Leyen, issued a
            // joint statement ... stressing that": one who joins the subject is not it.)
            if !skip.contains(k), tokens[k].quote == nil, people.personAt[k] != nil, joinsSubject(before: k, from: start) { k -= 1; continue }
            // ("welcoming Trump's efforts but stressing that": an owner is no subject.)
            if people.personAt[k] != nil, k + 1 < v, tokens[k + 1].kind == .possessive { k -= 1; continue }
            if !skip.contains(k), tokens[k].quote == nil, let p = people.personAt[k] {
                var a = k
                while a > start, people.personAt[a - 1] == p { a -= 1 }
                return .person(p, doc.span(tokens: a..<(k + 1)))
            }
            // "“...,” he told Russian television, adding that ...": the pronoun's person, not quoted words.
            if !skip.contains(k), tokens[k].quote == nil, tokens[k].is(.personalPronoun), let p = pronounPerson() { return p }
            k -= 1
        }
        return clauseSubject(before: v, in: sentence)
    }

    /// "a 30-day ceasefire, which the Kremlin has rejected, saying ...": a relative clause with a subject of its own,
    /// right before the participle, is whose words they are.
    private func relativeClauseSubject(before v: Int, in sentence: Sentence) -> Speaker? {
        guard v - 2 > sentence.tokens.lowerBound, tokens[v - 1].isMark(","),
              let w = (max(sentence.tokens.lowerBound + 1, v - 10)..<(v - 1)).last(where: { tokens[$0].lower == "which" }),
              tokens[w - 1].isMark(","), w + 2 < v - 1, tokens[w + 1].is(.article) || tokens[w + 1].isCapitalized else { return nil }
        var e = w + 1
        while e < v - 1, tokens[e].isWord, !Lexicon.auxiliaryVerbs.contains(tokens[e].lower), tokens[e].isCapitalized || tokens[e].is(.article) || e > w + 1 && !tokens[e].lower.hasSuffix("ed") { e += 1 }
        guard e > w + 1, e < v - 1, (e..<(v - 1)).allSatisfy({ tokens[$0].isWord }) else { return nil }
        return label((w + 1)..<e)
    }

    /// Whether the person at `k` stands in an aside opened by "together with", "along with" or "alongside".
    private func joinsSubject(before k: Int, from start: Int) -> Bool {
        var j = k - 1
        while j > start, k - j <= 10, !tokens[j].is(.sayingVerb) {
            if tokens[j].lower == "alongside" || tokens[j].lower == "with" && Self.togetherOrAlong.contains(tokens[j - 1].lower) {
                return tokens[j - 1].isMark(",") || j >= 2 && tokens[j - 2].isMark(",")
            }
            j -= 1
        }
        return false
    }

    static let togetherOrAlong: WordSet = ["together", "along"]

    /// Whether a preposition stands between the mention at `j` and the comma or clause start before it.
    private func governedByPreposition(_ j: Int, from start: Int) -> Bool {
        var k = j - 1
        while k >= start, !tokens[k].isMark(",") {
            if Self.governingPrepositions.contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    static let participleOpeners: WordSet = ["before", "after", "while", "when"]
    static let governingPrepositions: WordSet = ["with", "by", "to", "from", "for", "against", "after", "before", "between"]

    /// The subject of the verb at token `v`, looking back past adverbs and auxiliaries.
    func subject(ofVerb v: Int, in sentence: Sentence, previous: Speaker?) -> Speaker? {
        if tokens[v].is(.participle) {
            if let p = participleSubject(v, in: sentence) { return p }
            if let prev = previous { return prev }
            return lastSubjectPerson.map { .person($0.0, $0.1) }
        }
        // Passive ("what was described as"): the subject is not the speaker.
        if v > sentence.tokens.lowerBound, Self.passiveAuxiliaries.contains(tokens[v - 1].lower) { return nil }
        var k = v - 1
        while k >= sentence.tokens.lowerBound {
            if tokens[k].is(.filler) || tokens[k].lower == "thus" { k -= 1; continue }
            // "Erdoğan on Thursday reiterated", "Peskov on May 16 said": a day between subject and verb.
            if tokens[k].is(.weekday), k - 1 > sentence.tokens.lowerBound, tokens[k - 1].lower == "on" { k -= 2; continue }
            // ("Mr Trump, who last week accused ...": a time told between.)
            if Self.periodNouns.contains(tokens[k].lower), k - 1 > sentence.tokens.lowerBound, Self.periodDeterminers.contains(tokens[k - 1].lower) {
                k -= 2; continue
            }
            if tokens[k].kind == .number, k - 2 > sentence.tokens.lowerBound, tokens[k - 1].is(.month), tokens[k - 2].lower == "on" { k -= 3; continue }
            // ("Trump ... in recent weeks had threatened": a stretch of time told between.)
            if Self.recentPeriods.contains(tokens[k].lower), k - 2 > sentence.tokens.lowerBound, tokens[k - 1].lower == "recent",
               tokens[k - 2].lower == "in" { k -= 3; continue }
            // "Foreign Minister Elina Valtonen (NCP) said": a party tag or other short parenthesis after the name.
            if tokens[k].isMark(")"), let open = (max(sentence.tokens.lowerBound, k - 6)..<k).last(where: { tokens[$0].isMark("(") }),
               open > sentence.tokens.lowerBound { k = open - 1; continue }
            // "attempted to view ... as": look past the control verb.
            if tokens[k].lower == "to", k > sentence.tokens.lowerBound, tokens[k - 1].is(.controlVerb) { k -= 2; continue }
            break
        }
        guard k >= sentence.tokens.lowerBound else { return nil }
        // `Lavrov, who arrived wearing a sweatshirt with the initials “CCCP,” had said`: the comma inside the closing mark ends the aside.
        if k - 1 > sentence.tokens.lowerBound, tokens[k].kind == .punct, Self.closingQuotes.contains(tokens[k].text),
           tokens[k - 1].isMark(",") { k -= 1 }
        let t = tokens[k]
        // "Mr. Putin, who has long argued that ...": the person the relative clause hangs on.
        // (Only with "that" after the verb, or after "said": "Putin, who suggested the meeting, opted not to attend" reports nothing.)
        // ("India, which has maintained that ...": a state or body the relative clause hangs on.)
        if t.lower == "which", v + 1 < sentence.tokens.upperBound, tokens[v + 1].lower == "that",
           k - 2 >= sentence.tokens.lowerBound, tokens[k - 1].isMark(","), people.personAt[k - 2] == nil,
           tokens[k - 2].is([.stateDemonym, .statePlace]) || tokens[k - 2].is(.organisation) {
            return label((k - 2)..<(k - 1))
        }
        // ("Hakan Fidan, who told both sides that ...": "that" may follow the verb's object.)
        let thatFollows = (v + 1..<min(sentence.tokens.upperBound, v + 6)).first { !tokens[$0].isWord || tokens[$0].lower == "that" }
            .map { tokens[$0].lower == "that" } ?? false
        // ("a call with Mr. Zelensky and European leaders, who urged him to insist on a ceasefire.": urging someone to act, in
        // a clause that closes the sentence.)
        let urgesToEnd = urgesSomeoneTo(v, in: sentence)
        if t.lower == "who", thatFollows || Self.saidOrSays.contains(tokens[v].lower) || Self.accusingVerbs.contains(tokens[v].lower) || urgesToEnd,
           k - 2 >= sentence.tokens.lowerBound, tokens[k - 1].isMark(",") {
            if let n = nameBeforeRelative(k - 1, sentence), let p = people.personAt[n] {
                var a = n
                while a > sentence.tokens.lowerBound, people.personAt[a - 1] == p { a -= 1 }
                return .person(p, doc.span(tokens: a..<(n + 1)))
            }
            // ("European leaders, who urged him ...": a group that the relative clause hangs on.)
            if Lexicon.unnamedSourceNouns.contains(tokens[k - 2].lower) || Self.speakingGroups.contains(tokens[k - 2].lower),
               !tokens[k - 2].isCapitalized {
                var a = k - 2
                while a > sentence.tokens.lowerBound, k - 2 - a < 2, tokens[a - 1].is([.stateDemonym, .demonym]) && tokens[a - 1].isCapitalized
                        || tokens[a - 1].is(.roleAdjective) { a -= 1 }
                return label(a..<(k - 1))
            }
        }
        if Self.nonSubjectWords.contains(t.lower) { return nil }
        if Self.conjunctions.contains(t.lower) {
            return previous ?? clauseSubject(before: k, in: sentence)
        }
        if t.isMark(",") {
            // "Head of the Russian delegation, Vladimir Medinsky, said": the earliest person before an appositive comma.
            let start = clauseStart(before: k, in: sentence)
            // ("traveled to Kyiv and, after a joint call with Trump, demanded that": not one a preposition governs.)
            for j in start..<k where people.personAt[j] != nil && (people.mentionEnd[j].map { $0 < tokens.count && tokens[$0].isMark(",") } ?? false)
                && !governedByPreposition(j, from: start) {
                return .person(people.personAt[j]!, doc.span(tokens: j..<people.mentionEnd[j]!))
            }
            return clauseSubject(before: k, in: sentence)
        }
        if let p = people.personAt[k] {
            var a = k
            while a > 0, people.personAt[a - 1] == p { a -= 1 }
            // ("an aide to Friedrich Merz said", "A spokesman for Sir Keir Starmer said": the one who serves the person speaks.)
            if var served = servantBefore(a, in: sentence) {
                if tokens[served].is(.article) { served += 1 }
                return .label(doc.text(tokens: served..<(k + 1)), doc.span(tokens: served..<(k + 1)))
            }
            return .person(p, doc.span(tokens: a..<(k + 1)))
        }
        if t.kind == .punct && !t.isMark(".") { return nil }
        // ("a list of 339 children it says were deported": a pronoun right after a noun opens a relative clause, and
        // what it stands for is no phrase before it.)
        if Self.pronounSubjects.contains(t.lower), k > sentence.tokens.lowerBound, tokens[k - 1].isWord, !tokens[k - 1].is(.filler) { return nil }
        // ("Earlier this month he had said": the person "he" stands for, not "month he".)
        // ("Mr. Trump on July 14 gave Moscow 50 days ..., a deadline he later said he could shorten": the person named
        // earlier in the same sentence, before the last subject of an earlier one.)
        if t.is(.personalPronoun), Lexicon.heOrShe.contains(t.lower), k > sentence.tokens.lowerBound, !tokens[k - 1].isMark(","),
           let p = pronounAntecedent(before: k, in: sentence) {
            let person = people.personAt[p]!
            var a = p
            while a > sentence.tokens.lowerBound, people.personAt[a - 1] == person { a -= 1 }
            return .person(person, doc.span(tokens: a..<(p + 1)))
        }
        if t.is(.personalPronoun), k > sentence.tokens.lowerBound, !tokens[k - 1].isMark(","), let p = pronounPerson() { return p }
        // "A source in the Ukrainian delegation quoted by The Economist said": who was quoted speaks, not the paper.
        if k - 3 >= sentence.tokens.lowerBound, let by = (max(sentence.tokens.lowerBound + 2, k - 5)..<k).last(where: { tokens[$0].lower == "by" }),
           isParticiple(tokens[by - 1]), (by + 1...k).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].is(.article) }),
           tokens[by - 2].isWord {
            // ("A joint statement released by the White House said": a document speaks with who issued it.)
            if Self.documentNouns.contains(tokens[by - 2].lower) {
                var a = by - 2
                while a > sentence.tokens.lowerBound, by - a < 6, tokens[a - 1].isWord, !tokens[a - 1].is(.article) { a -= 1 }
                return label(a..<(k + 1))
            }
            k = by - 2
        }
        // "A Ukrainian official who asked not to be named told": the phrase is read back from the noun before "who"
        // (the label then decides how much of the clause to keep).
        let whoFrom = max(sentence.tokens.lowerBound + 1, k - 10)
        if whoFrom < k, let who = (whoFrom..<k).last(where: { tokens[$0].lower == "who" }),
           !(who..<k).contains(where: { tokens[$0].kind == .punct }), tokens[who - 1].isWord, !tokens[who - 1].isCapitalized,
           Self.describedSourceNouns.contains(tokens[who - 1].lower) || tokens[who - 1].is(.roleNoun) {
            var a = who - 1
            while a > sentence.tokens.lowerBound, tokens[a - 1].isWord, !tokens[a - 1].is(.phraseBreaker) || tokens[a - 1].is(.article),
                  !tokens[a - 1].is(.sayingVerb), who - a < 6 {
                a -= 1
                if tokens[a].is(.article) { break }
            }
            return label(a..<(k + 1))
        }
        // A noun phrase back to a boundary word or mark.
        var a = k
        var longName = false
        while a > sentence.tokens.lowerBound {
            let prev = tokens[a - 1]
            // A hyphen inside a compound ("U.S.-Russia") continues the phrase; a spaced dash ends it.
            let joinsCompound = prev.isMark("-") && prev.end == tokens[a].start && a >= 2 && tokens[a - 2].end == prev.start
            if prev.kind == .punct, !joinsCompound { break }
            // "The Coordination Headquarters for the Treatment of Prisoners of War said": a capitalised name runs on
            // through its lower-case "for", "of" and "the".
            let connector = { (t: Token) in Self.nameConnectors.contains(t.lower) }
            let insideName = connector(prev) && (tokens[a].isCapitalized || connector(tokens[a])) && a >= 2
                && (tokens[a - 2].isCapitalized || connector(tokens[a - 2]))
            // ("Ukrainian and American negotiators said", "The White House and Ukraine said": sources joined by "and".)
            let joinsSources = prev.lower == "and" && a >= 2 && (tokens[a - 2].isCapitalized || tokens[a - 2].isAllCaps)
                && (tokens[a].isCapitalized || tokens[a].isAllCaps) && tokens[a - 2].quote == nil
            if prev.is(.phraseBreaker), !insideName, !joinsSources { break }
            if prev.is(.sayingVerb) { break }
            if insideName { longName = true }
            if k - a >= (longName ? 12 : 6) { break }
            a -= 1
        }
        a = listedGroupStart(a, in: sentence)
        // "A source in the Ukrainian delegation told": the source, placed.
        // ("A source close to the Presidential Administration told", "officials familiar with the talks said".)
        // ("A Western diplomat in Ankara said": the source, placed by a bare name.)
        // ("Critics on Capitol Hill said", "Critics in Kyiv and in European capitals had said": placed twice over.)
        if a - 2 >= sentence.tokens.lowerBound, Self.sourcePlacePrepositions.contains(tokens[a - 1].lower), tokens[a].isCapitalized,
           let noun = placedSourceNoun(before: a - 1, in: sentence) {
            a = noun
            while a > sentence.tokens.lowerBound, tokens[a - 1].is(.stateDemonym) && tokens[a - 1].isCapitalized
                    || tokens[a - 1].is(.roleAdjective) || Lexicon.sourceAdjectives.contains(tokens[a - 1].lower) { a -= 1 }
            a = outletBefore(a, in: sentence)
            return label(a..<(k + 1))
        }
        // ("The foreign ministry in Abu Dhabi said": a body, placed by its city.)
        if a - 2 > sentence.tokens.lowerBound, tokens[a - 1].lower == "in", tokens[a].isCapitalized, tokens[a].is([.city, .cityStart, .place]),
           Self.institutionNouns.contains(tokens[a - 2].lower) {
            a -= 2
            let noun = a
            while a > sentence.tokens.lowerBound, noun - a < 3, tokens[a - 1].isWord, !tokens[a - 1].is(.article),
                  !tokens[a - 1].is(.phraseBreaker), !tokens[a - 1].is(.sayingVerb) { a -= 1 }
            return label(a..<(k + 1))
        }
        // (The phrase after the preposition may open with an article or not: "familiar with the talks", "familiar with
        // Monday's discussion", "based in Abu Dhabi".)
        let article = tokens[a].is(.article) ? a : a - 1 >= sentence.tokens.lowerBound && tokens[a - 1].is(.article) ? a - 1 : a
        if article >= sentence.tokens.lowerBound + 2, tokens[article].is(.article) || tokens[article].isCapitalized {
            var n = article - 2
            if Self.toOrWith.contains(tokens[article - 1].lower), n > sentence.tokens.lowerBound, Self.closeOrFamiliar.contains(tokens[n].lower) { n -= 1 }
            // ("European diplomats involved in the Berlin talks", "officials briefed on the plan": a participle placing them.)
            // ("Two people briefed on the visit told": the first word of the sentence may be the source.)
            var placed = false
            if Self.inOrOn.contains(tokens[article - 1].lower), n > sentence.tokens.lowerBound,
               Self.placingParticiples.contains(tokens[n].lower) { n -= 1; placed = true }
            // ("a spokeswoman for the Department of Foreign Affairs said": the role serving the body speaks.)
            let serving = Self.servingPrepositions.contains(tokens[article - 1].lower) && tokens[n].is(.roleNoun) && !tokens[n].isCapitalized
            if Self.sourcePlacers.contains(tokens[article - 1].lower) || placed || serving,
               Lexicon.unnamedSourceNouns.contains(tokens[n].lower) || serving {
                a = n
                // ("A Ukrainian official familiar with the talks": the source's own modifiers too.)
                while a > sentence.tokens.lowerBound, tokens[a - 1].is([.stateDemonym, .demonym]) && tokens[a - 1].isCapitalized
                        || tokens[a - 1].is(.roleAdjective) || Lexicon.sourceAdjectives.contains(tokens[a - 1].lower) { a -= 1 }
                a = outletBefore(a, in: sentence)
            }
        }
        return label(a..<(k + 1))
    }

    /// "urged him to insist on a ceasefire.": a verb of urging, its object, "to", and no comma to the sentence's end.
    func urgesSomeoneTo(_ v: Int, in sentence: Sentence) -> Bool {
        let end = sentence.tokens.upperBound
        guard Self.urgingVerbs.contains(tokens[v].lower), v + 2 < end,
              let to = (v + 2..<min(end, v + 5)).first(where: { tokens[$0].lower == "to" }),
              (v + 1..<to).allSatisfy({ tokens[$0].isWord }) else { return false }
        return !(to..<end).contains { tokens[$0].isMark(",") && tokens[$0].quote == nil }
    }

    static let speakingGroups: WordSet = ["leaders", "allies", "partners", "lawmakers", "ministers", "negotiators", "experts"]
    static let urgingVerbs: WordSet = ["urged", "pressed", "pushed", "implored", "begged", "warned", "called"]
    static let passiveAuxiliaries: WordSet = ["was", "were", "is", "are", "been", "be", "being"]
    static let closingQuotes: WordSet = ["\u{201D}", "\"", "\u{BB}", "\u{2019}"]
    static let saidOrSays: WordSet = ["said", "says"]
    static let nonSubjectWords: WordSet = ["who", "which", "that", "to"]
    static let conjunctions: WordSet = ["and", "but", "yet", "or"]
    static let pronounSubjects: WordSet = ["it", "they", "we"]
    /// Lower-case words inside a capitalised name ("Prisoners of War").
    static let nameConnectors: WordSet = ["of", "for", "the"]
    static let sourcePlacePrepositions: WordSet = ["in", "from", "on"]

    /// The source noun before the place preposition at `p` ("critics in"), past earlier places joined by "and"
    /// ("critics in Kyiv and in European capitals").
    func placedSourceNoun(before p: Int, in sentence: Sentence) -> Int? {
        var p = p
        while p - 1 >= sentence.tokens.lowerBound {
            if Lexicon.unnamedSourceNouns.contains(tokens[p - 1].lower) { return p - 1 }
            guard tokens[p - 1].lower == "and" else { return nil }
            var j = p - 2
            while j > sentence.tokens.lowerBound, p - j < 6, tokens[j].isCapitalized { j -= 1 }
            guard j < p - 2, Self.sourcePlacePrepositions.contains(tokens[j].lower) else { return nil }
            p = j
        }
        return nil
    }
    static let toOrWith: WordSet = ["to", "with"]
    static let closeOrFamiliar: WordSet = ["close", "familiar", "travelling", "traveling"]
    static let inOrOn: WordSet = ["in", "on"]
    static let placingParticiples: WordSet = ["involved", "briefed", "engaged", "participating", "based"]
    static let sourcePlacers: WordSet = ["in", "from", "within", "close", "to", "with"]

    /// "UP sources in the delegation said": an outlet's short capitals before its own sources.
    private func outletBefore(_ a: Int, in sentence: Sentence) -> Int {
        guard a > sentence.tokens.lowerBound, tokens[a].lower == "sources", tokens[a - 1].isWord, tokens[a - 1].isAllCaps,
              tokens[a - 1].end - tokens[a - 1].start <= 5, !tokens[a - 1].is(.stateDemonym) else { return a }
        return a - 1
    }
}
