/// The days of an exchange told by counts of people changing hands: "On Friday, each side handed over 390
/// people", "On Friday, 390 Ukrainians ... came home", "Another 307 were exchanged on Saturday".
extension MeetingRules {
    /// Words that tell people changing hands, as the last word of the phrase (`LexClass.stageVerb`).
    static let stageVerbs: WordSet = ["over", "exchanged", "swapped", "released", "freed", "home", "repatriated"]

    mutating func countedStage(_ s: Sentence, dates: [DateMention]) {
        guard prisonerExchange != nil, let published = articleDate, s.mayHave(.stageVerb) else { return }
        // (A class bit, not a set: this looks at every word of an article about an exchange.)
        for v in s.tokens where v > s.tokens.lowerBound && t[v].quote == nil && t[v].is(.stageVerb) {
            let w = t[v].lower
            // "handed over", "came home", "brought home": the verb before the particle.
            if w == "over", !["handed", "hand", "hands"].contains(t[v - 1].lower) { continue }
            if w == "home", !["came", "come", "brought", "returned"].contains(t[v - 1].lower) { continue }
            // A count of people in the clause, a few words from the verb.
            let near = max(s.tokens.lowerBound, v - 10)..<min(s.tokens.upperBound, v + 6)
            guard near.contains(where: { k in t[k].kind == .number && DateRules.isYear(t, at: k) == nil && !dates.contains { $0.tokens.contains(k) } })
            else { continue }
            guard let d = dates.first(where: { $0.value.day != nil && $0.value.iso != nil && sameClause($0, v)
                      && abs(($0.tokens.lowerBound > v ? $0.tokens.lowerBound : $0.tokens.upperBound) - v) <= 12 }),
                  !(published < d.value), !meetings.contains(where: { $0.kind == .exchange && $0.date == d.value.iso }) else { continue }
            _ = add(.exchange, s, trigger: v..<(v + 1), date: d.value, status: .held, parties: [])
            return
        }
    }
}
