extension MeetingRules {
    /// "Putin turned to Trump and said in English: “Next time in Moscow.”": a leader's quoted "next time in" a city proposes
    /// the next meeting of the summit just held there, between the same sides.
    mutating func nextTimeIn(_ s: Sentence) {
        // (A meeting noun of the sentence's own tells it: "suggested the next meeting take place 'next time in Moscow'".)
        guard s.mayHave(.city), !s.tokens.contains(where: { t[$0].quote == nil && t[$0].is(.meetingTrigger) }) else { return }
        for k in s.tokens where k + 3 < s.tokens.upperBound && t[k].quote != nil && t[k].lower == "next" && t[k + 1].lower == "time"
            && t[k + 2].lower == "in" && t[k + 3].is(.city) && t[k + 3].isCapitalized && t[k + 3].quote != nil {
            guard let held = meetings.lastIndex(where: { $0.kind == .summit && $0.status == .held && $0.parties.count == 2 }) else { return }
            let city = cityName(k + 3)
            let parties = meetings[held].parties
            guard meetings[held].place != city else { return }
            // ("Putin floating Moscow as the venue for their next meeting", told before: that one, with both sides.)
            if let m = meetings.firstIndex(where: { $0.kind == .summit && $0.place == city && Set(parties).isSuperset(of: $0.parties) && $0.status != .held }) {
                for p in parties where !meetings[m].parties.contains(p) { meetings[m].parties.append(p) }
                return
            }
            _ = add(.summit, s, trigger: k..<(k + 4), place: city, status: .proposed, parties: parties)
            return
        }
    }
}
