/// The negotiators a talks sentence names, as delegations when no sentence about delegations told that
/// side: "Putin received Steve Witkoff in the Kremlin" (Witkoff heads the US side), "Driscoll is expected
/// to meet Russian officials in Abu Dhabi" (a Russian side with no head), "Rubio, Waltz and Witkoff met
/// Lavrov and Ushakov" (no head, the names as members). A head of state takes part only in talks he holds or
/// that are between him and others, and then is on his side's team ("Putin held talks with Witkoff"); the people quoted
/// about the talks are speakers, not negotiators.
enum NegotiatorsAtTalks {
    static func add(to found: [Delegation], _ doc: Document, _ people: PeopleIndex, _ meetings: MeetingRules) -> [Delegation] {
        var out = found
        for m in meetings.meetings where m.kind == .talks {
            // (A document handed over names no delegation, unless the sentence tells one: "Driscoll, who had presented the draft
            // to Zelenskyy", not "by Driscoll, who led a small Pentagon delegation to the Ukrainian capital".)
            guard let (i, s) = trigger(of: m, doc), !MeetingRules.handingVerbs.contains(doc.tokens[i].lower)
                    || s.tokens.contains(where: { doc.tokens[$0].is(.delegationNoun) }) else { continue }
            // ("Kyslytsya, who told reporters that Russia repeated demands made at the talks in 2022": not at those talks.)
            let clause = meetings.thatClause(of: i, s)
            let told = Set(out.filter { $0.meeting == m.id }.map(\.side))
            // ("The US delegation also included ... Kushner": a side told with other members and no head takes its head here.)
            let headless = Set(out.filter { $0.meeting == m.id && $0.head == nil }.map(\.side))
            var named: [(side: String, names: [String], leader: String?)] = []
            // (A leader takes part when he holds the talks or is one of those they are between.)
            let leaderHolds = meetings.heldWithGuests(i, s) || i + 1 < s.tokens.upperBound && doc.tokens[i + 1].lower == "between"
            var present = negotiators(in: clause, doc, people, meetings)
            // ("The Berlin talks follow a meeting between Witkoff, Kushner and Putin at the Kremlin ..., and negotiations in
            // Geneva": people told after another meeting's word, before this one's, are at that meeting.)
            let others = otherTriggers(than: m, in: s, meetings.meetings, doc)
            // ("had proposed holding another round ..., and a meeting between Presidents Zelensky and Putin": nor those told after
            // another meeting's word that follows this one's.)
            // (A word of meeting set off from this one by a comma or "and" is another meeting's, told or taken up.)
            let later = clause.tokens.filter { o in o > i && doc.tokens[o].is(.meetingTrigger) && doc.tokens[o].quote == nil
                && (i..<o).contains { doc.tokens[$0].isMark(",") || doc.tokens[$0].lower == "and" } }
            present.removeAll { p in clause.tokens.contains { k in people.personAt[k] == p
                && (others.contains { $0 < k && k < i || i < $0 && $0 < k } || later.contains { $0 < k }) } }
            // ("Ukraine's team included Kyslytsya and was led by Umerov, who also headed it at the first round": only the person
            // the clause is about sat at talks told in it.)
            if let owner = RelativeClause.owner(holding: i, s, doc.tokens, people) { present.removeAll { $0 != owner } }
            // ("... talks, held in the Saudi capital Riyadh on February 18. In the Diriyah Palace, Rubio, Waltz and Witkoff spent
            // four and a half hours with Lavrov and Ushakov.": the next sentence tells who sat at them.)
            if present.isEmpty, let next = sittingNext(after: s, doc) { present = negotiators(in: next, doc, people, meetings) }
            for p in present where leaderHolds || !meetings.isLeader(p) {
                let person = people.people[p]
                guard let c = person.country, m.parties.contains(c), !told.contains(c) || headless.contains(c) else { continue }
                let leader = meetings.isLeader(p) ? person.name : nil
                if let k = named.firstIndex(where: { $0.side == c }) {
                    if !named[k].names.contains(person.name) { named[k].names.append(person.name) }
                    named[k].leader = named[k].leader ?? leader
                } else {
                    named.append((c, [person.name], leader))
                }
            }
            for (side, names, leader) in named where told.contains(side) && leader == nil {
                guard names.count == 1, let d = out.firstIndex(where: { $0.meeting == m.id && $0.side == side }),
                      !out[d].members.isEmpty, !out[d].members.contains(names[0]) else { continue }
                out[d].head = names[0]
            }
            // (A leader holding talks with envoys is on his side's team, which no one is said to lead: "Putin held talks in
            // the Kremlin with Witkoff". A lone envoy heads a side only when the article tells him leading one: "Driscoll,
            // who will lead the American side"; "Driscoll held talks with a Russian delegation" names no head.)
            // (Named people are a delegation only when the clause tells their side as a group or one of them leading it:
            // "Witkoff and Kushner met Putin in the Kremlin" names envoys, no delegation.)
            let groups = sidesByGroup(in: clause, doc)
            for (side, names, leader) in named where !told.contains(side) {
                let head = leader == nil && names.count == 1 && (out.contains(where: { $0.head == names[0] })
                    || toldLeading(named: names[0], in: s, doc, people)) ? names[0] : nil
                if head == nil, !groups.contains(side) { continue }
                out.append(Delegation(meeting: m.id, side: side, head: head, members: names.filter { $0 != head }, span: m.span))
            }
            // "to meet Russian officials", "met the Ukrainian delegation": a side told by a group noun, unnamed.
            for side in sidesByGroup(in: clause, doc) where m.parties.contains(side) && !told.contains(side)
                && !named.contains(where: { $0.side == side }) {
                out.append(Delegation(meeting: m.id, side: side, head: nil, members: [], span: m.span))
            }
        }
        return out
    }

