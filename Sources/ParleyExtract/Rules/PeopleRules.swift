/// The shape rules that decide whether a capitalised run is a person, and read roles and country.
enum PeopleRules {
    static func isNameShaped(_ t: Token) -> Bool {
        t.isCapitalized && (!t.isAllCaps || isRegnalNumber(t)) && !t.is(.blocksName)
    }

    /// Past "von der" in "Ursula von der Leyen": where the particles end, when a capitalised word follows them.
    static func particlesEnd(_ doc: Document, from j: Int, limit: Int) -> Int? {
        var k = j
        // Particles are short lower-case words: most tokens fail the length test before any hashing.
        while k < limit, k - j < 2, doc.tokens[k].isWord, doc.tokens[k].end - doc.tokens[k].start <= 5,
              !doc.tokens[k].isCapitalized, Lexicon.nameParticles.contains(doc.tokens[k].text) { k += 1 }
        guard k > j, k < limit, doc.tokens[k].isCapitalized, !doc.tokens[k].isAllCaps else { return nil }
        return k
    }

    /// Where a caption's credit starts ("Photograph:", "Image:", "Photo:", "Credit:"), or the paragraph's end.
    static func creditStart(_ doc: Document, in para: Paragraph) -> Int {
        para.tokens.first { k in
            k + 1 < para.tokens.upperBound && doc.tokens[k + 1].isMark(":")
                && ["photograph", "photo", "image", "credit", "picture"].contains(doc.tokens[k].lower)
        } ?? para.tokens.upperBound
    }

    /// Whether the name at `i` follows "Photo/" or an agency's "Reuters:" inside brackets: a credit, no one in the news.
    static func bracketedCredit(_ doc: Document, at i: Int) -> Bool {
        let t = doc.tokens
        guard i >= 2, t[i - 1].kind == .punct, t[i - 1].isMark("/") || t[i - 1].isMark(":") else { return false }
        let before = t[i - 2].lower
        guard before == "photo" || before == "photos" || Lexicon.organisations.contains(before) else { return false }
        var k = i - 2
        while k > 0, i - k <= 6, !t[k].isMark("("), !t[k].isMark(")") { k -= 1 }
        return t[k].isMark("(")
    }

    /// A single capital letter with its dot at `j` between two words of a name ("Vladimir V. Putin").
    static func middleInitial(_ doc: Document, at j: Int) -> Bool {
        // Asked of every word in a capitalised run: most fail on length, read in place before the token array is bound.
        guard j + 2 < doc.tokens.count, doc.tokens[j].end - doc.tokens[j].start == 1 else { return false }
        let t = doc.tokens
        guard t[j].isCapitalized, t[j + 1].isMark("."), t[j + 1].start == t[j].end,
              t[j + 2].isCapitalized, !t[j + 2].isAllCaps, t[j + 2].sentence == t[j].sentence else { return false }
        return true
    }

    /// "JD" of "JD Vance": two capitals with no lexicon entry (not "US", "EU" or "UN"), initials without their dots.
    static func isInitialsWord(_ t: Token) -> Bool {
        t.isAllCaps && t.end - t.start == 2 && t.classes.isSubset(of: .ruleCues) && t.kind == .word
    }

    /// The letter or the dot of a middle initial.
    static func isInitialPart(_ doc: Document, _ k: Int) -> Bool {
        middleInitial(doc, at: k) || k > 0 && doc.tokens[k].isMark(".") && middleInitial(doc, at: k - 1)
    }

    /// The dot of "Mr." or of an initial ("Yuri V. Ushakov"), which ends no name or phrase.
    static func isInnerDot(_ doc: Document, _ k: Int) -> Bool {
        let t = doc.tokens
        guard k > 0, t[k].isMark("."), t[k - 1].end == t[k].start else { return false }
        return Lexicon.abbreviations.contains(t[k - 1].lower) || t[k - 1].end - t[k - 1].start == 1 && t[k - 1].isCapitalized
    }

    /// "Leo XIV", "Charles III": a Roman numeral of two or more letters ends a name.
    static func isRegnalNumber(_ t: Token) -> Bool {
        let scalars = t.text.unicodeScalars
        return (2...6).contains(scalars.count) && scalars.allSatisfy { "IVX".unicodeScalars.contains($0) }
    }

