extension MeetingRules {
    /// "Mr. Umerov led a Ukrainian delegation, including ... Sergiy Kyslytsya, to Witkoff's Shell Bay golf club in Hallandale
    /// Beach, Fla., on Sunday": a delegation led to a city on a day gone by sat at talks held there that day, its state a
    /// side, and the side the next sentence of the paragraph names ("The American side was led by Mr. Rubio").
    mutating func delegationLedThere(_ s: Sentence, dates: [DateMention]) {
        for k in s.tokens where t[k].end - t[k].start == 3 && t[k].lower == "led" && t[k].quote == nil && k > s.tokens.lowerBound {
            var j = k + 1
            if j < s.tokens.upperBound, t[j].is(.article) { j += 1 }
            guard j + 1 < s.tokens.upperBound, t[j].is(.stateDemonym), let home = Lexicon.demonyms[t[j].lower], !home.isEmpty,
                  t[j + 1].is(.delegationNoun) else { continue }
            // Past a list set off after the delegation (", including ...,").
            var to = j + 2
            if to < s.tokens.upperBound, t[to].isMark(","),
               let close = (to + 1..<min(s.tokens.upperBound, to + 16)).first(where: { t[$0].isMark(",") }) { to = close + 1 }
            guard to + 1 < s.tokens.upperBound, t[to].lower == "to" else { continue }
            // The city right after "to", or after "in" past a venue ("to Witkoff's Shell Bay golf club in Hallandale Beach").
            var c = to + 1
            var venue: String? = nil
            if knownCity(at: c, s) == nil, let inWord = (c..<min(s.tokens.upperBound - 1, c + 8)).first(where: { t[$0].lower == "in" }),
               !(c..<inWord).contains(where: { t[$0].isMark(",") }) {
                // (A venue only: not "to the Ukraine Recovery Conference in Rome" or "to the funeral of Pope Francis in Rome".)
                guard let head = (c..<inWord).last(where: { t[$0].is(.venueHead) }), head == inWord - 1 else { continue }
                venue = venueName(from: c, to: inWord)
                c = inWord + 1
            }
            guard let city = knownCity(at: c, s), let host = Lexicon.placeCountry[city.name.lexKey], host != home,
                  let day = dates.first(where: { d in d.tokens.lowerBound >= city.upper && d.tokens.lowerBound - city.upper <= 6 && d.value.day != nil
                      && d.value.iso != nil && !isAfterPublication(d.value) }),
                  !meetings.contains(where: { $0.kind == .talks && $0.date == day.value.iso && $0.place == city.name }) else { continue }
            let other = otherSideToldNext(after: s, than: home)
            let m = add(.talks, s, trigger: k..<city.upper, place: city.name, date: day.value, status: .held,
                        parties: other.map { [home, $0].sorted() } ?? [])
            meetings[m].venue = venue
            return
        }
    }

    /// "Witkoff's Shell Bay golf club", "the Ritz-Carlton hotel": the venue's own words, past an article and an owner.
    private func venueName(from a: Int, to b: Int) -> String? {
        var k = a
        if k < b, t[k].is(.article) { k += 1 }
        if let owner = people.personAt[k] {
            while k < b, people.personAt[k] == owner { k += 1 }
            if k < b, t[k].kind == .possessive { k += 1 }
        }
        return k < b && t[k].isCapitalized ? doc.text(tokens: k..<b) : nil
    }

    /// "The American side was led by ...", "The U.S. delegation included ...": the state of a side or delegation the next
    /// sentence of the same paragraph names, other than `home`.
    private func otherSideToldNext(after s: Sentence, than home: String) -> String? {
        guard s.tokens.upperBound < t.count else { return nil }
        let next = doc.sentences[t[s.tokens.upperBound].sentence]
        guard next.paragraph == s.paragraph else { return nil }
        for k in next.tokens where k + 1 < next.tokens.upperBound && t[k].is(.stateDemonym) && (t[k].isCapitalized || t[k].isAllCaps)
            && (t[k + 1].is(.delegationNoun) || t[k + 1].lower == "side") {
            if let c = Lexicon.demonyms[t[k].lower], !c.isEmpty, c != home { return c }
        }
        return nil
    }
}