    /// The first tokens of the other meetings' mentions within `s` by a word of meeting (not "a Ukrainian delegation" a
    /// round took up).
    private static func otherTriggers(than m: Meeting, in s: Sentence, _ meetings: [Meeting], _ doc: Document) -> [Int] {
        let starts = meetings.filter { $0.id != m.id }.flatMap { [$0.span] + $0.mentions }.map(\.start)
            .filter { $0 >= s.span.start && $0 < s.span.end }
        return s.tokens.filter { k in starts.contains(doc.tokens[k].start) && doc.tokens[k].is([.meetingTrigger, .meetVerb]) }
    }

    /// "Driscoll, who led a Pentagon delegation to Kyiv, presented ...", "where Rubio and Lavrov led their countries'
    /// delegations": the person is told leading in this sentence.
    private static func toldLeading(named name: String, in s: Sentence, _ doc: Document, _ people: PeopleIndex) -> Bool {
        let t = doc.tokens
        for k in s.tokens where people.personAt[k].map({ people.people[$0].name == name }) ?? false
            && (k + 1 == s.tokens.upperBound || people.personAt[k + 1] != people.personAt[k]) {
            var j = k + 1
            // (Past ", who", "will", "also", and "and Lavrov": those leading together.)
            while j < s.tokens.upperBound, j - k <= 6 {
                if t[j].isMark(",") || leadingFillers.contains(t[j].lower) || people.personAt[j] != nil { j += 1 } else { break }
            }
            // (Not a journey: "Driscoll will head to Abu Dhabi".)
            if j < s.tokens.upperBound, leadingVerbs.contains(t[j].lower),
               !(j + 1 < s.tokens.upperBound && journeyParticles.contains(t[j + 1].lower)) { return true }
        }
        return false
    }

    private static let leadingFillers: WordSet = ["who", "will", "would", "also", "and", "had", "has"]
    private static let leadingVerbs: WordSet = ["led", "leads", "lead", "headed", "heads", "head"]
    private static let journeyParticles: WordSet = ["to", "for", "back", "home", "off", "out", "into"]

    /// The sentence after `s` in its paragraph when it names no meeting of its own and tells people sitting together
    /// ("spent four and a half hours with", "met", "sat opposite").
    private static func sittingNext(after s: Sentence, _ doc: Document) -> Sentence? {
        let k = s.tokens.upperBound < doc.tokens.count ? doc.tokens[s.tokens.upperBound].sentence : doc.sentences.count
        guard k < doc.sentences.count, doc.sentences[k].paragraph == s.paragraph, doc.isFactual(doc.sentences[k]) else { return nil }
        let next = doc.sentences[k]
        let t = doc.tokens
        guard !next.tokens.contains(where: { t[$0].is(.meetingTrigger) }),
              next.tokens.contains(where: { t[$0].is(.meetVerb) || t[$0].lower == "spent" || t[$0].lower == "opposite" }) else { return nil }
        return next
    }

    /// The body sentence and first token of the meeting's own mention.
    private static func trigger(of m: Meeting, _ doc: Document) -> (Int, Sentence)? {
        guard let s = doc.sentences.first(where: { $0.span.start <= m.span.start && m.span.start < $0.span.end }),
              doc.isFactual(s), let i = s.tokens.first(where: { doc.tokens[$0].start == m.span.start }) else { return nil }
        return (i, s)
    }

