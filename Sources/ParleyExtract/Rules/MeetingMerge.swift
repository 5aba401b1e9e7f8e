/// One meeting told twice: "peace talks in Istanbul earlier this month" and "the second round ... at Ciragan
/// Palace on June 2" are one round, once its month and place agree with the day the article gives.
enum MeetingMerge {
    /// Folds each meeting whose date is only a month into the one meeting of its kind and place dated on a day
    /// of that month, and a summit told with fewer sides and no place into the one fuller summit of its day;
    /// delegations and figures that pointed at it follow. Ids are given again in order.
    /// (`sentences`: the spans of the article's sentences. "a handover of bodies, which took place in stages during June, and a
    /// further exchange of prisoners, which began on 9 June": two meetings told in one sentence stay two.)
    static func monthIntoDay(_ meetings: [Meeting], _ delegations: [Delegation], _ figures: [Figure], sentences: [Span] = [])
        -> (meetings: [Meeting], delegations: [Delegation], figures: [Figure]) {
        var into: [String: String] = [:]
        func toldTogether(_ a: Meeting, _ b: Meeting) -> Bool {
            sentences.contains { $0.start <= a.span.start && a.span.start < $0.end && $0.start <= b.span.start && b.span.start < $0.end }
        }
        var meetings = meetings
        cityIntoRegion(&meetings, &into)
        for m in meetings {
            // ("handed over at the June round": a round told by its month alone, with no place, is the one round of that
            // month wherever it was.)
            guard let month = m.date, month.utf8.count == 7 else { continue }
            let days = meetings.filter { $0.kind == m.kind && (m.place == nil || $0.place == m.place) && $0.status == m.status
                && $0.date?.utf8.count == 10 && $0.date!.hasPrefix(month) && !toldTogether(m, $0) }
            if days.count == 1 { into[m.id] = days[0].id }
        }
        // ("talks resumed in Istanbul last year, with rounds on May 16, June 2 and July 23": rounds told by their year alone
        // are the rounds of that year at that place, counted from the first.)
        for m in meetings where m.place != nil && into[m.id] == nil {
            guard let year = m.date, year.utf8.count == 4 else { continue }
            let days = meetings.filter { $0.kind == m.kind && $0.place == m.place && $0.status == m.status
                && $0.date?.utf8.count == 10 && $0.date!.hasPrefix(year) }
            if let first = days.min(by: { $0.date! < $1.date! }) { into[m.id] = first.id }
        }
        // ("a day after a summit with Putin", then "Trump and Putin met ... at Joint Base Elmendorf-Richardson": one summit
        // on that day; the mention with fewer sides and no place folds into the fuller one.)
        for m in meetings where m.kind == .summit && m.place == nil && into[m.id] == nil {
            guard let day = m.date, day.utf8.count == 10 else { continue }
            let fuller = meetings.filter { $0.id != m.id && $0.kind == .summit && $0.date == day && into[$0.id] == nil
                && Set(m.parties).isSubset(of: Set($0.parties)) && $0.parties.count > m.parties.count }
            if fuller.count == 1 { into[m.id] = fuller[0].id }
        }
        // ("his summit with Putin in Alaska" and "Trump and Putin spent nearly three hours together at Joint Base
        // Elmendorf-Richardson" on the same day: one summit of the same leaders, told where it was most exactly.)
        for m in meetings where m.kind == .summit && into[m.id] == nil {
            guard let day = m.date, day.utf8.count == 10 else { continue }
            let same = meetings.filter { $0.id != m.id && $0.kind == .summit && $0.date == day && into[$0.id] == nil
                && Set($0.parties) == Set(m.parties) && $0.place != m.place }
            guard same.count == 1, isLessExact(m, than: same[0]) else { continue }
            into[m.id] = same[0].id
        }
        // ("joined ... leaders in Paris on Tuesday", then "the first gathering of the coalition" at the Élysée Palace: a held
        // summit told with no day, at the one place of a held summit of that day, is that summit.)
        for m in meetings where m.kind == .summit && m.status == .held && m.date == nil && into[m.id] == nil {
            guard let place = m.place else { continue }
            let dated = meetings.filter { $0.id != m.id && $0.kind == .summit && $0.status == .held && $0.place == place
                && $0.date?.utf8.count == 10 && into[$0.id] == nil }
            if dated.count == 1 { into[m.id] = dated[0].id }
        }
        // ("On December 28th Mr Trump hosted Mr Zelenskiy at his Mar-a-Lago resort" after "their talks at Mar-a-Lago on Sunday":
        // the same meeting told twice, of one kind, day, place, sides and status, is the one told first.)
        for (n, m) in meetings.enumerated() where into[m.id] == nil {
            guard let day = m.date, day.utf8.count == 10 else { continue }
            if let first = meetings[..<n].first(where: { $0.kind == m.kind && $0.date == day && $0.place == m.place && $0.status == m.status
                && Set($0.parties) == Set(m.parties) && ($0.venue == nil || m.venue == nil || $0.venue == m.venue) && into[$0.id] == nil }) {
                into[m.id] = first.id
            }
        }
        // ("agreed ... on Thursday to exchange 314 prisoners", then "The exchange was carried out later on Thursday": the
        // exchange agreed for a day and the one held that day are one, held.)
        for m in meetings where m.kind == .exchange && m.status == .planned && into[m.id] == nil {
            guard let day = m.date, day.utf8.count == 10 else { continue }
            let held = meetings.filter { $0.kind == .exchange && $0.status == .held && $0.date == day && into[$0.id] == nil }
            if held.count == 1 { into[m.id] = held[0].id }
        }
        guard !into.isEmpty else { return (meetings, delegations, figures) }
        var kept = meetings.filter { into[$0.id] == nil }
        var renamed: [String: String] = [:]
        for k in kept.indices {
            renamed[kept[k].id] = "m\(k + 1)"
            kept[k].id = "m\(k + 1)"
        }
        // (Merges may chain: a year's round into a day's summit that folds in turn into the fuller one of that day. The
        // walk is bounded, so no cycle can hold it.)
        let final = { (id: String) -> String in
            var id = id
            for _ in meetings.indices { guard let next = into[id] else { break }; id = next }
            return renamed[id] ?? id
        }
        // A side the day's meeting already has keeps its own record; the month's record of it is dropped.
        let own = Set(delegations.filter { into[$0.meeting] == nil }.map { final($0.meeting) + " " + $0.side })
        let moved = delegations.compactMap { d -> Delegation? in
            if into[d.meeting] != nil, own.contains(final(d.meeting) + " " + d.side) { return nil }
            var d = d
            d.meeting = final(d.meeting)
            return d
        }
        let figures = figures.map { f -> Figure in
            var f = f
            f.meeting = f.meeting.map(final)
            return f
        }
        return (kept, moved, figures)
    }

