extension MeetingRules {
    /// "Russian, Ukrainian and US negotiators have wrapped up two days of talks in Geneva": talks dated by the day they
    /// ended, told as lasting several days, began that many days before it less one (rounds are dated by their first day).
    /// Only when the sentence tells the ending on the day the talks were dated by, or in the article's own day.
    /// (Not "wrapped up two days of talks" in a report that already dated the first of them: "The first round ... on Sunday".)
    mutating func roundsDatedFromTheirEnd() {
        for m in meetings.indices where meetings[m].kind == .talks {
            guard let day = meetings[m].date.flatMap(DateValue.parseISO), day.day != nil, let end = day.ordinal else { continue }
            // ("Two days of trilateral talks ... in Geneva ended on Wednesday": the day they ended, told after them; "The third
            // round ... ended in Geneva on Wednesday. ... The two-day meeting at the InterContinental hotel": the days told by
            // another mention of the same round.)
            let nouns = ([meetings[m].span] + meetings[m].mentions).compactMap { Document.tokenIndex(in: t, startingAt: $0.start) }
            if let n = nouns.lazy.compactMap(daysOf).first, nouns.contains(where: { k in
                doc.sentences.first(where: { $0.tokens.contains(k) }).map { endedOnTheirDay(after: k, $0, day: day) } ?? false }) {
                meetings[m].setDay(DateValue(ordinal: end - (n - 1)))
                continue
            }
            // ("Trilateral talks ... in Geneva ended on Wednesday after two days of meetings": the days told after the day they
            // ended.)
            if let n = daysAfterEnding(nouns, day: day) {
                meetings[m].setDay(DateValue(ordinal: end - (n - 1)))
                continue
            }
            // ("negotiators wrapped up two days of closed-door talks in Abu Dhabi on Jan. 24, the first meeting in this format":
            // or a talks noun of a sentence the meeting was told in.)
            // (Or one of another sentence at the meeting's place: a lead under a headline that told the meeting first.)
            let toldIn = nouns.map { doc.sentences[t[$0].sentence] }
            let sentenceNouns = doc.sentences.flatMap { s in
                s.tokens.filter { k in t[k].is(.talksNoun) && !nouns.contains(k) && daysEndedBefore(k) != nil }.filter { _ in
                    toldIn.contains { $0.tokens == s.tokens } || meetings[m].place != nil && placeIn(s) == meetings[m].place }
            }
            for k in nouns + sentenceNouns {
                guard let n = daysEndedBefore(k) else { continue }
                let s = doc.sentences[t[k].sentence]
                // (A day the sentence itself gives, "wrapped up two days of talks in the Emirati capital on Saturday", is the
                // day they ended; with none, the ending is the article's own day.)
                // (Not a day told as the start: "two days of talks in Abu Dhabi that began on Wednesday".)
                let told = DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).filter { $0.tokens.lowerBound > k }
                guard told.isEmpty ? articleDate?.ordinal == end : told.first?.value.iso == day.iso && !toldAsStart(told[0]) else { continue }
                meetings[m].setDay(DateValue(ordinal: end - (n - 1)))
                break
            }
        }
    }

    /// "The second round ... concluded here on Thursday. ... the discussions held on Feb. 4 and 5 were constructive": the main
    /// round dated by its last day began on the first day of the span a later mention gives it.
    mutating func mainRoundDatedBySpan() {
        guard let m = mainTalks, meetings[m].status == .held, let day = meetings[m].date.flatMap(DateValue.parseISO),
              let last = day.day, let end = day.ordinal else { return }
        for s in doc.sentences where s.mayHave(.talksNoun) && s.mayHave(.month) {
            for k in s.tokens where t[k].is(.talksNoun) && k + 4 < s.tokens.upperBound && t[k + 1].lower == "held" && t[k + 2].lower == "on" {
                guard let d = DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).first(where: { $0.tokens.lowerBound == k + 3 }),
                      let first = d.value.ordinal, (end - 3..<end).contains(first), d.tokens.upperBound + 1 < s.tokens.upperBound,
                      t[d.tokens.upperBound].lower == "and", Int(t[d.tokens.upperBound + 1].text) == last else { continue }
                meetings[m].setDay(d.value)
                return
            }
        }
    }

    /// "wrapped up two days of talks", "ended three days of negotiations": how many days, when a verb of ending governs
    /// them right before the noun at `k`.
    private func daysEndedBefore(_ k: Int) -> Int? {
        guard let (n, o) = daysOfAt(k), o >= 3 else { return nil }
        let verb = t[o - 3].lower
        let ended = Self.endingVerbs.contains(verb) || verb == "up" && o >= 4 && Self.phrasalEndingVerbs.contains(t[o - 4].lower)
        return ended ? n : nil
    }

    static let relationWords: WordSet = ["after", "before", "since", "following"]
    static let otherTimeWords: WordSet = ["next", "last", "previous", "earlier", "later"]
    static let endingVerbs: WordSet = ["ended", "concluded", "completed", "finished", "closed"]
    /// "wrapped up", "wound up".
    static let phrasalEndingVerbs: WordSet = ["wrapped", "wound"]
    static let beginningVerbs: WordSet = ["began", "begun", "started", "opened", "kicked"]

    /// "that began on Wednesday", "which started Wednesday": a day told as when something began.
    private func toldAsStart(_ d: DateMention) -> Bool {
        (max(0, d.tokens.lowerBound - 3)..<d.tokens.lowerBound).contains { Self.beginningVerbs.contains(t[$0].lower) }
    }

    /// "two days of talks", "Two days of trilateral talks": how many days the noun at `k` is told to have taken.
    func daysOf(_ k: Int) -> Int? { daysOfAt(k)?.days ?? daysCompoundBefore(k) }

    /// "The two-day meeting", "a three-day closed-door summit": the days a compound before the noun at `k` tells.
    private func daysCompoundBefore(_ k: Int) -> Int? {
        var j = k - 1
        while j > 2, k - j <= 3, t[j].lower != "day", t[j].isWord && !t[j].isCapitalized || t[j].isMark("-") { j -= 1 }
        guard j >= 2, t[j].lower == "day", t[j - 1].isMark("-"),
              let n = Lexicon.numberWords[t[j - 2].lower].map(Int.init) ?? Int(t[j - 2].text), (2...7).contains(n) else { return nil }
        return n
    }

    /// The days and where their "of" stands ("two days of closed-door talks": past a few words describing the talks).
    private func daysOfAt(_ k: Int) -> (days: Int, of: Int)? {
        var o = k - 1
        // ("two days of closed-door talks": a hyphened modifier counts its marks; "two days of US-brokered talks": a capital
        // before the hyphen too.)
        while o > 0, k - o <= 5, t[o].isWord && (!t[o].isCapitalized || t[o + 1].isMark("-")) || t[o].isMark("-"), t[o].lower != "of" { o -= 1 }
        guard o >= 2, t[o].lower == "of", t[o - 1].lower == "days",
              let n = Lexicon.numberWords[t[o - 2].lower].map(Int.init) ?? Int(t[o - 2].text), (2...7).contains(n) else { return nil }
        return (n, o)
    }

    /// Whether a verb of ending after the noun at `k`, in its sentence, is told on `day` right after it ("ended on Wednesday").
    private func endedOnTheirDay(after k: Int, _ s: Sentence, day: DateValue) -> Bool {
        endingDay(after: k, s, day: day) != nil
    }

    /// The days told after the day one of the nouns at `nouns` ended on, `day`.
    private func daysAfterEnding(_ nouns: [Int], day: DateValue) -> Int? {
        for k in nouns {
            let s = doc.sentences[t[k].sentence]
            guard let d = endingDay(after: k, s, day: day) else { continue }
            if let n = daysAfter(d, s) ?? theDaysLater(after: d, s) { return n }
        }
        return nil
    }

    /// "ended in Geneva on Wednesday without a breakthrough, with Moscow's negotiator describing the two days of
    /// US-brokered meetings as ...": the days of talks the same sentence takes up again after the day they ended.
    private func theDaysLater(after d: DateMention, _ s: Sentence) -> Int? {
        for k in d.tokens.upperBound..<s.tokens.upperBound where t[k].is(.talksNoun) {
            guard let (n, o) = daysOfAt(k), o >= 3, t[o - 3].lower == "the" else { continue }
            // (Not days of other talks: "officials said the two days of meetings next week", "a day after the two days of
            // meetings in Geneva".)
            let between = d.tokens.upperBound..<(o - 3)
            guard !between.contains(where: { Self.relationWords.contains(t[$0].lower) }),
                  !(k + 1..<min(s.tokens.upperBound, k + 4)).contains(where: { Self.otherTimeWords.contains(t[$0].lower) || t[$0].is(.place) })
            else { return nil }
            return n
        }
        return nil
    }

    /// "ended on Wednesday after two days of meetings", "after three days": how many days, right after the day `d`.
    private func daysAfter(_ d: DateMention, _ s: Sentence) -> Int? {
        let a = d.tokens.upperBound
        guard a + 2 < s.tokens.upperBound, t[a].lower == "after", t[a + 2].lower == "days",
              let n = Lexicon.numberWords[t[a + 1].lower].map(Int.init) ?? Int(t[a + 1].text), (2...7).contains(n) else { return nil }
        // (Days of talks, or days alone: not "after three days of fighting near Pokrovsk".)
        let of = a + 3 < s.tokens.upperBound && t[a + 3].lower == "of"
        guard !of || (a + 4..<min(s.tokens.upperBound, a + 7)).contains(where: { t[$0].is(.talksNoun) }) else { return nil }
        return n
    }

    /// The day `day`, told right after a verb of ending that follows the noun at `k` in its sentence.
    private func endingDay(after k: Int, _ s: Sentence, day: DateValue) -> DateMention? {
        // ("wrapped up Wednesday": the particle ends the verb.)
        guard let verb = (k + 1..<min(s.tokens.upperBound, k + 20)).first(where: { Self.endingVerbs.contains(t[$0].lower)
                || $0 + 1 < s.tokens.upperBound && Self.phrasalEndingVerbs.contains(t[$0].lower) && t[$0 + 1].lower == "up" }),
              !(k + 1..<verb).contains(where: { t[$0].is(.meetVerb) || t[$0].is(.sayingVerb) }) else { return nil }
        let v = Self.endingVerbs.contains(t[verb].lower) ? verb : verb + 1
        // ("ended in Geneva on Wednesday": the day of the verb's own phrase.)
        return DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).first { d in
            d.value.iso == day.iso && d.tokens.lowerBound > v && d.tokens.lowerBound - v <= 5
                && !(v + 1..<d.tokens.lowerBound).contains { t[$0].kind == .punct || t[$0].is(.meetVerb) || t[$0].is(.sayingVerb) }
        }
    }
}