    /// People named in the clause who may take part: not quoted, not the speaker of a verb of saying, not an owner
    /// before a possessive ("Trump's envoy"), not the subject of a clause of time (heads of state are the caller's to judge).
    private static func negotiators(in clause: Sentence, _ doc: Document, _ people: PeopleIndex, _ meetings: MeetingRules) -> [Int] {
        let t = doc.tokens
        var out: [Int] = []
        for k in clause.tokens {
            guard let p = people.personAt[k], k == clause.tokens.lowerBound || people.personAt[k - 1] != p, t[k].quote == nil,
                  !out.contains(p) else { continue }
            let end = people.mentionEnd[k] ?? k + 1
            // ("Trump's Middle East envoy Steve Witkoff", "President Volodymyr Zelenskyy's office": an owner, unless of the
            // delegation itself.)
            if end + 1 < clause.tokens.upperBound, t[end].kind == .possessive, !t[end + 1].is(.delegationNoun) { continue }
            if speaks(from: k, end: end, clause, doc) { continue }
            // ("the first round since Andriy Yermak ... resigned": the subject of a clause of time does something else.)
            if k > clause.tokens.lowerBound, ["since", "after", "before", "until", "when", "while", "because"].contains(t[k - 1].lower) { continue }
            out.append(p)
        }
        return out
    }

    /// "Peskov said", "Rubio told reporters", "said Peskov", "according to Ushakov".
    private static func speaks(from k: Int, end: Int, _ clause: Sentence, _ doc: Document) -> Bool {
        let t = doc.tokens
        var j = end
        // Past an apposition: "Yuri Ushakov, a Kremlin aide, said".
        if j < clause.tokens.upperBound, t[j].isMark(","),
           let close = (j + 1..<min(clause.tokens.upperBound, j + 16)).first(where: { t[$0].isMark(",") }) { j = close + 1 }
        while j < clause.tokens.upperBound, j - end <= 14, ["has", "had", "have", "also", "later", "then", "would", "will"].contains(t[j].lower) { j += 1 }
        if j < clause.tokens.upperBound, t[j].is(.sayingVerb) { return true }
        // Back past the title: "According to Russian presidential aide and lead negotiator Vladimir Medinsky".
        var a = k
        while a > clause.tokens.lowerBound, k - a <= 8, t[a - 1].isWord, t[a - 1].quote == nil,
              t[a - 1].isCapitalized || t[a - 1].is([.titleWord, .roleNoun, .roleAdjective, .demonym, .stateDemonym]) || t[a - 1].lower == "and" { a -= 1 }
        if a > clause.tokens.lowerBound, t[a - 1].is(.sayingVerb) { return true }
        return a - 2 >= clause.tokens.lowerBound && t[a - 2].lower == "according" && t[a - 1].lower == "to"
    }

    /// States told by demonyms before a group noun or listed after it: "Russian officials", "a Ukrainian delegation",
    /// "US and Ukrainian negotiators", "advisers from France, Germany and the UK". Not a seat of power: "Kremlin
    /// officials" comment on talks more often than they sit at them.
    private static func sidesByGroup(in clause: Sentence, _ doc: Document) -> [String] {
        let t = doc.tokens
        var out: [String] = []
        for k in clause.tokens where k > clause.tokens.lowerBound && t[k].quote == nil
            && (t[k].is(.delegationNoun) || Lexicon.meetingGroupNouns.contains(t[k].lower) || t[k].lower == "team" || t[k].lower == "negotiators") {
            var d = t[k - 1].kind == .possessive ? k - 2 : k - 1
            while d >= clause.tokens.lowerBound, k - d <= 8 {
                if t[d].lower == "and" || t[d].isMark(",") { d -= 1; continue }
                guard t[d].isCapitalized || t[d].isAllCaps, !t[d].is(.city), Lexicon.venueCities[t[d].lower] == nil,
                      let c = Lexicon.demonyms[t[d].lower], !c.isEmpty else { break }
                if !out.contains(c) { out.append(c) }
                d -= 1
            }
            // "advisers from France, Germany and the UK": the states listed after "from".
            guard k + 1 < clause.tokens.upperBound, t[k + 1].lower == "from" else { continue }
            var a = k + 2
            while a < clause.tokens.upperBound, a - k <= 12 {
                if t[a].lower == "and" || t[a].isMark(",") || t[a].is(.article) { a += 1; continue }
                guard t[a].isCapitalized || t[a].isAllCaps, t[a].is(.statePlace) || t[a].is(.stateDemonym),
                      let c = Lexicon.placeCountry[t[a].lower] ?? Lexicon.demonyms[t[a].lower], !c.isEmpty else { break }
                if !out.contains(c) { out.append(c) }
                a += 1
            }
        }
        return out
    }
}