    /// Tokens that may precede a name inside a capitalised run and are dropped from it.
    static func strippable(_ t: Token) -> Bool { t.is(.strippable) }

    /// The name tokens of a capitalised run, or nil when the run is not a person's name.
    static func candidate(_ doc: Document, run: Range<Int>) -> Range<Int>? {
        // ("Saudi Arabia mentioned it": a place of two words whose first is a demonym.)
        if run.count == 2, isKnownPhrase(doc, run) { return nil }
        var c = run.lowerBound
        var titled = false
        while c < run.upperBound, strippable(doc.tokens[c]) {
            if doc.tokens[c].is(.roleNoun) { titled = true }
            c += 1
        }
        guard c < run.upperBound else { return nil }
        // "the Russian Armed Forces Igor Kostyukov": the name starts after the body's name.
        if let head = (c..<(run.upperBound - 1)).last(where: { doc.tokens[$0].is(.institutionHead) }) {
            c = head + 1
            // "European Commission President Ursula von der Leyen": the title after the body goes too.
            while c < run.upperBound, strippable(doc.tokens[c]) {
                if doc.tokens[c].is(.roleNoun) { titled = true }
                c += 1
            }
            guard c < run.upperBound else { return nil }
        }
        // ("Ukraine's Human Rights Commissioner Dmytro Lubinets": a title ends inside the run; the name follows it.)
        if run.upperBound - 2 > c, let title = (c..<(run.upperBound - 2)).last(where: { doc.tokens[$0].is(.roleNoun) }),
           !(c..<title).contains(where: { doc.tokens[$0].is(.roleNoun) || strippable(doc.tokens[$0]) }) {
            c = title + 1
            titled = true
        }
        var name = c..<run.upperBound
        // "Commissioner for Human Rights Dmytro Lubinets": after a title's "for"/"of", the portfolio runs on
        // into the name; the name is its last two words.
        // ("Special Envoy for the Middle East Steve Witkoff": an article may open the portfolio.)
        let portfolio = run.lowerBound >= 3 && doc.tokens[run.lowerBound - 1].lower == "the" ? run.lowerBound - 1 : run.lowerBound
        if name.count >= 3, portfolio >= 2, ["for", "of"].contains(doc.tokens[portfolio - 1].text),
           doc.tokens[portfolio - 2].is(.roleNoun) {
            name = (name.upperBound - 2)..<name.upperBound
        }
        for k in name where !isNameShaped(doc.tokens[k]) && !(k > name.lowerBound && Lexicon.nameParticles.contains(doc.tokens[k].text))
            && !isInitialPart(doc, k) && !(k == name.lowerBound && name.count >= 2 && isInitialsWord(doc.tokens[k])) {
            return nil
        }
        // A numeral follows a name; it is never one on its own.
        if isRegnalNumber(doc.tokens[name.lowerBound]) { return nil }
        // "Bucharest Nine", "Main Directorate", "European Political Community": a group or body.
        for k in name where doc.tokens[k].is(.numberWord) { return nil }
        if name.count >= 2, doc.tokens[name.upperBound - 1].is(.institutionHead) { return nil }
        // "Joint Base Elmendorf-Richardson", "Hotel Adlon Kempinski": a venue's head word inside the run.
        if name.dropLast().contains(where: { Lexicon.venueWordsInNames.contains(doc.tokens[$0].lower) }) { return nil }
        // A place or organisation follows ("Dolmabahçe Palace", "Cherkasy Oblast"): not a person.
        if run.upperBound < doc.tokens.count {
            let next = doc.tokens[run.upperBound]
            if next.isWord, next.is(.institutionHead) { return nil }
        }
        // ("Faisal bin Farhan Al Saud": particles do not count towards a name's length.)
        // (Counted in a loop: `filter(...).count` made an array per candidate.)
        var nameWords = 0
        for k in name where !Lexicon.nameParticles.contains(doc.tokens[k].text) && !isInitialPart(doc, k) { nameWords += 1 }
        if nameWords > 4 { return nil }
        // Several-word places and organisations ("New York", "Red Cross", "Ukrainska Pravda").
        // One word's lexicon bits already say it; a longer name is looked up joined.
        if name.count == 1 && doc.tokens[name.lowerBound].is(.organisation) || isPlace(doc, name) { return nil }
        // ("Leaving Castel Gandolfo later in the evening, Pope Leo answered": a participle before a place.)
        if name.count >= 2, doc.tokens[name.lowerBound].lower.hasSuffix("ing"), isPlace(doc, (name.lowerBound + 1)..<name.upperBound) { return nil }
        if name.count >= 2 { return name }
        // "The Economist said": one word after "the" names a paper or a body, not a person.
        if name.lowerBound > 0, doc.tokens[name.lowerBound - 1].lower == "the" { return nil }
        // One word: only with a title before it, an appositive after it, or as the subject of a verb of saying.
        if titled || titledBefore(doc, name.lowerBound) { return name }
        if isSayingSubject(doc, name.upperBound) { return name }
        if hasAppositive(doc, name.upperBound) { return name }
        return nil
    }

