/// A person found in the article, with the token ranges of each mention.
struct PersonFinding {
    var key: String
    var forms: [String]
    var name: String
    var roles: [Role] = []
    var country: String?
    var mentions: [Range<Int>] = []
    /// Forms written with a middle initial ("Antony J. Blinken"): aliases, never the name or the key.
    var initialForms: [String] = []
}

/// People found by pattern: capitalised name-shaped runs after titles, before appositives, as
/// subjects of verbs of saying, or two or more name-shaped words that no lexicon claims as a
/// place, organisation or title. Mentions of one surname (transliterations folded) are one person.
extension PeopleIndex {
    /// Where the name after token `a` starts, past up to three words of rank, title or address ("Admiral Igor Kostyukov",
    /// "President Donald Trump", "Mr. Witkoff"): the first token from `a + 1` that is a person's or no such word.
    func nameStart(after a: Int, in s: Sentence, _ t: [Token]) -> Int {
        var k = a + 1
        while k < s.tokens.upperBound, k - a <= 3, personAt[k] == nil, t[k].is([.titleWord, .roleNoun, .honorific]) || t[k].isMark(".") { k += 1 }
        return k
    }
}

struct PeopleIndex {
    var people: [PersonFinding] = []
    /// For each token, the person whose mention covers it.
    var personAt: [Int?]
    /// For each token that starts a mention, the mention's end token (exclusive).
    var mentionEnd: [Int?]

