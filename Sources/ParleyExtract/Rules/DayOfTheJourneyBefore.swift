/// "The Ukrainian team that flew to Florida on November 30 was led by Rustem Umerov. He and Rubio ... talked for about four
/// hours at Witkoff's Shell Bay club in Hallandale Beach": a held meeting with no day of its own is on the day the sentence
/// before tells a journey to its place (or the region its city lies in).
extension MeetingRules {
    mutating func datedByJourneyBefore() {
        for m in meetings.indices where meetings[m].status == .held && meetings[m].date == nil && meetings[m].monthDay == nil && meetings[m].kind != .call {
            guard let place = meetings[m].place, let k = Document.tokenIndex(in: t, startingAt: meetings[m].span.start),
                  case let n = t[k].sentence, n > 0, n < doc.sentences.count else { continue }
            let before = doc.sentences[n - 1]
            guard let v = before.tokens.first(where: { j in Self.pastJourneyVerbs.contains(t[j].lower) && j + 2 < before.tokens.upperBound
                      && t[j + 1].lower == "to" && (t[j + 2].text == place || refines(place, t[j + 2].text)) }),
                  let day = DateRules.find(doc, in: before, articleDate: articleDate, anchor: nil)
                      .first(where: { $0.tokens.lowerBound > v && $0.tokens.lowerBound - v <= 6 && $0.value.day != nil && $0.value.iso != nil }),
                  !isAfterPublication(day.value) else { continue }
            meetings[m].setDay(day.value)
        }
    }
}
