extension MeetingRules {
    /// "Russian, Ukrainian and US negotiators have wrapped up two days of talks in Geneva": talks dated by the day they
    /// ended, told as lasting several days, began that many days before it less one (rounds are dated by their first day).
    /// Only when the sentence tells the ending in the article's own day, with no day of its own.
    /// (Not "wrapped up two days of talks" in a report that already dated the first of them: "The first round ... on Sunday".)
    mutating func roundsDatedFromTheirEnd() {
        for m in meetings.indices where meetings[m].kind == .talks {
            guard let day = meetings[m].date.flatMap(DateValue.parseISO), day.day != nil, let end = day.ordinal else { continue }
            for span in [meetings[m].span] + meetings[m].mentions {
                // ("Two days of trilateral talks ... in Geneva ended on Wednesday": the day they ended, told after them.)
                if let k = Document.tokenIndex(in: t, startingAt: span.start), let n = daysOf(k),
                   let s = doc.sentences.first(where: { $0.tokens.contains(k) }), endedOnTheirDay(after: k, s, day: day) {
                    meetings[m].setDay(DateValue(ordinal: end - (n - 1)))
                    break
                }
                guard let k = Document.tokenIndex(in: t, startingAt: span.start), let n = daysEndedBefore(k),
                      let s = doc.sentences.first(where: { $0.tokens.contains(k) }) else { continue }
                // (A day the sentence itself gives, "wrapped up two days of talks in Geneva on Sunday", is left as the text
                // tells it: it may be read as the talks' own.)
                guard !DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).contains(where: { $0.tokens.lowerBound > k }),
                      articleDate?.ordinal == end else { continue }
                meetings[m].setDay(DateValue(ordinal: end - (n - 1)))
                break
            }
        }
    }

    /// "wrapped up two days of talks", "ended three days of negotiations": how many days, when a verb of ending governs
    /// them right before the noun at `k`.
    private func daysEndedBefore(_ k: Int) -> Int? {
        guard k >= 4, t[k - 1].lower == "of", t[k - 2].lower == "days",
              let n = Lexicon.numberWords[t[k - 3].lower].map(Int.init) ?? Int(t[k - 3].text), (2...7).contains(n) else { return nil }
        let verb = t[k - 4].lower
        let ended = Self.endingVerbs.contains(verb) || verb == "up" && k >= 5 && ["wrapped", "wound"].contains(t[k - 5].lower)
        return ended ? n : nil
    }

    static let endingVerbs: WordSet = ["ended", "concluded", "completed", "finished", "closed"]

    /// "two days of talks", "Two days of trilateral talks": how many days the noun at `k` is told to have taken.
    private func daysOf(_ k: Int) -> Int? {
        var o = k - 1
        // (Past a word or two describing the talks.)
        while o > 0, k - o <= 2, t[o].isWord, !t[o].isCapitalized, t[o].lower != "of" { o -= 1 }
        guard o >= 2, t[o].lower == "of", t[o - 1].lower == "days" else { return nil }
        return (Lexicon.numberWords[t[o - 2].lower].map(Int.init) ?? Int(t[o - 2].text)).flatMap { (2...7).contains($0) ? $0 : nil }
    }

    /// Whether a verb of ending after the noun at `k`, in its sentence, is told on `day` right after it ("ended on Wednesday").
    private func endedOnTheirDay(after k: Int, _ s: Sentence, day: DateValue) -> Bool {
        guard let v = (k + 1..<min(s.tokens.upperBound, k + 20)).first(where: { Self.endingVerbs.contains(t[$0].lower) }),
              !(k + 1..<v).contains(where: { t[$0].is(.meetVerb) || t[$0].is(.sayingVerb) }) else { return false }
        return DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).contains { d in
            d.value.iso == day.iso && d.tokens.lowerBound > v && d.tokens.lowerBound - v <= 2
        }
    }
}