    private static func isPlace(_ doc: Document, _ words: Range<Int>) -> Bool {
        words.count == 1 ? doc.tokens[words.lowerBound].is([.place, .city]) : isKnownPhrase(doc, words)
    }

    private static func isKnownPhrase(_ doc: Document, _ name: Range<Int>) -> Bool {
        let joined = name.map { doc.tokens[$0].lower }.joined(separator: " ")
        return Lexicon.placeCountry[joined] != nil || Lexicon.organisations.contains(joined) || Lexicon.cities.contains(joined)
    }

    /// "Mr. Peskov", "Secretary of State Rubio".
    private static func titledBefore(_ doc: Document, _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, doc.tokens[k].isMark(".") { k -= 1 }
        guard k >= 0, doc.tokens[k].sentence == doc.tokens[i].sentence else { return false }
        return doc.tokens[k].is(.roleNoun)
    }

    static func isSayingSubject(_ doc: Document, _ i: Int) -> Bool {
        var k = i
        while k < doc.tokens.count, doc.tokens[k].is(.filler), k - i < 4 { k += 1 }
        guard k < doc.tokens.count, doc.tokens[k].sentence == doc.tokens[i - 1].sentence else { return false }
        // ("Trump, speaking to reporters at the White House, said": past an aside closed by a comma.)
        // (Not "Politico, citing officials, said": an outlet cites, a person speaks.)
        if doc.tokens[k].isMark(","), k + 1 < doc.tokens.count, doc.tokens[k + 1].lower.hasSuffix("ing"), doc.tokens[k + 1].lower != "citing",
           let close = (k + 1..<min(doc.tokens.count - 1, k + 16)).first(where: { doc.tokens[$0].isMark(",") }),
           doc.tokens[close + 1].sentence == doc.tokens[k].sentence { k = close + 1 }
        return doc.tokens[k].is(.sayingVerb) && !doc.tokens[k].is(.participle)
    }

    private static func hasAppositive(_ doc: Document, _ i: Int) -> Bool {
        guard let phrase = appositive(doc, after: i) else { return false }
        return phrase.contains { doc.tokens[$0].is(.roleNoun) || doc.tokens[$0].is(.delegationNoun) }
    }

