extension MeetingRules {
    /// "The delegations agreed to report back to their capitals and to continue trilateral discussions in the coming weeks":
    /// talks to be continued after a round told as held are a round still to come, between the same sides, with whatever day
    /// the phrase gives (none for "in the coming weeks").
    mutating func continuedTalks(_ s: Sentence, dates: [DateMention], since known: Int) {
        guard let main = mainTalks, meetings[main].status == .held, plannedTalks == nil else { return }
        for k in s.tokens where t[k].end - t[k].start == 8 && t[k].lower == "continue" && t[k].quote == nil && k > s.tokens.lowerBound
                && Self.continuingOpeners.contains(t[k - 1].lower) {
            var j = k + 1
            while j < s.tokens.upperBound, j - k <= 3, t[j].is(.article) || Self.threeWayWords.contains(t[j].lower) || Self.talksModifiers.contains(t[j].lower) {
                j += 1
            }
            // (Not "saw no reason to continue the talks", "refused to continue talks".)
            guard j < s.tokens.upperBound, t[j].is(.talksNoun),
                  !(max(s.tokens.lowerBound, k - 6)..<k).contains(where: { Self.continuingDenials.contains(t[$0].lower) }),
                  !meetings[known...].contains(where: { $0.span.start <= t[j].start && t[j].start < $0.span.end }) else { continue }
            let day = dates.first { $0.tokens.lowerBound > j && $0.tokens.lowerBound - j <= 4 && $0.value.day != nil && !isBeforePublication($0.value) }
            plannedTalks = add(.talks, s, trigger: k..<(j + 1), place: placeInPhrase(after: j, s), date: day?.value, status: .planned,
                               parties: meetings[main].parties)
            return
        }
    }

    static let continuingOpeners: WordSet = ["to", "and", "would", "will"]
    static let continuingDenials: WordSet = ["no", "not", "refused", "refuses", "never", "nothing", "sense"]
}
