/// "- Feb. 5, 2026: at the end of the second Abu Dhabi round, Russia and Ukraine swapped 157 prisoners each": what an
/// entry of a timeline tells as done, with no day of its own, was done on the day heading the entry.
extension MeetingRules {
    mutating func datedByTimelineEntry(_ s: Sentence, dates: [DateMention], since first: Int) {
        guard first < meetings.count, let d = entryHead(s, dates) else { return }
        for m in first..<meetings.count where meetings[m].status == .held && meetings[m].date == nil && meetings[m].monthDay == nil {
            meetings[m].setDay(d.value)
        }
    }

    /// The day heading the sentence, "Aug. 15:", when its paragraph is a timeline entry.
    private func entryHead(_ s: Sentence, _ dates: [DateMention]) -> DateMention? {
        guard let d = dates.first, d.tokens.lowerBound == s.tokens.lowerBound, d.value.month != nil, d.tokens.upperBound < s.tokens.upperBound,
              t[d.tokens.upperBound].isMark(":"), MetadataRules.isTimelineEntry(doc, s.paragraph) else { return nil }
        return d
    }
}
