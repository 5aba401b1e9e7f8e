/// "Türkiye has hosted all three rounds of the renewed talks. The first, on May 16 at the Dolmabahçe Palace, produced ...;
/// the second, on June 2, led to ...": rounds taken up by their ordinal alone, each with its day and venue.
extension MeetingRules {
    mutating func ordinalRounds(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.month), roundsToldBefore(s) else { return }
        for c in semicolonClauses(s) {
            let a = c.tokens.lowerBound
            guard a + 4 < c.tokens.upperBound, t[a].lower == "the", let n = Lexicon.roundOrdinals[t[a + 1].lower], t[a + 2].isMark(","),
                  let d = dates.first(where: { isDay($0) && c.tokens.contains($0.tokens.lowerBound) && $0.tokens.lowerBound - a <= 5 }) else { continue }
            let venue = venueIn(c)
            let place = placeIn(c) ?? venue.flatMap { Lexicon.venueCities[$0.lexKey] }
            if let m = meetings.firstIndex(where: { $0.kind == .talks && $0.date == d.value.iso }) {
                if meetings[m].round == nil { meetings[m].round = n }
                if meetings[m].venue == nil { meetings[m].venue = venue }
                if meetings[m].place == nil { meetings[m].place = place }
            } else {
                let parties = mainTalks.map { meetings[$0].parties } ?? []
                let m = add(.talks, c, trigger: (a + 1)..<(a + 2), place: place, date: d.value, status: .held, parties: parties, round: n)
                meetings[m].venue = venue
            }
        }
    }

    /// Whether the sentence before spoke of rounds ("all three rounds"), in the same paragraph, or took up a numbered round,
    /// in the same paragraph or the one before ("The first, on May 16, ..." and, a paragraph on, "The second, held on June 2").
    private func roundsToldBefore(_ s: Sentence) -> Bool {
        let a = s.tokens.lowerBound
        guard a > 0 else { return false }
        let previous = doc.sentences[t[a - 1].sentence]
        if previous.paragraph == s.paragraph, previous.tokens.contains(where: { Lexicon.pluralRoundNouns.contains(t[$0].lower) }) { return true }
        return s.paragraph - previous.paragraph <= 1 && meetings.contains { m in
            m.round != nil && previous.span.start <= m.span.start && m.span.end <= previous.span.end
        }
    }
}
