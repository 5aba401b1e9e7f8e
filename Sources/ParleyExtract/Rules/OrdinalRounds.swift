/// "Türkiye has hosted all three rounds of the renewed talks. The first, on May 16 at the Dolmabahçe Palace, produced ...;
/// the second, on June 2, led to ...": rounds taken up by their ordinal alone, each with its day and venue.
extension MeetingRules {
    mutating func ordinalRounds(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.month), roundsToldBefore(s) else { return }
        for c in semicolonClauses(s) {
            // ("After the first, on 16 May at the Dolmabahçe Palace, the sides carried out ...": past a preposition of time.)
            let a = Self.ordinalOpeners.contains(t[c.tokens.lowerBound].lower) ? c.tokens.lowerBound + 1 : c.tokens.lowerBound
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

    static let ordinalOpeners: WordSet = ["after", "at", "since", "before"]
    static let earlierTalksWords: WordSet = ["previous", "earlier", "past", "former", "failed"]

    /// "three rounds of direct talks in Istanbul this year ... At the third and shortest round, on 23 July": numbered rounds
    /// told with no place of their own were held where the article says its rounds were.
    mutating func roundsPlacedBySeries() {
        guard meetings.contains(where: { $0.kind == .talks && $0.round != nil && $0.place == nil && $0.status == .held }) else { return }
        for s in doc.sentences where s.mayHave(.meetingTrigger) {
            guard let (count, city) = seriesCity(s) else { continue }
            // (Only rounds of the year the series was told in: not this year's round after "three rounds in Istanbul last year".)
            let years = Set(DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).compactMap(\.value.year))
            for m in meetings.indices where meetings[m].kind == .talks && meetings[m].place == nil && meetings[m].status == .held
                && (meetings[m].round ?? .max) <= count
                && (years.isEmpty || meetings[m].date.flatMap({ DateValue.parseISO($0)?.year }).map(years.contains) ?? false) {
                meetings[m].place = city
            }
            return
        }
    }

    /// "Direct negotiations between Russian and Ukrainian delegations in Istanbul have produced little ... . At the third
    /// round, on July 23, ...": a numbered round told with no place, right after talks told in a city in the sentence before
    /// it in its paragraph, is one of them.
    mutating func roundsPlacedByTheTalksBefore() {
        for m in meetings.indices where meetings[m].kind == .talks && meetings[m].round != nil && meetings[m].place == nil
            && meetings[m].status == .held {
            guard let k = Document.tokenIndex(in: t, startingAt: meetings[m].span.start), t[k].sentence > 0 else { continue }
            let before = doc.sentences[t[k].sentence - 1]
            guard before.paragraph == doc.sentences[t[k].sentence].paragraph, doc.isFactual(before), before.mayHave(.talksNoun),
                  !before.tokens.contains(where: { t[$0].is(.sayingVerb) }), let city = talksCity(in: before) else { continue }
            // (Talks told as they were, of the round's year: not "offered to host talks in Istanbul", "talks in Istanbul would
            // not work".)
            guard !before.tokens.contains(where: { t[$0].is([.futureMarker, .proposedMarker]) || Self.offeringVerbs.contains(t[$0].lower) })
            else { continue }
            let year = meetings[m].date.flatMap { DateValue.parseISO($0)?.year }
            // (Nor talks of another year: "Talks in Istanbul in 2022 collapsed", "Previous talks in Istanbul last year".)
            guard !DateRules.find(doc, in: before, articleDate: articleDate, anchor: nil).contains(where: { d in
                d.value.year.map { $0 != year } ?? false }) else { continue }
            meetings[m].place = city
        }
    }

    /// The city of talks told in `s` by a talks noun and "in <city>" a few words on, with no mark between.
    private func talksCity(in s: Sentence) -> String? {
        for k in s.tokens where t[k].is(.talksNoun) && t[k].quote == nil && !(k > s.tokens.lowerBound && Self.earlierTalksWords.contains(t[k - 1].lower)) {
            guard let at = (k + 1..<min(s.tokens.upperBound, k + 8)).prefix(while: { t[$0].kind != .punct }).first(where: { t[$0].lower == "in" }),
                  at + 1 < s.tokens.upperBound, let city = cityAt(at + 1, s) else { continue }
            return city.name
        }
        return nil
    }

    /// "three rounds of direct talks in Istanbul": how many rounds a sentence counts and the city it holds them in.
    func seriesCity(_ s: Sentence) -> (count: Int, city: String)? {
        for k in s.tokens where k > s.tokens.lowerBound && Lexicon.pluralRoundNouns.contains(t[k].lower) && t[k].quote == nil {
            guard let count = Lexicon.numberWords[t[k - 1].lower].map(Int.init) ?? Int(t[k - 1].text), count > 1,
                  let at = (k + 1..<min(s.tokens.upperBound, k + 7)).prefix(while: { t[$0].kind != .punct }).first(where: { t[$0].lower == "in" }),
                  at + 1 < s.tokens.upperBound, let city = cityAt(at + 1, s) else { continue }
            return (count, city.name)
        }
        return nil
    }

    /// "three rounds of direct talks in Istanbul last year. Those talks, held on May 16, June 2 and July 23, 2025, ...": the
    /// rounds the sentence before counted, taken up with a day each.
    mutating func seriesTakenUp(_ i: Int, _ s: Sentence, dates: [DateMention]) -> Bool {
        let a = s.tokens.lowerBound
        guard i == a + 1, ["those", "these"].contains(t[a].lower), t[i].lower == "talks", a > 0,
              i + 2 < s.tokens.upperBound, t[i + 1].isMark(","), t[i + 2].lower == "held" else { return false }
        let previous = doc.sentences[t[a - 1].sentence]
        guard previous.paragraph == s.paragraph, let (count, city) = seriesCity(previous),
              dates.filter({ isDay($0) && $0.tokens.lowerBound > i }).count == count else { return false }
        return roundsOnDays(at: i, s, dates: dates, place: city, allRounds: count)
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
