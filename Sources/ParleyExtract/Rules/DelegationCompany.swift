/// Heads and members told around the people rather than around a delegation noun: "Rubio and Lavrov led their
/// delegations", "Rubio was joined by Waltz and Witkoff", "Medinsky, who brought along Galuzin, Fomin and Kostyukov",
/// "Kyslytsya, a member of Kyiv's team".
extension DelegationRules {
    /// "U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov led their delegations": each
    /// person of the subject heads their own state's delegation. Empty unless two states are named.
    /// Also "the heads of the delegations, Secretary of the National Security and Defense Council Rustem Umerov and
    /// Medinsky,": the people named in the apposition after the noun.
    static func jointHeads(_ doc: Document, _ people: PeopleIndex, noun i: Int, _ s: Sentence) -> [(String, String)] {
        let t = doc.tokens
        guard i - 2 > s.tokens.lowerBound else { return [] }
        var out: [(String, String)] = []
        let note = { (k: Int) in
            if let p = people.personAt[k], people.personAt[k - 1] != p, let c = people.people[p].country, !c.isEmpty,
               !out.contains(where: { $0.0 == c }) { out.append((c, people.people[p].name)) }
        }
        // ("the two heads of delegation, Vladimir Medinsky, an aide to the Russian president, and Rustem Umerov, who ...":
        // "of delegation" too, and each name's apposition between.)
        let headsOf = t[i - 1].lower == "the" && t[i - 2].lower == "of" && i - 3 > s.tokens.lowerBound && t[i - 3].lower == "heads"
            || t[i - 1].lower == "of" && t[i - 2].lower == "heads"
        if headsOf, i + 2 < s.tokens.upperBound, t[i + 1].isMark(",") {
            var k = i + 2
            while k < s.tokens.upperBound, k - i <= 30, t[k].isWord || t[k].kind == .possessive || PeopleRules.isInnerDot(doc, k) || t[k].isMark(","),
                  !SpeakerFinder.relativeWords.contains(t[k].lower), !t[k].is(.sayingVerb) { note(k); k += 1 }
            return out.count >= 2 ? out : []
        }
        guard t[i].lower.hasSuffix("s") else { return [] }
        guard t[i - 1].lower == "their", t[i - 2].is(.leadVerb) else { return [] }
        var k = i - 3
        while k >= s.tokens.lowerBound, t[k].isWord || t[k].kind == .possessive || PeopleRules.isInnerDot(doc, k) {
            if let p = people.personAt[k], k == s.tokens.lowerBound || people.personAt[k - 1] != p, let c = people.people[p].country,
               !out.contains(where: { $0.0 == c }) {
                out.insert((c, people.people[p].name), at: 0)
            }
            k -= 1
        }
        return out.count >= 2 ? out : []
    }

    /// "Rubio was joined by ...", "Medinsky, who brought along ...", "accompanied by ...": the people named with a head
    /// of a side, as that side's members.
    static func companions(_ doc: Document, _ people: PeopleIndex, heads: [String: String], _ s: Sentence) -> [(String, [String])] {
        let t = doc.tokens
        var out: [(String, [String])] = []
        // (Only a sentence with one of the verbs: "joined", "accompanied", "brought", "took".)
        guard s.tokens.contains(where: { k in
            let n = t[k].end - t[k].start
            return (n == 6 || n == 11 || n == 7 || n == 4) && Self.companyVerbs.contains(t[k].lower) }) else { return [] }
        for k in s.tokens where people.personAt[k] != nil && (k == s.tokens.lowerBound || people.personAt[k - 1] != people.personAt[k]) {
            let name = people.people[people.personAt[k]!].name
            guard let side = heads.first(where: { $0.value == name })?.key, var j = people.mentionEnd[k] else { continue }
            if j + 1 < s.tokens.upperBound, t[j].isMark(","), t[j + 1].lower == "who" { j += 2 }
            if j < s.tokens.upperBound, ["was", "is", "were"].contains(t[j].lower) { j += 1 }
            guard j + 1 < s.tokens.upperBound else { continue }
            let opener: Int?
            switch t[j].lower {
            case "joined", "accompanied": opener = t[j + 1].lower == "by" ? j + 1 : nil
            case "brought", "took": opener = t[j + 1].lower == "along" ? j + 1 : nil
            default: opener = nil
            }
            guard let opener else { continue }
            let members = IncludedList.members(doc, people, after: opener, in: s, aside: true).filter { $0 != name }
            if !members.isEmpty { out.append((side, members)) }
        }
        return out
    }

