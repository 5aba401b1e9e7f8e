extension MeetingRules {
    /// "Mr Trump said later that he had phoned Volodymyr Zelensky ... on the flight home", "he had called Putin during a
    /// break in the talks": a call made on the way back from the meeting just told, or in the middle of it, was made on
    /// that meeting's day.
    mutating func callsOnTheFlightHome() {
        for c in meetings.indices where meetings[c].kind == .call && meetings[c].date == nil {
            guard let s = doc.sentences.first(where: { $0.span.start <= meetings[c].span.start && meetings[c].span.start < $0.span.end }),
                  s.tokens.contains(where: { k in
                      t[k].lower == "flight" && k + 1 < s.tokens.upperBound && ["home", "back"].contains(t[k + 1].lower)
                          || t[k].lower == "during" && (k + 1..<min(s.tokens.upperBound, k + 6)).contains { j in
                              t[j].is(.talksNoun) || t[j].is(.summitNoun) } && t[k].quote == nil
                  }) else { continue }
            // The latest held meeting told before the call, with a day of its own.
            guard let m = meetings.indices.last(where: { m in
                m != c && meetings[m].status == .held && meetings[m].kind != .call && meetings[m].span.start < meetings[c].span.start
                    && meetings[m].date?.count == 10
            }) else { continue }
            meetings[c].date = meetings[m].date
            meetings[c].monthDay = meetings[m].monthDay
        }
    }
}
