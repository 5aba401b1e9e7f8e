extension MeetingRules {
    /// "He added that the exchange agreed today must take place without delays": a held round the article never
    /// dates took place on the day of publication when the reporter tells something done at it "today".
    mutating func datedByToday() {
        guard let m = mainTalks, meetings[m].status == .held, meetings[m].date == nil, meetings[m].monthDay == nil,
              let published = articleDate, published.day != nil, let iso = published.iso else { return }
        for s in doc.sentences where doc.isFactual(s) && s.tokens.count > 2 {
            for k in (s.tokens.lowerBound + 1)..<s.tokens.upperBound where t[k].end - t[k].start == 5 && t[k].lower == "today" && t[k].quote == nil {
                let verb = t[k - 1].lower
                guard Self.doneAtTalks.contains(verb) else { continue }
                meetings[m].date = iso
                meetings[m].monthDay = published.monthDay
                return
            }
        }
    }

    /// Past forms of what is done at talks, right before "today".
    static let doneAtTalks: Set<String> = ["agreed", "held", "met", "signed", "reached", "exchanged", "discussed", "negotiated", "concluded", "ended"]
}
