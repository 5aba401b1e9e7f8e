extension MeetingRules {
    /// "The same two men led their delegations again on June 2nd, this time at the Çırağan Palace": delegations told led
    /// on a day of their own hold a round that day, between the main round's sides, at the place the sentence gives.
    mutating func delegationsLedOnDay(_ s: Sentence, dates: [DateMention]) {
        guard s.mayHave(.leadVerb), s.mayHave(.delegationNoun), let main = mainTalks else { return }
        for v in s.tokens where t[v].is(.leadVerb) && t[v].quote == nil && v + 2 < s.tokens.upperBound
            && Self.pluralOwners.contains(t[v + 1].lower) && t[v + 2].is(.delegationNoun) && t[v + 2].lower.hasSuffix("s") {
            // The day right after, past "again" ("led their delegations again on June 2nd").
            var k = v + 3
            let again = k < s.tokens.upperBound && t[k].lower == "again"
            if again { k += 1 }
            // (Only the round's own heads, told as such or leading again: not "NATO defence ministers led their delegations on
            // February 12 in Brussels".)
            guard again || (s.tokens.lowerBound..<v).contains(where: { Self.sameOrBoth.contains(t[$0].lower) }) else { continue }
            if k < s.tokens.upperBound, t[k].lower == "on" { k += 1 }
            guard let day = dates.first(where: { $0.tokens.lowerBound == k && !$0.relative && $0.value.day != nil }), let iso = day.value.iso,
                  !meetings.contains(where: { $0.kind == .talks && $0.date == iso }) else { continue }
            let venue = venueIn(s)
            let place = placeIn(s) ?? venue.flatMap { Lexicon.venueCities[$0.lexKey] } ?? meetings[main].place
            let m = add(.talks, s, trigger: v..<(v + 3), place: place, date: day.value,
                        status: isAfterPublication(day.value) ? .planned : .held, parties: meetings[main].parties)
            meetings[m].venue = venue
            roundIn[s.tokens.lowerBound] = m
        }
    }

    static let pluralOwners: WordSet = ["their", "the", "both"]
    static let sameOrBoth: WordSet = ["same", "both"]
}
