extension MeetingRules {
    /// "National security advisers ... met the Ukrainian team separately on the margins": a meeting told on the
    /// margins or sidelines of nothing named took place where and when the article's round did.
    /// (Also as soon as the sentence is read, from `since`, with what is known of the round by then: a meeting told later
    /// with the same sides and a place of its own, "Dmitriev met Witkoff and Kushner in Miami on Saturday", is another.)
    mutating func placedOnTheMargins(since known: Int = 0) {
        guard let main = mainTalks else { return }
        for m in known..<meetings.count where m != main && (meetings[m].place == nil || meetings[m].date == nil) {
            guard let s = doc.sentences.first(where: { $0.span.start <= meetings[m].span.start && meetings[m].span.start < $0.span.end }),
                  onMarginsOfNothingNamed(s) else { continue }
            if meetings[m].place == nil { meetings[m].place = meetings[main].place }
            if meetings[m].date == nil, meetings[m].monthDay == nil {
                meetings[m].date = meetings[main].date
                meetings[m].monthDay = meetings[main].monthDay
            }
        }
    }

    /// "on the margins" or "on the sidelines" not followed by "of": the margins of the talks the article reports.
    private func onMarginsOfNothingNamed(_ s: Sentence) -> Bool {
        // (Length before any comparison of words: this looks at every word of the sentence.)
        s.tokens.contains { k in
            let n = t[k].end - t[k].start
            return n >= 6 && n <= 9 && k - 2 >= s.tokens.lowerBound && Self.marginNouns.contains(t[k].lower)
                && t[k - 1].lower == "the" && t[k - 2].lower == "on" && !(k + 1 < s.tokens.upperBound && t[k + 1].lower == "of")
        }
    }

    static let marginNouns: WordSet = ["margins", "sidelines", "margin", "sideline"]
}