    /// ", the chief negotiator for Russia," / ", heading the Russian delegation," / ", Ukraine’s chief negotiator,"
    static func appositive(_ doc: Document, after i: Int) -> Range<Int>? {
        guard i + 1 < doc.tokens.count, doc.tokens[i].isMark(","), doc.tokens[i + 1].sentence == doc.tokens[i].sentence else { return nil }
        let s = doc.sentences[doc.tokens[i].sentence]
        let first = doc.tokens[i + 1]
        // (", aide to the Russian president and head of ...": a role noun in lower case opens one too.)
        let opensPhrase = first.is(.article) || first.is(.appositiveOpener) || !first.isCapitalized && first.is([.roleNoun, .roleAdjective])
            || (i + 2 < s.tokens.upperBound && doc.tokens[i + 2].kind == .possessive && first.is(.demonym))
            // (", Secretary of the National Security and Defence Council": a capitalised title with "of" after it.)
            || (i + 2 < s.tokens.upperBound && first.is(.roleNoun) && doc.tokens[i + 2].lower == "of")
            // (", Trump's special envoy for Ukraine,": a person's possessive, then the role.)
            // (", Putin's foreign policy aide,": up to two words of the office before the role.)
            || (i + 3 < s.tokens.upperBound && doc.tokens[i + 2].kind == .possessive && first.isCapitalized
                && (doc.tokens[i + 3].is([.roleNoun, .roleAdjective]) || ((i + 4)..<min(s.tokens.upperBound, i + 6)).contains { doc.tokens[$0].is(.roleNoun) }))
        guard opensPhrase else { return nil }
        // (", the Russian side by Admiral Igor Kostyukov": a second clause with its verb left out, not a description.)
        if first.is(.article), i + 4 < s.tokens.upperBound, doc.tokens[i + 2].is(.stateDemonym),
           DelegationRules.gappedSideNouns.contains(doc.tokens[i + 3].lower), doc.tokens[i + 4].lower == "by" { return nil }
        var j = i + 1
        // ("an aide to Mr. Putin": the dot of an honorific does not end the phrase.)
        while j < s.tokens.upperBound, !doc.tokens[j].isMark(","), !doc.tokens[j].isMark(".") || doc.tokens[j - 1].is(.honorific),
              j - i <= 20 { j += 1 }
        // (Two offices joined by "and" may run longer: ", Secretary of the National Security and Defence Council of
        // Ukraine and head of the Ukrainian delegation,".)
        // (", who moved from the defence ministry to run the security council this month but remains Kyiv's chief
        // negotiator,": a relative clause's last verb of being after "but" or "and" tells the role from there.)
        if first.lower == "who", let r = ((i + 3)..<max(i + 3, j)).last(where: { k in
            Self.stillVerbs.contains(doc.tokens[k].lower) && Self.butOrAnd.contains(doc.tokens[k - 1].lower) }),
           j - r <= 10, ((r + 1)..<j).contains(where: { doc.tokens[$0].is(.roleNoun) }) {
            return (r + 1)..<j
        }
        let twoOffices = ((i + 2)..<max(i + 2, j)).contains { k in
            doc.tokens[k].lower == "and" && k + 1 < j && (doc.tokens[k + 1].is(.appositiveOpener) || doc.tokens[k + 1].is(.roleNoun)) }
        guard j - i <= (twoOffices ? 20 : 12) else { return nil }
        // (", who spoke with Ukrainian President Volodymyr Zelenskyy on Thursday,": a relative clause tells a role only
        // with a verb of being or leading, and never with another person in it.)
        if first.lower == "who" {
            guard i + 2 < j, Self.roleClauseVerbs.contains(doc.tokens[i + 2].lower) else { return nil }
        }
        // ("Asked whether he would meet Volodymyr Zelensky, the Russian leader said he ...": the subject of the main clause,
        // not a description of the name before it.)
        if first.is(.article), j < s.tokens.upperBound, doc.tokens[j].isMark("."),
           ((i + 2)..<j).contains(where: { doc.tokens[$0].is(.sayingVerb) && !doc.tokens[$0].is(.participle) }) { return nil }
        return (i + 1)..<j
    }

    static let stillVerbs: WordSet = ["remains", "is", "was", "stays"]
    static let butOrAnd: WordSet = ["but", "and"]
    static let roleClauseVerbs: WordSet = ["is", "was", "heads", "headed", "leads", "led", "serves", "served", "chairs", "chaired",
                                           "also", "now", "has", "had", "became", "remains"]

    static let relativeWords: WordSet = ["where", "when", "who", "whom", "whose", "which"]