    /// ("their summit in Alaska on Friday", then "The two leaders met for nearly three hours at Joint Base Elmendorf-Richardson
    /// in Anchorage"): a held summit of the same leaders told with no day in a city of the region where the one dated was is
    /// that summit, told where it was most exactly; it takes the day.
    private static func cityIntoRegion(_ meetings: inout [Meeting], _ into: inout [String: String]) {
        for n in meetings.indices where meetings[n].kind == .summit && meetings[n].status == .held && meetings[n].date == nil {
            guard let city = meetings[n].place, let region = Lexicon.cityRegions[city.lexKey] else { continue }
            let m = meetings[n]
            let dated = meetings.filter { $0.id != m.id && $0.kind == .summit && $0.status == .held && $0.date?.utf8.count == 10
                && $0.place?.lexKey == region && Set($0.parties) == Set(m.parties) && into[$0.id] == nil }
            guard dated.count == 1 else { continue }
            into[dated[0].id] = m.id
            meetings[n].date = dated[0].date
            meetings[n].monthDay = dated[0].monthDay
        }
    }

    /// A meeting placed only by a region or state, or with no venue where the other has one.
    private static func isLessExact(_ a: Meeting, than b: Meeting) -> Bool {
        let city = { (m: Meeting) in m.place.map { Lexicon.cities.contains($0.lexKey) } ?? false }
        if b.venue != nil, a.venue == nil { return true }
        return a.venue == nil && city(b) && !city(a)
    }
}
