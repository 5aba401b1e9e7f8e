/// The members after "included": "Yuri V. Ushakov, Mr. Putin's foreign policy adviser, and Kirill
/// Dmitriev, the head of ..., who told reporters ..." gives Ushakov and Dmitriev; "a deputy defence
/// minister and two generals" gives the descriptions.
enum IncludedList {
    /// `aside`: the list is set off inside its clause ("led by Rubio and including Waltz and Witkoff, sat down
    /// ..."): a comma followed by anything but a person ends it.
    static let bearings: WordSet = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]

    static func members(_ doc: Document, _ people: PeopleIndex, after inc: Int, in s: Sentence, aside: Bool = false) -> [String] {
        let t = doc.tokens
        var a = inc + 1
        if a < s.tokens.upperBound, t[a].lower == "of" { a += 1 }
        var out: [String] = []
        var item: [Int] = []
        var previousWasPerson = false
        // A description the list set off with a comma, which the name after it may turn out to be told by.
        var describedNext = false
        // Whether the last item described the member before it, and whether the item being read began after "and".
        var inApposition = false
        var startedAfterAnd = false
        // Whether the last member was named after a description of them ("a deputy foreign minister, Mikhail Galuzin").
        var describedBefore = false
        func flush(byComma: Bool = false) {
            var r = item
            item = []
            // ("Oleksandr Bevz, and a deputy foreign minister": a new member, no apposition.)
            let joined = r.first.map { t[$0].lower == "and" } ?? false
            // ("... the head of the fund and the Kremlin's point man": a description joined right on to another, by "and" alone.)
            let describesOn = startedAfterAnd && r.first.map { t[$0].is(.article) || t[$0].lower == "its" } ?? false
            while let f = r.first, t[f].is(.article) || t[f].lower == "and" { r.removeFirst() }
            // ("a group of defence-ministry officers": the officers are the members.)
            if r.count > 2, quantityNouns.contains(t[r[0]].lower), t[r[1]].lower == "of" { r.removeFirst(2) }
            guard let f = r.first, let l = r.last else { return }
            // ("with Kyrylo Budanov, the head of the presidential office, among them": words closing the list, no member.)
            // (Nor "with Witkoff and Jared Kushner, the US president's son-in-law, at the table": a place, no member.)
            if t[f].lower == "among" || t[f].is(.placePreposition) { return }
            // A person named in the item (not as a possessor) is the member, by their full name.
            let person = r.first { k in
                guard people.personAt[k] != nil, k == f || people.personAt[k - 1] != people.personAt[k] else { return false }
                let e = people.mentionEnd[k] ?? k + 1
                return !(e < t.count && t[e].kind == .possessive) && !relativeNamed(k, from: f)
            }.flatMap { people.personAt[$0] }
            if let person {
                // ("and the chief of the general staff, Andrii Hnatov": the description was of the name after it.)
                if describedNext { out.removeLast() }
                describedBefore = describedNext
                out.append(people.people[person].name)
                previousWasPerson = true
                describedNext = false
                inApposition = false
            } else if previousWasPerson, !joined {
                // "Kirill Dmitriev, the head of the fund": an apposition describes the one before.
                previousWasPerson = false
                inApposition = true
            } else if inApposition, describesOn {
                // ("Kirill Dmitriev, the head of Russia's sovereign-wealth fund and the Kremlin's point man on ...": the same
                // apposition going on after "and".)
            } else {
                out.append(doc.text(tokens: f..<(l + 1)))
                previousWasPerson = false
                describedNext = byComma
                inApposition = false
            }
        }
        while a < s.tokens.upperBound, !(t[a].isMark(".") && !PeopleRules.isInnerDot(doc, a)) {
            let w = t[a].lower
            // ("..., while Ukraine's team included Kyslytsya": another side's list after a contrasting clause.)
            // ("Kyrylo Budanov, the former spy chief who became Zelensky's chief of staff on January 2nd, and Andriy Hnatov": a
            // clause on a member's description, after which the list goes on with a name.)
            if w == "who", previousWasPerson || inApposition, let next = nameAfterClause(from: a) { a = next; continue }
            // ("a deputy foreign minister, Mikhail Galuzin; a deputy defense minister, Alexander Fomin; and ...": items with
            // commas of their own are parted by semicolons.)
            if t[a].isMark(";") {
                flush()
                // (Only when another description and its name follow: not "; the Ukrainian side included Rustem Umerov".)
                guard previousWasPerson, describedBefore, a + 1 < s.tokens.upperBound, t[a + 1].is(.article) || t[a + 1].lower == "and",
                      let comma = (a + 2..<min(s.tokens.upperBound, a + 11)).first(where: { t[$0].isMark(",") || t[$0].isMark(";") }),
                      t[comma].isMark(","), comma + 1 < s.tokens.upperBound, people.personAt[comma + 1] != nil,
                      !(a + 1..<comma).contains(where: { people.personAt[$0] != nil }) else { break }
                // (What follows is the next member, not a description of the one before.)
                startedAfterAnd = false
                previousWasPerson = false
                inApposition = false
                a += 1
                continue
            }
            if w == "who" || w == "which" || w == "while" || w == "whereas" || t[a].isMark(";") { break }
            // ("with Witkoff and Kushner at his side, on Sunday, Nov. 30, at ..., north of Miami": a time or a bearing set off after
            // the list ends it.)
            if item.isEmpty, a > s.tokens.lowerBound, t[a - 1].isMark(","),
               t[a].is([.weekday, .month]) || a + 1 < s.tokens.upperBound && Self.bearings.contains(w) && t[a + 1].lower == "of" { break }
            // ("made up of Rubio, Witkoff and Kushner held talks with ...": the list is the subject, and ends at its verb.)
            if !t[a].isCapitalized, Self.clauseVerbs.contains(w) || t[a].is(.meetVerb) && w != "together" || t[a].is(.sayingVerb) { break }
            // ("..., head of the military intelligence directorate, according to Russian media": the source of the list.)
            if w == "according", a + 1 < s.tokens.upperBound, t[a + 1].lower == "to" { break }
            // (", Mr. Kushner": an honorific opens the next name.)
            // (", General Andriy Hnatov": past a rank.)
            if aside, t[a].isMark(","), a + 1 < s.tokens.upperBound, people.personAt[a + 1] == nil, t[a + 1].lower != "and",
               !t[a + 1].is(.honorific), !(a + 2 < s.tokens.upperBound && t[a + 1].isCapitalized && t[a + 1].is([.titleWord, .roleNoun])
                    && people.personAt[a + 2] != nil) { break }
            // ("secretary of the National Security and Defense Council": "and" inside a name of an "of" phrase.)
            let insideName = w == "and" && a + 1 < s.tokens.upperBound && t[a - 1].isCapitalized && t[a + 1].isCapitalized
                && people.personAt[a + 1] == nil && item.contains { t[$0].lower == "of" }
                // (Not after the item's name: "... of the President Serhii Kyslytsia and Chief of the General Staff ...".)
                && !item.contains { people.personAt[$0] != nil }
            // ("officers of military intelligence and the army": "and" inside the "of" phrase of a description, not before a role.)
            let insideOf = w == "and" && a + 2 < s.tokens.upperBound && t[a + 1].is(.article) && t[a + 2].isWord && !t[a + 2].isCapitalized
                && !(a + 2..<min(s.tokens.upperBound, a + 5)).contains(where: { t[$0].is([.roleNoun, .roleAdjective]) })
                && item.contains { t[$0].lower == "of" }
                && !item.contains { people.personAt[$0] != nil }
            if t[a].isMark(",") {
                flush(byComma: true)
                startedAfterAnd = false
            } else if w == "and", !item.isEmpty, !insideName, !insideOf {
                flush()
                startedAfterAnd = true
            } else { item.append(a) }
            a += 1
        }
        flush()
        return out

        /// "Jared Kushner, the son-in-law of President Donald Trump": a person named after "of" in a description is whom it
        /// is told by, no member ("Secretary of State Marco Rubio" is a title).
        func relativeNamed(_ k: Int, from f: Int) -> Bool {
            var j = k - 1
            while j > f, t[j].is([.titleWord, .roleNoun]) || t[j].isMark(".") { j -= 1 }
            // (Not "chief of staff Kyrylo Budanov": an office before "of" is a title.)
            return j > f && t[j].lower == "of" && t[j - 1].isWord && !t[j - 1].isCapitalized && !t[j - 1].is([.roleNoun, .titleWord, .roleAdjective])
        }

        /// The comma that ends a relative clause from `a` when "and" and a name, or a name, follow it.
        func nameAfterClause(from a: Int) -> Int? {
            guard let comma = (a + 1..<min(s.tokens.upperBound, a + 16)).first(where: { t[$0].isMark(",") || t[$0].isMark(";") }),
                  t[comma].isMark(",") else { return nil }
            let n = comma + 1 < s.tokens.upperBound && t[comma + 1].lower == "and" ? comma + 2 : comma + 1
            // (Not the speaker after the clause: "..., who had been expected, Dmitry Peskov said".)
            guard n < s.tokens.upperBound, people.personAt[n] != nil,
                  !(people.mentionEnd[n].map { $0 < s.tokens.upperBound && t[$0].is(.sayingVerb) } ?? false) else { return nil }
            return comma
        }
    }

    /// Verbs no member's name or role holds: the list has ended and its clause goes on.
    static let clauseVerbs: WordSet = ["is", "are", "was", "were", "will", "would", "has", "have", "had", "held", "hold", "holds"]

    static let quantityNouns: WordSet = ["group", "handful", "number"]
}