    init(_ doc: Document) {
        personAt = Array(repeating: nil, count: doc.tokens.count)
        mentionEnd = Array(repeating: nil, count: doc.tokens.count)
        var byKey: [String: Int] = [:]
        // Whether a word is seen capitalised away from a sentence start: evidence that it is a name,
        // not an opener. Asked only for names that open a sentence, so it is looked up on demand.
        var seenMidSentence: [String: Bool] = [:]
        func isMidSentence(_ lower: String) -> Bool {
            if let known = seenMidSentence[lower] { return known }
            let seen = doc.tokens.indices.contains { i in
                doc.tokens[i].isCapitalized && i > doc.sentences[doc.tokens[i].sentence].tokens.lowerBound && doc.tokens[i].lower == lower
            }
            seenMidSentence[lower] = seen
            return seen
        }
        var weakForms: Set<String> = []
        // 1. Discovery in body paragraphs.
        for para in doc.paragraphs where para.kind == .body || para.kind == .caption {
            var i = para.tokens.lowerBound
            // A caption's credit ("Photograph: Daniel Okafor/Reuters") names the photographer, not a person in the news.
            let end = para.kind == .caption ? PeopleRules.creditStart(doc, in: para) : para.tokens.upperBound
            while i < end {
                guard doc.tokens[i].isCapitalized else { i += 1; continue }
                var j = i + 1
                while j < end, doc.tokens[j].sentence == doc.tokens[i].sentence {
                    let t = doc.tokens[j]
                    // "Vladimir V. Putin": a middle initial and its dot stay inside the run.
                    if PeopleRules.middleInitial(doc, at: j) { j += 2; continue }
                    if t.isCapitalized, !t.isAllCaps || PeopleRules.strippable(t) || PeopleRules.isRegnalNumber(t) { j += 1; continue }
                    // "Ursula von der Leyen": lower-case particles inside a name, a capitalised word after them.
                    if let after = PeopleRules.particlesEnd(doc, from: j, limit: para.tokens.upperBound), j > i { j = after; continue }
                    break
                }
                // "(AP Photo/Jon Hallam)", "(Reuters: Ivan Sarkov)": a photographer credited in brackets.
                if PeopleRules.bracketedCredit(doc, at: i) { i = j; continue }
                // "Oleh Marchuk/AFP via Getty Images": a photographer's credit names no one in the news.
                if j + 1 < end, doc.tokens[j].isMark("/"), doc.tokens[j].start == doc.tokens[j - 1].end, doc.tokens[j + 1].isCapitalized {
                    i = j; continue
                }
                // (A run of initials alone, "K." before a word that is no name, names no one: no form to key.)
                if let name = PeopleRules.candidate(doc, run: i..<j), name.contains(where: { !PeopleRules.isInitialPart(doc, $0) }) {
                    let words = name.filter { !PeopleRules.isInitialPart(doc, $0) }.map { doc.tokens[$0].text }
                    let key = NameKey.word(of: doc.tokens[name.upperBound - 1]) ?? NameKey.word(words.last!)
                    let form = words.joined(separator: " ")
                    // "Later Zelensky" at a sentence start: the first word may be an ordinary opener.
                    let weak = name.lowerBound == doc.sentences[doc.tokens[name.lowerBound].sentence].tokens.lowerBound
                        && !isMidSentence(doc.tokens[name.lowerBound].lower)
                    if weak { weakForms.insert(form) }
                    if let p = byKey[key] {
                        // ("Sheikh Abdullah bin Zayed Al Nahyan" and "Mohamed bin Zayed Al Nahyan": given names of other
                        // first letters make two people of one surname; a bare surname stays the first one's.)
                        // (Not a form whose first word may be an opener: "Whether Trump", "“Today Putin effectively rejected".)
                        let opensQuote = name.lowerBound > 0 && doc.tokens[name.lowerBound - 1].kind == .punct
                        let q = words.count < 2 || weak || opensQuote ? p : people.indices.first { q in
                            people[q].key == key && !Self.otherGivenName(words, than: people[q].forms.filter { !weakForms.contains($0) }) }
                        if let q {
                            if !people[q].forms.contains(form) { people[q].forms.append(form) }
                        } else {
                            people.append(PersonFinding(key: key, forms: [form], name: form))
                        }
                    } else {
                        byKey[key] = people.count
                        people.append(PersonFinding(key: key, forms: [form], name: form))
                    }
                    if words.count < name.count, let p = byKey[key] {
                        let written = doc.text(tokens: name)
                        if !people[p].initialForms.contains(written) { people[p].initialForms.append(written) }
                    }
                }
                i = j
            }
        }
        for p in people.indices where people[p].forms.contains(where: { !weakForms.contains($0) }) {
            people[p].forms.removeAll { weakForms.contains($0) }
        }
        Self.foldSurnameFirst(&people, &byKey)
        // 2. Mentions everywhere except page debris: full forms and bare surnames.
        var fullForms: [String: Int] = [:]
        for (p, person) in people.enumerated() {
            for form in person.forms { fullForms[NameKey.name(Self.words(of: form))] = p }
        }
        let maxWords = people.flatMap(\.forms).map(Self.wordCount).max() ?? 0
        // Words that can start a known form: other capitalised words are passed over at once.
        var startKeys: Set<String> = Set(byKey.keys)
        for key in fullForms.keys { if let first = Self.words(of: key).first { startKeys.insert(first) } }
        let startShapes = KeyShapes(startKeys)
        var keyMemo: [String: String] = [:]
        func key(_ i: Int) -> String {
            if let k = NameKey.word(of: doc.tokens[i]) { return k }
            let text = doc.tokens[i].text
            if let k = keyMemo[text] { return k }
            let k = NameKey.word(text)
            keyMemo[text] = k
            return k
        }
        for para in doc.paragraphs where para.kind != .debris {
            var i = para.tokens.lowerBound
            while i < para.tokens.upperBound {
                guard doc.tokens[i].isCapitalized, startShapes.mayContainKey(of: doc.tokens[i]), startKeys.contains(key(i)) else {
                    i += 1; continue
                }
                var matched: (Int, Int)? = nil
                // Longest full form starting here.
                var n = min(maxWords, para.tokens.upperBound - i)
                while n >= 1 && matched == nil {
                    let range = i..<(i + n)
                    if Self.isNameShaped(doc, range), adjacentWords(doc, range) {
                        let k = range.map(key).joined(separator: " ")
                        if let p = fullForms[k] { matched = (p, i + n) } else if n == 1, let p = byKey[k] { matched = (p, i + 1) }
                    }
                    n -= 1
                }
                if let (p, end) = matched {
                    people[p].mentions.append(i..<end)
                    mentionEnd[i] = end
                    for k in i..<end { personAt[k] = p }
                    let form = doc.text(tokens: i..<end)
                    if !people[p].forms.contains(form) { people[p].forms.append(form) }
                    i = end
                } else {
                    i += 1
                }
            }
        }
        people.removeAll { $0.mentions.isEmpty || $0.mentions.allSatisfy { Authors.isAuthorMention(doc, $0) } }
        // Re-index after removal.
        for k in personAt.indices { personAt[k] = nil }
        for (p, person) in people.enumerated() {
            for m in person.mentions { for k in m { personAt[k] = p } }
        }
        // 3. Name, roles, country.
        for p in people.indices {
            people[p].name = people[p].forms.max { a, b in Self.wordCount(a) < Self.wordCount(b) } ?? people[p].name
            let nameWords = Self.wordCount(people[p].name)
            if let longest = people[p].forms.first(where: { Self.wordCount($0) == nameWords }) {
                people[p].name = longest
            }
            var seen: Set<String> = []
            for m in people[p].mentions where doc.paragraphs[doc.tokens[m.lowerBound].paragraph].kind == .body {
                for role in PeopleRules.roles(doc, mention: m) where seen.insert(role.text.lexKey).inserted {
                    people[p].roles.append(role)
                }
            }
            people[p].country = PeopleRules.country(doc, roles: people[p].roles, mentions: people[p].mentions)
                ?? Lexicon.actorCountries[people[p].key].flatMap { $0.isEmpty ? nil : $0 }
        }
        // ("Zelensky's spokesman, Serhiy Nykyforov": a role held for another person is held for that person's state.)
        for p in people.indices where people[p].country == nil {
            for role in people[p].roles {
                guard let owner = role.span.start < role.span.end ? ownerOfRole(doc, role) : nil, owner != p,
                      let c = people[owner].country else { continue }
                people[p].country = c
                break
            }
        }
        // ("a Ukrainian team led by Mr Umerov and including the chief of the general staff, Andriy Hnatov": a member named in
        // a state's team or delegation is of that state.)
        for p in people.indices where people[p].country == nil {
            for m in people[p].mentions {
                if let c = teamState(doc, before: m.lowerBound) { people[p].country = c; break }
            }
        }
    }