    /// Role phrases around one mention: a title before it, a fronted role before a comma, an appositive after it.
    static func roles(_ doc: Document, mention m: Range<Int>) -> [Role] {
        var out: [Role] = []
        let sentence = doc.sentences[doc.tokens[m.lowerBound].sentence]
        // Title right before the name.
        var k = m.lowerBound - 1
        var hasRole = false
        var officeWord = -1
        while k >= sentence.tokens.lowerBound {
            let t = doc.tokens[k]
            let w = t.lower
            if t.kind == .possessive || w == "of" || w == "and" || w == "the" || w == "." && k > 0 && doc.tokens[k - 1].is(.roleNoun) {
                k -= 1; continue
            }
            // ("UN Secretary-General António Guterres": a hyphen inside the title.)
            if t.isMark("-"), k > sentence.tokens.lowerBound, doc.tokens[k - 1].end == t.start, t.end == doc.tokens[k + 1].start,
               doc.tokens[k - 1].isCapitalized {
                k -= 1; continue
            }
            if t.is(.roleNoun) { hasRole = true; k -= 1; continue }
            // ("Ukraine's Human Rights Commissioner Dmytro Lubinets": capitalised words of the office right before its title,
            // not a name before "and": "US President Donald Trump and Russian President Vladimir Putin".)
            if hasRole, t.isCapitalized, t.classes.isSubset(of: .ruleCues), t.kind == .word, t.quote == nil,
               doc.tokens[k + 1].is(.roleNoun) || officeWord == k + 1 {
                officeWord = k
                k -= 1; continue
            }
            // ("the Russian delegation's head Vladimir Medinsky".)
            if t.is([.titleWord, .demonym, .place, .roleAdjective, .delegationNoun]) {
                k -= 1; continue
            }
            break
        }
        var a = k + 1
        while a < m.lowerBound, ["of", "and", "the", "."].contains(doc.tokens[a].lower) || doc.tokens[a].kind == .possessive { a += 1 }
        while a < m.lowerBound, doc.tokens[a].is(.honorific) || doc.tokens[a].isMark(".") { a += 1 }
        // "the head of Zelensky's office" is someone else's title: the name only qualifies the office.
        let owner = m.upperBound < doc.tokens.count && doc.tokens[m.upperBound].kind == .possessive
        let ownedAfterOf = m.lowerBound > 0 && doc.tokens[m.lowerBound - 1].lower == "of" && owner
        // ("the head of President Volodymyr Zelenskyy's office": only the title after "of" is the owner's.)
        if owner, let of = (a..<m.lowerBound).last(where: { doc.tokens[$0].lower == "of" }) { a = of + 1 }
        // ("the head of the Office of the President Andriy Yermak": the title names the body's owner, not him.)
        let bodyOwner = k >= sentence.tokens.lowerBound && k + 1 < m.lowerBound && doc.tokens[k].is(.institutionHead)
            && doc.tokens[k].isCapitalized && doc.tokens[k + 1].lower == "of"
        if hasRole, a < m.lowerBound, !ownedAfterOf, !bodyOwner { out.append(Role(text: doc.text(tokens: a..<m.lowerBound), span: doc.span(tokens: a..<m.lowerBound))) }
        // Fronted role: "Head of the Russian delegation, Vladimir Medinsky, ..."
        // ("Russia's chief negotiator, Kremlin aide Vladimir Medinsky, ...": before the title told with the name too.)
        // (Not a role before "and": "Volodymyr Zelensky, the Ukrainian president, and US envoy Steve Witkoff".)
        let front = hasRole && doc.tokens[k + 1].lower != "and" ? k + 1 : m.lowerBound
        // (Not for an owner: "Jared Kushner, Donald Trump's son-in-law" sets off the son-in-law, not Trump.)
        if !owner, front - 1 > sentence.tokens.lowerBound, doc.tokens[front - 1].isMark(",") {
            var b = front - 2
            while b > sentence.tokens.lowerBound, !doc.tokens[b - 1].isMark(",") { b -= 1 }
            // ("The talks were chaired by Turkey's top diplomat, Hakan Fidan": the role is the agent after "by".)
            if let by = (b..<(front - 1)).last(where: { doc.tokens[$0].lower == "by" }) { b = by + 1 }
            // ("Umerov and the chief of Ukraine's general staff, Andriy Hnatov": the role after another name and "and".)
            if let and = (b..<(front - 1)).last(where: { k in doc.tokens[k].lower == "and" && k > b && doc.tokens[k - 1].isCapitalized
                && doc.tokens[k + 1].is(.article) }) { b = and + 2 }
            // ("Speaking in Dublin, where he met Taoiseach Micheal Martin, Zelensky said": a relative clause, not a title.)
            let relative = Self.relativeWords.contains(doc.tokens[b].lower)
            // ("Witkoff, Kushner and Rubio hosted Ukraine's new chief negotiator, Rustem Umerov": the role is the object of the
            // verb of meeting; "met Secretary of State Marco Rubio, Steve Witkoff" names someone else, no role.)
            if let verb = (b..<(front - 1)).last(where: { doc.tokens[$0].is(.meetVerb) && !doc.tokens[$0].isCapitalized }) { b = verb + 1 }
            let phrase = b..<(front - 1)
            let namesSomeone = front - 2 >= b && doc.tokens[front - 2].isCapitalized && doc.tokens[front - 2].classes.isSubset(of: .ruleCues)
                && doc.tokens[front - 2].kind == .word
            if !relative, !namesSomeone, !phrase.isEmpty, phrase.count <= 12, phrase.contains(where: { doc.tokens[$0].is(.roleNoun) }),
               !phrase.contains(where: { doc.tokens[$0].is(.sayingVerb) || doc.tokens[$0].quote != nil }),
               // ("Days after a meeting with the U.S. envoy in Moscow, Putin flew ...": a time phrase, not a title.)
               !phrase.contains(where: { Self.timeConnectives.contains(doc.tokens[$0].lower) }),
               !doc.tokens[b].is(.introWord),
               // ("Standing beside Taoiseach Micheál Martin, Zelensky said": a participle's phrase, not a title; "Acting
               // President" is one.)
               !(doc.tokens[b].lower.hasSuffix("ing") && !doc.tokens[b].is(.titleWord)) {
                out.append(Role(text: doc.text(tokens: phrase), span: doc.span(tokens: phrase)))
            }
        }
        // Appositive after the name (with no other person's name in it).
        if let phrase = appositive(doc, after: m.upperBound),
           phrase.contains(where: { doc.tokens[$0].is(.roleNoun) || doc.tokens[$0].is(.delegationNoun) }),
           !(doc.tokens[phrase.lowerBound].lower == "who" && phrase.contains(where: { k in
               doc.tokens[k].isCapitalized && k > phrase.lowerBound + 2 && !doc.tokens[k].is([.titleWord, .roleNoun, .demonym, .place, .month, .weekday]) })) {
            var a = phrase.lowerBound
            if doc.tokens[a].is(.article) { a += 1 }
            if a < phrase.upperBound {
                out.append(Role(text: doc.text(tokens: a..<phrase.upperBound), span: doc.span(tokens: a..<phrase.upperBound)))
            }
        }
        return out
    }

