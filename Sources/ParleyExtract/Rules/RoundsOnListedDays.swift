/// "met in Istanbul on May 16, June 2 and July 23", "- May 16, June 2, and July 23, 2025: the delegations met in
/// Istanbul": talks told once on a list of days weeks apart are one round a day. (Days close together, "May 16 and 17",
/// are the days of one round.)
extension MeetingRules {
    mutating func roundsOnListedDays(_ s: Sentence, dates: [DateMention], since first: Int) {
        guard first < meetings.count, dates.count >= 2 else { return }
        for m in first..<meetings.count where meetings[m].kind == .talks && meetings[m].round == nil {
            guard let day = meetings[m].date, day.count == 10,
                  let k = dates.firstIndex(where: { $0.value.iso == day && $0.value.day != nil }) else { continue }
            let list = listedWith(k, dates)
            guard list.count >= 2, let trigger = Document.tokenIndex(in: t, startingAt: meetings[m].span.start),
                  daysAreTheTalks(trigger, dates[list[0]], dates[list[list.count - 1]], s) else { continue }
            let ordinals = list.compactMap { dates[$0].value.ordinal }
            // Every pair a week or more apart: not the days of one round.
            guard ordinals.count == list.count, zip(ordinals, ordinals.dropFirst()).allSatisfy({ $1 - $0 >= 7 }) else { continue }
            for j in list where j != k {
                let d = dates[j]
                guard let iso = d.value.iso, !meetings.contains(where: { $0.kind == .talks && $0.date == iso }) else { continue }
                _ = add(.talks, s, trigger: d.tokens, place: meetings[m].place, date: d.value, status: meetings[m].status,
                        parties: meetings[m].parties)
            }
        }
    }

    /// Whether the listed days, from `first` to `last`, are those of the talks told at `trigger`: after it with no other event
    /// or clause of its own between ("ended with agreements on prisoner swaps that were carried out on May 23 and June 9"
    /// are the swaps' days), or heading the sentence's timeline entry.
    private func daysAreTheTalks(_ trigger: Int, _ first: DateMention, _ last: DateMention, _ s: Sentence) -> Bool {
        if first.tokens.lowerBound <= trigger {
            return first.tokens.lowerBound < trigger && last.tokens.upperBound < s.tokens.upperBound
                && t[last.tokens.upperBound].isMark(":") && MetadataRules.isTimelineEntry(doc, s.paragraph)
        }
        return !(trigger + 1..<first.tokens.lowerBound).contains { t[$0].is(.sayingVerb) || Self.otherEventWords.contains(t[$0].lower) }
    }

    static let otherEventWords: WordSet = ["swap", "swaps", "exchange", "exchanges", "that", "which", "call", "calls", "summit"]

    /// The dates joined to `dates[k]` by commas and "and" only, in their order.
    private func listedWith(_ k: Int, _ dates: [DateMention]) -> [Int] {
        func joined(_ a: DateMention, _ b: DateMention) -> Bool {
            guard a.tokens.upperBound <= b.tokens.lowerBound else { return false }
            let gap = a.tokens.upperBound..<b.tokens.lowerBound
            guard gap.count >= 1, gap.count <= 2 else { return false }
            return gap.allSatisfy { t[$0].isMark(",") || t[$0].lower == "and" }
        }
        var lo = k, hi = k
        while lo > 0, dates[lo - 1].value.day != nil, joined(dates[lo - 1], dates[lo]) { lo -= 1 }
        while hi + 1 < dates.count, dates[hi + 1].value.day != nil, joined(dates[hi], dates[hi + 1]) { hi += 1 }
        return Array(lo...hi)
    }
}