    /// The state of "<demonym> team/delegation" up to fifteen words before token `k` in its sentence, through words that
    /// set its members out ("led by", "including", "which also included"), with no other state named between.
    private func teamState(_ doc: Document, before k: Int) -> String? {
        let t = doc.tokens
        var j = k - 1
        while j > 0, k - j <= 15, t[j].sentence == t[k].sentence {
            if t[j].is(.stateDemonym) || t[j].is(.statePlace) {
                guard j + 2 <= k, t[j + 1].is(.delegationNoun), t[j + 1].lower != "negotiators", let c = Lexicon.demonyms[t[j].lower], !c.isEmpty,
                      (j + 2..<k).contains(where: { Self.memberWords.contains(t[$0].lower) }) else { return nil }
                return c
            }
            if t[j].is(.sayingVerb) || t[j].isMark(";") { return nil }
            j -= 1
        }
        return nil
    }

    static let memberWords: WordSet = ["led", "headed", "including", "included", "includes", "comprising", "with"]

    /// The person whose possessive a role opens with ("Zelensky's spokesman", "Trump's envoy").
    private func ownerOfRole(_ doc: Document, _ role: Role) -> Int? {
        // (Tokens are in text order: a binary search for the role's first token.)
        var lo = 0, hi = doc.tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if doc.tokens[mid].start < role.span.start { lo = mid + 1 } else { hi = mid } }
        let k = lo
        guard k + 1 < doc.tokens.count, doc.tokens[k].start == role.span.start else { return nil }
        var e = k
        while e + 1 < doc.tokens.count, personAt[e + 1] == personAt[k], personAt[k] != nil { e += 1 }
        guard let owner = personAt[k], e + 1 < doc.tokens.count, doc.tokens[e + 1].kind == .possessive else { return nil }
        return owner
    }

    /// `form.split(separator: " ")` on bytes. A name's spaces are never part of a larger
    /// character (the next word starts with a letter), so bytes and characters split alike.
    /// "Lin Jian said ... "...," Lin said": a name written surname first is taken up by its first word, when only
    /// that word was ever written alone, exactly one full name starts with it, that name's last word is never
    /// written alone, and the word is no leader's surname (no "Trump" of its own in
    /// "Donald Trump" and "Trump Medinsky": Trump's key is his surname, so he has a full form).
    private static func foldSurnameFirst(_ people: inout [PersonFinding], _ byKey: inout [String: Int]) {
        var p = people.count - 1
        while p >= 0 {
            defer { p -= 1 }
            // (A known leader's surname is never someone's first name: "Trump Medinsky" in a run of names.)
            guard people[p].forms.allSatisfy({ wordCount($0) == 1 }), !Lexicon.headsOfState.contains(people[p].key) else { continue }
            let word = people[p].key
            // (The owner's own last word is never written alone: "Jian" is a given name, "Peskov" in "Medinsky Peskov"
            // a surname used alone elsewhere, so that pair is two surnames.)
            let owners = people.indices.filter { q in
                q != p && people[q].forms.contains { wordCount($0) >= 2 && NameKey.word(words(of: $0)[0]) == word }
                    && !people[q].forms.contains { wordCount($0) == 1 }
            }
            guard owners.count == 1 else { continue }
            let q = owners[0]
            for form in people[p].forms where !people[q].forms.contains(form) { people[q].forms.append(form) }
            people.remove(at: p)
            let owner = q > p ? q - 1 : q
            for (key, index) in byKey {
                if index == p { byKey[key] = owner } else if index > p { byKey[key] = index - 1 }
            }
        }
    }

    private static func words(of form: String) -> [String] { NameKey.splitOnSpaceBytes(form) }

    /// Whether a full name's given name starts with another letter than that of each full form known: transliterations
    /// ("Sergei"/"Sergey", "Volodymyr"/"Vladimir") keep their first letter, another person of the surname seldom does.
    private static func otherGivenName(_ words: [String], than forms: [String]) -> Bool {
        guard let first = words.first?.unicodeScalars.first else { return false }
        let full = forms.map(Self.words(of:)).filter { $0.count >= 2 }
        return !full.isEmpty && full.allSatisfy { $0.first?.unicodeScalars.first != first }
    }

    private static func wordCount(_ form: String) -> Int {
        var count = 0
        var inWord = false
        for byte in form.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Every token capitalised, or a lower-case particle inside ("Mohammed bin Salman", "Ursula von der Leyen").
    /// (A loop of its own: a closure here copied the whole document for each length tried.)
    private static func isNameShaped(_ doc: Document, _ range: Range<Int>) -> Bool {
        for k in range where !doc.tokens[k].isCapitalized {
            guard k > range.lowerBound && k < range.upperBound - 1 && Lexicon.nameParticles.contains(doc.tokens[k].text) else { return false }
        }
        return true
    }

    private func adjacentWords(_ doc: Document, _ range: Range<Int>) -> Bool {
        for k in range.dropFirst() where doc.tokens[k].start - doc.tokens[k - 1].end != 1 { return false }
        return true
    }
}