    static let sentNouns: WordSet = ["envoy", "ambassador", "representative", "emissary"]
    /// Words that make a phrase before a name's comma tell when, not who.
    static let timeConnectives: WordSet = ["after", "before", "since", "during", "following", "until", "when", "while", "ago"]

    /// The state a person acts for: the first demonym or state name in a role, else a possessive
    /// state right before a mention ("Russia’s Vladimir Putin").
    static func country(_ doc: Document, roles: [Role], mentions: [Range<Int>]) -> String? {
        for role in roles {
            let tokens = Tokenizer.tokens(ofLine: role.text) ?? Document(role.text).tokens
            for (k, t) in tokens.enumerated() where t.isWord {
                // ("special envoy for Ukraine", "ambassador to Russia": the state an envoy is sent to.)
                if k >= 2, ["for", "to"].contains(tokens[k - 1].lower), Self.sentNouns.contains(tokens[k - 2].lower) { continue }
                if let code = Lexicon.demonyms[t.lower], !code.isEmpty { return code }
            }
        }
        // ("Pope Leo XIV": a title of one state alone opening a role, when no role names a state; not "ambassador to the Pope".)
        for role in roles {
            if let word = role.text.split(separator: " ").first, let code = Lexicon.titlesOfOneState[word.lowercased()] { return code }
        }
        for m in mentions where m.lowerBound >= 2 {
            let p = doc.tokens[m.lowerBound - 1], w = doc.tokens[m.lowerBound - 2]
            if p.kind == .possessive, w.is(.stateDemonym), let code = Lexicon.demonyms[w.lower], !code.isEmpty { return code }
        }
        return nil
    }
}
