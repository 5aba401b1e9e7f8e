extension MeetingRules {
    /// "when Medinsky headed Moscow's team at the failed talks in Belarus and Istanbul", "through talks in Geneva, Florida
    /// and Berlin": talks told at places listed were one meeting at each; the others are the first's like (day, status,
    /// sides) at their place.
    mutating func talksInTwoPlaces(since known: Int, _ s: Sentence) {
        for m in known..<meetings.count where meetings[m].kind == .talks {
            guard let place = meetings[m].place, let k = Document.tokenIndex(in: t, startingAt: meetings[m].span.start),
                  s.tokens.contains(k), k + 4 < s.tokens.upperBound, t[k + 1].lower == "in",
                  let first = placeName(at: k + 2, s), first.name.lexKey == place.lexKey else { continue }
            for (other, at) in placesListed(after: first.upper, first: first.name, s) where other.lexKey != place.lexKey {
                guard !meetings.contains(where: { $0.kind == .talks && $0.place?.lexKey == other.lexKey && $0.date == meetings[m].date })
                else { continue }
                let twin = add(.talks, s, trigger: at, place: other, date: meetings[m].date.flatMap(DateValue.parseISO),
                               status: meetings[m].status, parties: meetings[m].parties)
                twinPlaces.append((m, twin))
            }
        }
    }

    /// The places after the first of a list: "and Istanbul", ", Florida and Berlin". The last, after "and", is a city (not
    /// "talks in Riyadh and Ukraine, in return, agreed") and ends the place phrase.
    private func placesListed(after a: Int, first: String, _ s: Sentence) -> [(String, Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var k = a
        var previous = first
        while k + 1 < s.tokens.upperBound, t[k].isMark(","), let next = placeName(at: k + 1, s), out.count < 6 {
            // ("talks in Abu Dhabi, UAE and Geneva", "in Miami, Florida and Berlin": the state or region the city before lies in.)
            if isRegionOf(next.name, previous) { return [] }
            out.append((next.name, (k + 1)..<next.upper))
            previous = next.name
            k = next.upper
        }
        guard k + 1 < s.tokens.upperBound, t[k].lower == "and", let last = cityAt(k + 1, s), endsPlacePhrase(at: last.upper, s) else { return [] }
        return out + [(last.name, (k + 1)..<last.upper)]
    }

    /// The second place's talks take what the sentence's other rules gave the first ("Back in 2022, ...": its year).
    mutating func syncTwinPlaces() {
        for (m, twin) in twinPlaces {
            if meetings[twin].date == nil, meetings[twin].monthDay == nil {
                meetings[twin].date = meetings[m].date
                meetings[twin].monthDay = meetings[m].monthDay
            }
            meetings[twin].parties = meetings[m].parties
        }
    }

    /// Whether `region` is the state or region the city `city` lies in.
    private func isRegionOf(_ region: String, _ city: String) -> Bool {
        !isCity(region) && (Lexicon.cityRegions[city.lexKey] == region.lexKey
            || Lexicon.placeCountry[city.lexKey].map { $0 == Lexicon.placeCountry[region.lexKey] && Lexicon.capitals[$0] != nil } ?? false)
    }

    /// A city, or a state named by one or two capitalised words ("Belarus", "Saudi Arabia"), at `k`.
    private func placeName(at k: Int, _ s: Sentence) -> (name: String, upper: Int)? {
        guard k < s.tokens.upperBound, t[k].isCapitalized else { return nil }
        if let city = cityAt(k, s) { return city }
        if k + 1 < s.tokens.upperBound, t[k + 1].isCapitalized, Lexicon.placeCountry(t[k].lower, t[k + 1].lower) != nil {
            return (doc.text(tokens: k..<(k + 2)), k + 2)
        }
        return Lexicon.placeCountry[t[k].lower].map { _ in (t[k].text, k + 1) }
    }

    /// Whether the place phrase ends at `k`: the sentence's end, a mark, or a word that starts a time or another place.
    private func endsPlacePhrase(at k: Int, _ s: Sentence) -> Bool {
        k >= s.tokens.upperBound || t[k].kind == .punct || t[k].is([.placePreposition, .dateOpener, .month])
    }
}
