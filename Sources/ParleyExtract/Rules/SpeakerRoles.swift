/// Speakers named by their role: "the head of the Russian delegation", "the President of Russia",
/// "the Ukrainian president", "the minister" — the one person the article gives that role.
extension SpeakerFinder {
    /// The only person whose role reads as `description` (case and a leading article aside).
    func personWithRole(_ description: String) -> Int? {
        // One word is no role phrase; most labels ("Kremlin", "Moscow") stop here.
        guard description.utf8.contains(0x20) else { return nil }
        var key = description.lexKey
        if key.hasPrefix("the ") { key.removeFirst(4) }
        guard key.contains(" ") else { return nil }
        let holders = people.people.indices.filter { p in
            people.people[p].roles.contains { role in
                var r = role.text.lexKey
                if r.hasPrefix("the ") { r.removeFirst(4) }
                return r == key
            }
        }
        if holders.count == 1 { return holders[0] }
        // "the head of the Russian delegation" for the Russian who "heads the Russian delegation" or "led" it.
        let words = key.split(separator: " ")
        guard holders.isEmpty, words.count >= 3, words.first == "head", words.last == "delegation",
              let state = words.compactMap({ Lexicon.demonyms[String($0)] }).first(where: { !$0.isEmpty }) else { return nil }
        let heads = people.people.indices.filter { p in
            people.people[p].country == state && people.people[p].roles.contains { role in
                let r = role.text.lexKey.split(separator: " ")
                return r.contains("delegation") && r.contains { ["head", "heads", "headed", "led", "leads", "chief"].contains($0) }
            }
        }
        return heads.count == 1 ? heads[0] : nil
    }

    /// "the Ukrainian president", "the Turkish foreign minister": the one person the article gives
    /// that role (and that state, when a demonym says it); nil when none or several fit.
    func describedPerson(tokens range: Range<Int>) -> Int? {
        var country: String? = nil
        var words: [String] = []
        var roleEnd = range.upperBound
        // "the President of Russia", "the Foreign Minister of Türkiye": the state after "of".
        if let of = range.first(where: { tokens[$0].lower == "of" }), of > range.lowerBound, let c = stateNamed(of + 1..<range.upperBound) {
            country = c
            roleEnd = of
        }
        for k in range.lowerBound..<roleEnd {
            let t = tokens[k]
            if words.isEmpty, country == nil, t.is(.stateDemonym), let c = Lexicon.demonyms[t.lower] { country = c; continue }
            // ("Germany's chancellor", "Moscow's chief negotiator": the state or capital owning the role.)
            if words.isEmpty, country == nil, t.is(.place), t.isCapitalized, k + 1 < roleEnd, tokens[k + 1].kind == .possessive,
               let c = Lexicon.placeCountry[t.lower], !c.isEmpty { country = c; continue }
            if words.isEmpty, country != nil, t.kind == .possessive { continue }
            guard t.isWord, t.is(.roleNoun) || t.is(.roleAdjective) || t.is(.titleWord) else { return nil }
            words.append(t.lower)
        }
        guard let head = words.last, tokens[roleEnd - 1].is(.roleNoun) || tokens[roleEnd - 1].is(.titleWord) && roleEnd < range.upperBound else { return nil }
        let phrase = words.joined(separator: " ")
        // ("The Ukrainian leader ... described the meeting as ...": a state's leader is its head of state, not a faction leader.)
        if phrase == "leader", let country {
            let heads = people.people.indices.filter { people.people[$0].country == country && Lexicon.headsOfState.contains(people.people[$0].key) }
            if heads.count == 1 { return heads[0] }
        }
        var fitting: [Int] = []
        for (p, person) in people.people.enumerated() where country == nil || person.country == country {
            let fits = person.roles.contains { role in
                let text = role.text.lowercased()
                // ("the minister" for "Minister of Defense of Ukraine": the head noun stands before "of".)
                let roleWords = text.split(separator: " ")
                let roleHead = roleWords.firstIndex(of: "of").flatMap { $0 > 0 ? roleWords[$0 - 1] : nil } ?? roleWords.last
                // (A whole word: "the president" is not the "Vice-president".)
                return text == phrase || text.hasSuffix(" " + phrase) || words.count == 1 && roleHead.map(String.init) == head
            }
            if fits { fitting.append(p) }
        }
        // Several fit: the one the article has already named, if only one has been ("The Russian presidential
        // aide noted" after Medinsky, before Ushakov appears).
        if fitting.count > 1 {
            fitting = fitting.filter { people.people[$0].mentions.first.map { $0.lowerBound < range.lowerBound } ?? false }
        }
        // "Mr Trump said he had phoned Zelensky ... . "...," the president wrote": the last subject or speaker first.
        if fitting.count > 1, let (subject, _) = lastSubjectPerson, fitting.contains(subject) { fitting = [subject] }
        // Several named already: "the minister said" takes up the one named last, when that was in this or the
        // previous paragraph.
        if fitting.count > 1 {
            let last = { (p: Int) in people.people[p].mentions.filter { $0.lowerBound < range.lowerBound }.map(\.lowerBound).max() ?? -1 }
            if let latest = fitting.max(by: { last($0) < last($1) }), last(latest) >= 0,
               tokens[range.lowerBound].paragraph - tokens[last(latest)].paragraph <= 1 {
                fitting = [latest]
            }
        }
        guard fitting.count <= 1 else { return nil }
        let found = fitting.first
        // "the US president", "the Russian leader" when the article gives no one that title: the head of state it names.
        if found == nil, let country, words.count == 1, Lexicon.leaderTitles.contains(head) || head == "leader" {
            let leaders = people.people.indices.filter { people.people[$0].country == country && Lexicon.headsOfState.contains(people.people[$0].key) }
            if leaders.count == 1 { return leaders[0] }
        }
        // ("Moscow's chief negotiator says", Medinsky told as the "Kremlin aide who heads Moscow's delegation": the one of that
        // state who negotiates for it or heads its delegation.)
        if found == nil, let country, head == "negotiator" {
            let negotiators = people.people.indices.filter { p in
                people.people[p].country == country && people.people[p].roles.contains { role in
                    let r = role.text.lexKey.split(separator: " ")
                    return r.contains("negotiator") || r.contains("delegation") && r.contains { Self.headingWords.contains(String($0)) }
                }
            }
            if negotiators.count == 1 { return negotiators[0] }
        }
        return found
    }

    static let headingWords: Set<String> = ["head", "heads", "headed", "led", "leads", "chief"]

    /// The state a whole phrase names: "Russia", "the United States", "the United States of America".
    func stateNamed(_ range: Range<Int>) -> String? {
        var a = range.lowerBound
        if a < range.upperBound, tokens[a].is(.article) { a += 1 }
        guard a < range.upperBound, range.upperBound - a <= 4 else { return nil }
        let name = (a..<range.upperBound).map { tokens[$0].lower }.joined(separator: " ")
        if let c = Lexicon.placeCountry[name], !c.isEmpty { return c }
        return name == "united states of america" ? "US" : nil
    }
}
