extension MeetingRules {
    /// "On 14 August last year, the eve of Trump and Putin's summit in Anchorage, ...": a meeting named as the day after a
    /// date set off before "the eve of" was held the next day; the date it took from the phrase moves on by one.
    mutating func dayAfterTheEve() {
        for m in meetings.indices {
            guard let k = Document.tokenIndex(in: t, startingAt: meetings[m].span.start),
                  let day = meetings[m].date.flatMap(DateValue.parseISO), day.day != nil, let o = day.ordinal else { continue }
            let s = doc.sentences[t[k].sentence]
            // (From the fourth word: "the eve of" needs a date and a comma before it.)
            let from = max(s.tokens.lowerBound + 3, k - 12)
            guard from < k, let e = (from..<k).last(where: { t[$0].lower == "eve" }),
                  e + 2 <= k, t[e - 1].lower == "the", t[e + 1].lower == "of", t[e - 2].isMark(","),
                  !(e + 2..<k).contains(where: { t[$0].is(.meetingTrigger) || t[$0].kind == .punct && !t[$0].isMark("-") }),
                  let told = DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).last(where: { $0.tokens.upperBound <= e - 2 && $0.value.day != nil }),
                  told.value.iso == meetings[m].date, (told.tokens.upperBound..<(e - 2)).allSatisfy({ t[$0].isWord })
            else { continue }
            meetings[m].setDay(DateValue(ordinal: o + 1))
        }
    }
}