    /// "Medinsky arrived with a deputy foreign minister, Mikhail Galuzin; a deputy defense minister, Alexander Fomin; and ...":
    /// one who arrives at a round with people named heads their state's side, and they are its members.
    static func arrivedWith(_ doc: Document, _ people: PeopleIndex, _ s: Sentence) -> [(side: String, head: String, members: [String])] {
        let t = doc.tokens
        guard s.tokens.contains(where: { t[$0].end - t[$0].start == 7 && t[$0].lower == "arrived" }) else { return [] }
        var out: [(side: String, head: String, members: [String])] = []
        for k in s.tokens where people.personAt[k] != nil && (k == s.tokens.lowerBound || people.personAt[k - 1] != people.personAt[k]) {
            let person = people.people[people.personAt[k]!]
            guard let side = person.country, !side.isEmpty, let j = people.mentionEnd[k], j + 2 < s.tokens.upperBound,
                  t[j].lower == "arrived", t[j + 1].lower == "with",
                  // (Not one who arrived somewhere else or for another event: "Lavrov arrived with Zakharova and Ryabkov in
                  // Johannesburg for the G20 foreign ministers' gathering".)
                  !(j + 2..<s.tokens.upperBound).contains(where: { t[$0].isCapitalized && t[$0].is([.city, .statePlace, .venueHead])
                      || t[$0].is([.meetingTrigger, .summitNoun]) || Self.eventWords.contains(t[$0].lower) }) else { continue }
            let members = IncludedList.members(doc, people, after: j + 1, in: s, aside: true).filter { $0 != person.name }
            if members.count >= 2 { out.append((side, person.name, members)) }
        }
        return out
    }

    /// "Driscoll and Witkoff were also at the table", "Also at the table were Witkoff and Driscoll": the people of the
    /// clause that seats them, each on their state's side.
    static func atTheTable(_ doc: Document, _ people: PeopleIndex, _ s: Sentence) -> [(String, String)] {
        let t = doc.tokens
        guard let a = s.tokens.first(where: { k in t[k].end - t[k].start == 5 && t[k].lower == "table" && k - 2 >= s.tokens.lowerBound
            && t[k - 1].lower == "the" && t[k - 2].lower == "at" }),
              (max(s.tokens.lowerBound, a - 5)..<min(s.tokens.upperBound, a + 2)).contains(where: { ["was", "were"].contains(t[$0].lower) })
        else { return [] }
        let bound = { (k: Int) in t[k].isMark(",") || t[k].isMark(";") || t[k].quote != nil }
        let start = (s.tokens.lowerBound..<a).last(where: bound).map { $0 + 1 } ?? s.tokens.lowerBound
        let end = (a..<s.tokens.upperBound).first(where: bound) ?? s.tokens.upperBound
        // ("Zelensky was not at the table when Trump and Putin met": seated nowhere.)
        guard !(start..<a).contains(where: { Self.negators.contains(t[$0].lower) }) else { return [] }
        var out: [(String, String)] = []
        for k in start..<end {
            guard let p = people.personAt[k], k == start || people.personAt[k - 1] != p, let c = people.people[p].country else { continue }
            out.append((c, people.people[p].name))
        }
        return out
    }

    static let negators: WordSet = ["not", "never", "no"]
    static let eventWords: WordSet = ["gathering", "conference", "forum", "ceremony", "visit"]
    static let companyVerbs: WordSet = ["joined", "accompanied", "brought", "took"]

    /// "Deputy Foreign Minister Sergiy Kyslytsya, a member of Kyiv's team, said": a person the text makes a member of
    /// a state's delegation; and the people `atTheTable` seats.
    static func declaredMembers(_ doc: Document, _ people: PeopleIndex, _ s: Sentence) -> [(String, String)] {
        let t = doc.tokens
        var out = atTheTable(doc, people, s)
        guard s.tokens.contains(where: { t[$0].end - t[$0].start == 6 && t[$0].lower == "member" }) else { return out }
        for k in s.tokens where people.personAt[k] != nil && (k == s.tokens.lowerBound || people.personAt[k - 1] != people.personAt[k]) {
            guard let e = people.mentionEnd[k], e + 5 < s.tokens.upperBound, t[e].isMark(","), t[e + 1].lower == "a",
                  t[e + 2].lower == "member", t[e + 3].lower == "of" else { continue }
            var j = e + 4
            if t[j].is(.article) { j += 1 }
            guard j + 1 < s.tokens.upperBound, t[j].isCapitalized || t[j].isAllCaps,
                  let c = Lexicon.demonyms[t[j].lower] ?? Lexicon.placeCountry[t[j].lower], !c.isEmpty else { continue }
            j += t[j + 1].kind == .possessive ? 2 : 1
            guard j < s.tokens.upperBound, t[j].is(.delegationNoun) || ["team", "side"].contains(t[j].lower) else { continue }
            out.append((c, people.people[people.personAt[k]!].name))
        }
        return out
    }
}
