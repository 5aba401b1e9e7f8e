/// A calendar date as precise as the text gives it.
struct DateValue: Hashable, Comparable {
    var year: Int?
    var month: Int?
    var day: Int?

    /// ISO form, partial when the text is ("2019", "2022-03"); nil without a year.
    var iso: String? {
        guard let year else { return nil }
        guard let month else { return String(format4(year)) }
        guard let day else { return "\(format4(year))-\(two(month))" }
        return "\(format4(year))-\(two(month))-\(two(day))"
    }

    /// "05-16" when month and day are known, with or without the year.
    var monthDay: String? {
        guard let month, let day else { return nil }
        return "\(two(month))-\(two(day))"
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private func format4(_ n: Int) -> String { String(n) }

    static func < (a: DateValue, b: DateValue) -> Bool {
        (a.year ?? 0, a.month ?? 0, a.day ?? 0) < (b.year ?? 0, b.month ?? 0, b.day ?? 0)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for weekday and day arithmetic.
    var ordinal: Int? {
        guard let y = year, let m = month, let d = day else { return nil }
        let a = (14 - m) / 12
        let yy = y + 4800 - a
        let mm = m + 12 * a - 3
        let jdn = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045
        return jdn - 2_440_588
    }

    init(year: Int?, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(ordinal: Int) {
        let jdn = ordinal + 2_440_588
        let a = jdn + 32044
        let b = (4 * a + 3) / 146097
        let c = a - 146097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        day = e - (153 * m + 2) / 5 + 1
        month = m + 3 - 12 * (m / 10)
        year = 100 * b + d - 4800 + m / 10
    }

    /// 1 = Sunday ... 7 = Saturday.
    var weekday: Int? { ordinal.map { (($0 + 4) % 7 + 7) % 7 + 1 } }

    static func parseISO(_ text: String) -> DateValue? {
        let parts = text.prefix(10).split(separator: "-").map { Int($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2] else { return nil }
        return DateValue(year: y, month: m, day: d)
    }
}

/// A date expression in the text.
struct DateMention {
    var tokens: Range<Int>
    var value: DateValue
    /// True for "the following day" / weekdays: relative to another date.
    var relative: Bool
    /// "a day after": the day of what the clause goes on to tell, counted from the sentence's earlier date.
    var leadsToEvent = false
    /// The year was not in the text: the article's date chose it.
    var yearGuessed = false
}

/// Finds dates: "May 16", "May 17, 2025", "16 May 2025", "March 2022", "in 2019", weekdays and
/// "the following day". Years missing from the text come from the article's date when known.
enum DateRules {
    static func isYear(_ t: Token) -> Int? {
        guard t.kind == .number, t.end - t.start == 4, let y = Int(t.text), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// `isYear(t[k])`, with the tests that need no String made in place first: a walk over every token
    /// would otherwise copy each one out of the array for the call. Nil for an index outside `t`.
    static func isYear(_ t: [Token], at k: Int) -> Int? {
        guard t.indices.contains(k), t[k].kind == .number, t[k].end - t[k].start == 4 else { return nil }
        return isYear(t[k])
    }

    /// `day(t[k])` likewise: a day has at most four scalars and is a number or a word ("16th").
    static func day(_ t: [Token], at k: Int) -> Int? {
        guard t.indices.contains(k), t[k].kind == .number || t[k].kind == .word, t[k].end - t[k].start <= 4 else { return nil }
        return day(t[k])
    }

    /// 1...31, also written as an ordinal ("16th", "2nd").
    static func day(_ t: Token) -> Int? {
        guard t.kind != .punct, let first = t.text.unicodeScalars.first, first.isDigit, t.text.utf8.count <= 4 else { return nil }
        var text = t.lower
        if t.kind == .word, ["st", "nd", "rd", "th"].contains(where: { text.hasSuffix($0) }) { text.removeLast(2) }
        guard t.kind == .number || t.kind == .word, text.unicodeScalars.count <= 2, let d = Int(text), (1...31).contains(d) else { return nil }
        return d
    }

    /// Dates start with a number, a month, a weekday, "today" or "the following day". Marks and words
    /// that start with a letter other than f, n, p or t are ruled out before any string is compared.
    /// `t` is `doc.tokens`, handed in by the sentence walk so a call per token copies no array out of the document.
    private static func cannotStartDate(_ doc: Document, _ t: [Token], _ i: Int) -> Bool {
        if t[i].kind == .punct { return true }
        if t[i].kind == .number || t[i].is([.month, .weekday]) { return false }
        let first = doc.scalars[t[i].start]
        if first.isDigit { return day(t, at: i) == nil }
        // "six days later", "a week later", "a day after": a count only starts a date with "later", "after"
        // or "before" two words on.
        if t[i].is(.numberWord) || first == "a" || first == "A" {
            return !(i + 2 < t.count && Self.countedDayEnds.contains(t[i + 2].lower))
        }
        // ("By the afternoon": a part of the day reached.)
        if first == "b" || first == "B", t[i].lower == "by", i + 2 < t.count, t[i + 1].lower == "the", Self.partsOfDay.contains(t[i + 2].lower) {
            return false
        }
        // ("The same afternoon", "that evening": the day just told.)
        if first == "t" || first == "T" {
            if i + 2 < t.count, t[i + 1].lower == "same", t[i].lower == "the", Self.partsOfDay.contains(t[i + 2].lower) { return false }
            if i + 1 < t.count, t[i].lower == "that", Self.timesOfDay.contains(t[i + 1].lower) { return false }
        }
        // "following", "next", "previous", "today", "same", "earlier", "later", "last", "this": a lexicon class,
        // looked up once when the token was made (most words, "said", "talks", fail here).
        return !t[i].is(.dateOpener)
    }

    /// A set, not an array literal: every word starting with "a" asks it.
    private static let countedDayEnds: WordSet = ["later", "after", "before", "earlier"]

    /// The count in "six days later", "a week later": a small number word or "a".
    private static func laterCount(_ token: Token) -> Int? {
        if token.lower == "a" || token.lower == "an" { return 1 }
        guard token.is(.numberWord), let n = Lexicon.numberWords[token.lower], n >= 1, n <= 60 else { return nil }
        return Int(n)
    }

    /// "six days later", "two weeks later", "a week earlier", "the same day": a day counted from the date told before.
    private static func counted(_ doc: Document, at i: Int, end: Int, anchor: DateValue?) -> DateMention? {
        let t = doc.tokens
        guard let base = anchor, let o = base.ordinal, base.day != nil else { return nil }
        if t[i].lower == "same", i > 0, t[i - 1].lower == "the", i + 1 < end, t[i + 1].lower == "day" {
            return DateMention(tokens: (i - 1)..<(i + 2), value: base, relative: true)
        }
        let n = t[i].kind == .number ? day(t, at: i) : laterCount(t[i])
        // ("at talks in Geneva a week earlier": counted back.)
        guard let n, i + 2 < end, t[i + 2].lower == "later" || t[i + 2].lower == "earlier" else { return nil }
        // ("carried out over three days later that month": a span taken, and "later that month" its time.)
        // (Not "over a week later", more than a week.)
        if i > 0, Self.spanPrepositions.contains(t[i - 1].lower), i + 3 < end, t[i + 3].lower == "that" { return nil }
        let unit = t[i + 1].lower
        guard let days = ["day": 1, "days": 1, "week": 7, "weeks": 7][unit] else { return nil }
        let sign = t[i + 2].lower == "later" ? 1 : -1
        return DateMention(tokens: i..<(i + 3), value: DateValue(ordinal: o + sign * n * days), relative: true)
    }

    static let shortFullMonths: WordSet = ["may", "june", "july"]
    static let spanPrepositions: WordSet = ["over", "for", "within", "across"]

    /// A word of the future governing the day at `i` ("would meet in Paris on Jan. 6"), read back through the verb's own
    /// phrase: not past a noun of meeting, "since", "after" or a comma ("will review progress since the talks in Istanbul
    /// on July 23" tells a day past).
    static func futureRightBefore(_ i: Int, _ doc: Document, in s: Sentence) -> Bool {
        let t = doc.tokens
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 8 {
            if Lexicon.futureTense.contains(t[k].lower) { return true }
            if t[k].is(.meetingTrigger) || t[k].kind == .punct && !t[k].isMark(".") || Self.pastRelations.contains(t[k].lower) { return false }
            k -= 1
        }
        return false
    }

    /// A past verb of meeting governing the day at `i` ("had earlier held three rounds ... on May 16", "talks were held in
    /// Istanbul on June 2"), read back through its object: not past a mark, a saying verb or a word of the future ("agreed
    /// to meet on May 16" is ahead).
    static func pastRightBefore(_ i: Int, _ doc: Document, in s: Sentence) -> Bool {
        let t = doc.tokens
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 12 {
            if Lexicon.futureTense.contains(t[k].lower) || t[k].lower == "to" || t[k].is(.sayingVerb) || t[k].kind == .punct { return false }
            // (Not "agreed on a summit in Budapest on February 20": a verb of holding, not of agreeing to hold.)
            if Self.heldVerbs.contains(t[k].lower) {
                return !(k > s.tokens.lowerBound && ["be", "being", "to"].contains(t[k - 1].lower))
            }
            k -= 1
        }
        return false
    }

    /// "Less than a month later, on 11 March, a US team under Rubio met a Ukrainian delegation": a day set off before a clause
    /// whose verb of meeting is in the past.
    static func pastAfterFronted(_ i: Int, _ doc: Document, in s: Sentence) -> Bool {
        let t = doc.tokens
        guard let comma = (i + 1..<min(s.tokens.upperBound, i + 4)).first(where: { t[$0].isMark(",") }),
              !(s.tokens.lowerBound..<i).contains(where: { t[$0].isWord
                  && (Lexicon.futureTense.contains(t[$0].lower) || Self.heldVerbs.contains(t[$0].lower)) })
        else { return false }
        for k in comma + 1..<min(s.tokens.upperBound, comma + 16) {
            if Lexicon.futureTense.contains(t[k].lower) || t[k].lower == "to" { return false }
            if Self.heldVerbs.contains(t[k].lower) { return true }
        }
        return false
    }

    static let heldVerbs: WordSet = ["held", "met", "hosted", "took"]
    static let pastRelations: WordSet = ["since", "after", "before", "of"]

    /// A noun of meeting at `k`, or after one capitalised place ("Istanbul negotiations").
    private static func namesMeetingAfter(_ t: [Token], _ k: Int, _ end: Int) -> Bool {
        guard k < end else { return false }
        if t[k].is(.meetingTrigger) && t[k].quote == nil { return true }
        return k + 1 < end && t[k].isCapitalized && t[k].is(.place) && t[k + 1].is(.meetingTrigger)
    }

    /// The year of a day told without one: the article's, unless that puts the day more than five months after the
    /// article ("the last direct round, in Istanbul on July 23", told in January) and the clause tells no event to come:
    /// then the year before.
    /// ("leaders ... would meet in Paris on Jan. 6", told on December 30: a day still to come, within five months, is the
    /// next such day.)
    /// ("Russia and Ukraine held talks in Istanbul on May 16", told in February: a day a past verb tells is the one before.)
    /// The year of a day told without one at token `i`, read against the article's date and the verbs around it.
    private static func yearOfDay(_ m: Int, _ d: Int, at i: Int, _ doc: Document, in s: Sentence, _ articleDate: DateValue?) -> Int? {
        yearOf(month: m, day: d, articleDate, ahead: { futureRightBefore(i, doc, in: s) },
               past: { pastRightBefore(i, doc, in: s) || pastAfterFronted(i, doc, in: s) })
    }

    private static func yearOf(month m: Int, day d: Int, _ articleDate: DateValue?, ahead: () -> Bool, past: () -> Bool) -> Int? {
        guard let a = articleDate, let year = a.year else { return nil }
        guard let now = a.ordinal, let then = DateValue(year: year, month: m, day: d).ordinal else { return year }
        if then - now > 150 { return ahead() ? year : year - 1 }
        if then - now > 14, !ahead(), past() { return year - 1 }
        if now - then > 14, let next = DateValue(year: year + 1, month: m, day: d).ordinal, next - now <= 150, ahead() { return year + 1 }
        return year
    }

    /// "last month", "earlier this month", "last year": the month or year counted from the article's date, kept partial.
    private static func monthOrYearAround(_ t: [Token], at i: Int, end: Int, articleDate: DateValue?) -> DateMention? {
        guard let a = articleDate, let year = a.year, i + 1 < end, ["last", "this"].contains(t[i].lower) else { return nil }
        let back = t[i].lower == "last" ? 1 : 0
        switch t[i + 1].lower {
        case "month":
            guard let month = a.month else { return nil }
            let value = month - back >= 1 ? DateValue(year: year, month: month - back, day: nil) : DateValue(year: year - 1, month: 12, day: nil)
            return DateMention(tokens: i..<(i + 2), value: value, relative: true)
        case "year":
            return DateMention(tokens: i..<(i + 2), value: DateValue(year: year - back, month: nil, day: nil), relative: true)
        default: return nil
        }
    }

    static let partsOfDay: WordSet = ["day", "night", "evening", "morning", "afternoon"]
    static let timesOfDay: WordSet = ["night", "evening", "morning", "afternoon"]

    /// "Earlier in the day", "later that day": the day the paragraph is about, handed in by the caller.
    private static func withinTheDay(_ t: [Token], at i: Int, end: Int, today: DateValue?, anchor: DateValue?) -> DateMention? {
        // ("The third round was held on Wednesday evening ... . Earlier that day, Erdoğan received Umerov": "that day" is the
        // day just told, in any paragraph.)
        if i + 2 < end, t[i + 1].lower == "that", ["earlier", "later"].contains(t[i].lower), Self.partsOfDay.contains(t[i + 2].lower),
           let anchor, anchor.day != nil {
            return DateMention(tokens: i..<(i + 3), value: anchor, relative: true)
        }
        // ("Later the same day, Zelensky joined a video meeting": the day just told, the time word with it.)
        if i + 3 < end, ["earlier", "later"].contains(t[i].lower), t[i + 1].lower == "the", t[i + 2].lower == "same",
           Self.partsOfDay.contains(t[i + 3].lower), let anchor, anchor.day != nil {
            return DateMention(tokens: i..<(i + 4), value: anchor, relative: true)
        }
        // ("On Sunday, the Pope received Zelensky. The same afternoon in Rome, ...": the day just told.)
        if i + 2 < end, t[i].lower == "the", t[i + 1].lower == "same", Self.partsOfDay.contains(t[i + 2].lower), let anchor, anchor.day != nil {
            return DateMention(tokens: i..<(i + 3), value: anchor, relative: true)
        }
        // ("said he had spoken with Trump that evening": the day just told.)
        // (Not a day still ahead of the article: that anchor is a plan's, not the narrative's.)
        if i + 1 < end, t[i].lower == "that", Self.timesOfDay.contains(t[i + 1].lower), let anchor, anchor.day != nil,
           let a = anchor.ordinal, let now = today?.ordinal, a <= now {
            return DateMention(tokens: i..<(i + 2), value: anchor, relative: true)
        }
        guard let today, today.day != nil, ["earlier", "later", "by"].contains(t[i].lower), i + 2 < end else { return nil }
        // ("By the afternoon, after meeting Zelensky ...": the same day, later.)
        if t[i].lower == "by" {
            guard t[i + 1].lower == "the", Self.partsOfDay.contains(t[i + 2].lower), t[i + 2].lower != "day" else { return nil }
            return DateMention(tokens: i..<(i + 3), value: today, relative: true)
        }
        // ("later that night", "earlier that morning".)
        if t[i + 1].lower == "that", Self.partsOfDay.contains(t[i + 2].lower) { return DateMention(tokens: i..<(i + 3), value: today, relative: true) }
        guard i + 3 < end, t[i + 1].lower == "in", t[i + 2].lower == "the", t[i + 3].lower == "day" else { return nil }
        return DateMention(tokens: i..<(i + 4), value: today, relative: true)
    }

    /// "carried out ... later that month", "earlier that month": the month of the day just told.
    private static func thatMonth(_ t: [Token], at i: Int, end: Int, anchor: DateValue?) -> DateMention? {
        guard i + 2 < end, t[i].lower == "later" || t[i].lower == "earlier", t[i + 1].lower == "that", t[i + 2].lower == "month",
              let anchor, let y = anchor.year, let m = anchor.month else { return nil }
        return DateMention(tokens: i..<(i + 3), value: DateValue(year: y, month: m, day: nil), relative: true)
    }

    /// "exchanged 175 prisoners on Wednesday, ..., a day after Putin agreed in a phone call": what follows
    /// "a day after" happened the day before the sentence's earlier date ("two days before": after it).
    private static func countedFromEarlier(_ doc: Document, at i: Int, end: Int, earlier: DateMention?) -> DateMention? {
        guard let base = earlier?.value, base.day != nil, let o = base.ordinal, let d = distance(doc.tokens, at: i, end: end) else { return nil }
        return DateMention(tokens: i..<(i + 3), value: DateValue(ordinal: o + (d.after ? -1 : 1) * d.days), relative: true, leadsToEvent: true)
    }

    /// "a day after", "two weeks before" at `i`: the days counted and which way (three tokens).
    static func distance(_ t: [Token], at i: Int, end: Int) -> (days: Int, after: Bool)? {
        guard i >= 0, i + 2 < end, let n = laterCount(t[i]), let unit = ["day": 1, "days": 1, "week": 7, "weeks": 7][t[i + 1].lower],
              t[i + 2].lower == "after" || t[i + 2].lower == "before" else { return nil }
        return (n * unit, t[i + 2].lower == "after")
    }

    static func find(_ doc: Document, in s: Sentence, articleDate: DateValue?, anchor: DateValue?, today: DateValue? = nil) -> [DateMention] {
        var out: [DateMention] = []
        let t = doc.tokens
        var i = s.tokens.lowerBound
        let end = s.tokens.upperBound
        while i < end {
            // Dates start with a number, a month, a weekday or "the following day".
            if cannotStartDate(doc, t, i) { i += 1; continue }
            let w = t[i].lower
            // "in June", "late May": a month alone is the latest such month up to the article's date ("since May" dates nothing).
            // ("in mid-December": the hyphen of a part of the month.)
            // ("the Istanbul rounds of May, June and July": a month naming the meetings before it.)
            if let m = Lexicon.months[w], t[i].isCapitalized, i > s.tokens.lowerBound, ["in", "during", "early", "late", "mid", "last"].contains(t[i - 1].lower)
                || i - 1 > s.tokens.lowerBound && t[i - 1].isMark("-") && ["early", "late", "mid"].contains(t[i - 2].lower)
                || i - 1 > s.tokens.lowerBound && t[i - 1].lower == "of" && t[i - 2].is(.meetingTrigger) && t[i - 2].lower.hasSuffix("s")
                    && i + 1 < end && (t[i + 1].isMark(",") || t[i + 1].lower == "and"),
               // ("hold a summit by late August": a deadline, not when it is.)
               !(i - 2 >= s.tokens.lowerBound && t[i - 2].lower == "by"),
               // ("in Feb. 12" is a day to come; "an encounter in February." ends its sentence.)
               // ("in July." is the month's full name; only an abbreviation keeps a dot of its own.)
               !(i + 1 < end && (day(t, at: i + 1) != nil || isYear(t, at: i + 1) != nil
                    || t[i + 1].isMark(".") && t[i].lower.utf8.count <= 4 && !Self.shortFullMonths.contains(t[i].lower))),
               // (An article known only by its year reads the month in that year.)
               let a = articleDate, let year = a.year {
                let month = a.month ?? 12
                // ("Putin is due in New Delhi in December": a month still to come is the next such month.)
                // ("met in Anchorage last August", told in January: the latest such month before the article's own.)
                let last = t[i - 1].lower == "last"
                let ahead = !last && a.month != nil && isFuture(before: i, doc, in: s)
                var y = ahead ? (m >= month ? year : year + 1) : (m > month || last && m == month ? year - 1 : year)
                // ("the war in February 2022 ... in March of that year": the year the sentence named before.)
                if i + 3 < end, t[i + 1].lower == "of", t[i + 2].lower == "that", t[i + 3].lower == "year",
                   let named = out.last(where: { !$0.yearGuessed })?.value.year { y = named }
                out.append(DateMention(tokens: i..<(i + 1), value: DateValue(year: y, month: m, day: nil), relative: false))
                i += 1; continue
            }
            // ("in May, June and July": each month of a list that "in" opened.)
            if let m = Lexicon.months[w], t[i].isCapitalized, i > s.tokens.lowerBound, t[i - 1].isMark(",") || t[i - 1].lower == "and",
               let last = out.last, last.value.day == nil, let lm = last.value.month, let ly = last.value.year,
               last.tokens.upperBound == i - 1 || last.tokens.upperBound == i - 2 && t[i - 2].isMark(","),
               !(i + 1 < end && (day(t, at: i + 1) != nil || isYear(t, at: i + 1) != nil)) {
                out.append(DateMention(tokens: i..<(i + 1), value: DateValue(year: m >= lm ? ly : ly + 1, month: m, day: nil), relative: false))
                i += 1; continue
            }
            // "the August summit", "this May's talks": a month alone naming the meeting after it ("last May's" is read above).
            if t[i].is(.month), t[i].isCapitalized, i > s.tokens.lowerBound, t[i - 1].is(.article) || t[i - 1].is(.dateOpener),
               ["the", "this"].contains(t[i - 1].lower), let m = Lexicon.months[w],
               let n = [i + 1, i + 2].first(where: { $0 < end && t[$0].is(.meetingTrigger) }), n == i + 1 || t[i + 1].kind == .possessive,
               let a = articleDate, let year = a.year, let month = a.month {
                out.append(DateMention(tokens: i..<(i + 1), value: DateValue(year: m > month ? year - 1 : year, month: m, day: nil), relative: false))
                i += 1; continue
            }
            if let m = Lexicon.months[w], t[i].isCapitalized, !(w == "may" && !(i + 1 < end && (day(t, at: i + 1) != nil || isYear(t, at: i + 1) != nil))) {
                // Month Day[, Year] or Month Year; "Feb. 12": an abbreviated month keeps its dot.
                let dot = i + 2 < end && t[i + 1].isMark(".") && t[i].lower.utf8.count <= 4 && !["may", "june", "july"].contains(w) ? 1 : 0
                if i + 1 + dot < end, let d = day(t, at: i + 1 + dot) {
                    var j = i + 2 + dot
                    // ("on January 23-24, when ...": the days told together are one mention, dated by the first.)
                    if j + 1 < end, t[j].isDashMark || t[j].isMark("-"), let last = day(t, at: j + 1), last > d, last - d <= 6 { j += 2 }
                    var y: Int? = nil
                    if j < end, t[j].isMark(","), j + 1 < end, let yy = isYear(t, at: j + 1) { y = yy; j += 2 } else if j < end, let yy = isYear(t, at: j) { y = yy; j += 1 }
                    out.append(DateMention(tokens: i..<j, value: DateValue(year: y ?? yearOfDay(m, d, at: i, doc, in: s, articleDate), month: m, day: d), relative: false,
                                           yearGuessed: y == nil))
                    i = j; continue
                }
                if i + 1 < end, let y = isYear(t, at: i + 1) {
                    out.append(DateMention(tokens: i..<(i + 2), value: DateValue(year: y, month: m, day: nil), relative: false))
                    i += 2; continue
                }
            }
            // ("over 24 and 25 November": two days told together are one mention, dated by the first.)
            if let d = day(t, at: i), i + 3 < end, t[i + 1].lower == "and", let last = day(t, at: i + 2), last > d, last - d <= 6,
               let m = Lexicon.months[t[i + 3].lower], t[i + 3].isCapitalized {
                var j = i + 4
                var y: Int? = nil
                if j < end, let yy = isYear(t, at: j) { y = yy; j += 1 }
                out.append(DateMention(tokens: i..<j, value: DateValue(year: y ?? yearOfDay(m, d, at: i, doc, in: s, articleDate), month: m, day: d), relative: false,
                                       yearGuessed: y == nil))
                i = j; continue
            }
            if let d = day(t, at: i), i + 1 < end, let m = Lexicon.months[t[i + 1].lower], t[i + 1].isCapitalized {
                var j = i + 2
                var y: Int? = nil
                // ("24 Nov, 2025 06:05 PM": a comma may part the month from its year; "on 16 May, 2000 people" counts.)
                if j < end, let yy = isYear(t, at: j) { y = yy; j += 1 } else if j + 1 < end, t[j].isMark(","), let yy = isYear(t, at: j + 1),
                    !(j + 2 < end && t[j + 2].isWord && !t[j + 2].isCapitalized) { y = yy; j += 2 }
                out.append(DateMention(tokens: i..<j, value: DateValue(year: y ?? yearOfDay(m, d, at: i, doc, in: s, articleDate), month: m, day: d), relative: false,
                                       yearGuessed: y == nil))
                i = j; continue
            }
            // ("in spring 2022", "the autumn of 2024": a season keeps only its year.)
            // ("the 2022 Istanbul negotiations", "the 2019 summit", "their 2018 summit in Helsinki": a year naming the meeting
            // after it.)
            if let y = isYear(t, at: i), i > s.tokens.lowerBound, ["in", "from", "of", "spring", "summer", "autumn", "fall", "winter"].contains(t[i - 1].lower)
                || (t[i - 1].is(.article) || Self.possessiveDeterminers.contains(t[i - 1].lower)) && namesMeetingAfter(t, i + 1, end) {
                out.append(DateMention(tokens: i..<(i + 1), value: DateValue(year: y, month: nil, day: nil), relative: false))
                i += 1; continue
            }
            // "Thursday, October 16", "Tuesday 19 August 2025": the weekday only names the day the date gives.
            if Lexicon.weekdays[w] != nil, i + 2 < end, let next = [i + 1, i + 2].first(where: { !t[$0].isMark(",") }),
               next == i + 1 || t[i + 1].isMark(","), t[next].is(.month) && t[next].isCapitalized || day(t, at: next) != nil && next + 1 < end && t[next + 1].is(.month) {
                i += 1; continue
            }
            if let wd = Lexicon.weekdays[w], let a = articleDate, let o = a.ordinal, let aw = a.weekday {
                // The most recent such weekday on or before the article's date; the next one on or
                // after it when the clause speaks of the future ("will host the talks on Monday").
                // "last Monday" in a Monday's paper is a week before; "next Monday" a week after.
                let before = i > s.tokens.lowerBound ? t[i - 1].lower : ""
                // ("announced a prisoner swap for Wednesday", "set for Friday": a day something is set for is ahead.)
                let setFor = before == "for" && !(i + 1 < end && t[i + 1].kind == .possessive)
                // ("would speak with Zelenskyy later Sunday", in Monday's paper: later on that day, told of the past one; "will
                // hold a phone call later Monday" is still ahead.)
                let laterThatDay = (before == "later" || before == "earlier")
                    && !(max(s.tokens.lowerBound, i - 10)..<i).contains { ["will", "shall", "'ll"].contains(t[$0].lower) }
                var offset = !laterThatDay && (isFuture(before: i, doc, in: s) || before == "next" || setFor || namesEventAhead(i, doc, in: s)
                    || frontedDayAhead(i, doc, in: s))
                    ? (wd - aw + 7) % 7 : -((aw - wd + 7) % 7)
                if offset == 0, before == "last" { offset = -7 } else if offset == 0, before == "next" { offset = 7 }
                out.append(DateMention(tokens: i..<(i + 1), value: DateValue(ordinal: o + offset), relative: true))
                i += 1; continue
            }
            if let d = monthOrYearAround(t, at: i, end: end, articleDate: articleDate) {
                out.append(d)
                i = d.tokens.upperBound; continue
            }
            // "meet today": the article's own date.
            if w == "today" || w == "tonight", let a = articleDate, a.day != nil {
                out.append(DateMention(tokens: i..<(i + 1), value: a, relative: true))
                i += 1; continue
            }
            // ("Trump said yesterday he would meet Putin", in a wire story datelined the next morning: the day before it.)
            if w == "yesterday", let a = articleDate, a.day != nil, let o = a.ordinal {
                out.append(DateMention(tokens: i..<(i + 1), value: DateValue(ordinal: o - 1), relative: true))
                i += 1; continue
            }
            // ("Macron is this evening hosting an emergency meeting": the article's own day too.)
            if w == "this", i + 1 < end, Self.timesOfDay.contains(t[i + 1].lower), let a = articleDate, a.day != nil {
                out.append(DateMention(tokens: i..<(i + 2), value: a, relative: true))
                i += 2; continue
            }
            if let d = countedFromEarlier(doc, at: i, end: end, earlier: out.last { !MetadataRules.isLeadDateline(doc, $0) }) {
                out.append(d)
                i = d.tokens.upperBound; continue
            }
            // ("On Feb. 5, the delegations agreed to exchange 314 prisoners, and the swap ... was carried out the same day": the
            // same day as one the sentence told before, outside a relative clause; counted days keep the last one told.)
            let told = out.last { $0.value.day != nil && $0.value.year != nil && !inRelativeClause($0, t, s) }?.value
            if let d = withinTheDay(t, at: i, end: end, today: today, anchor: told ?? anchor) ?? counted(doc, at: i, end: end, anchor: told ?? anchor)
                ?? thatMonth(t, at: i, end: end, anchor: told ?? anchor) {
                out.append(d)
                i = d.tokens.upperBound; continue
            }
            // ("The following evening", "the next morning": a part of the day after.)
            if ["following", "next", "previous"].contains(w), i + 1 < end, Self.dayParts.contains(t[i + 1].lower),
               // ("On Dec. 27, ... the following day": after a day told earlier in the same sentence.)
               i > s.tokens.lowerBound, t[i - 1].lower == "the",
               let base = out.last(where: { !$0.relative && $0.value.day != nil && $0.value.year != nil })?.value ?? anchor, let o = base.ordinal {
                out.append(DateMention(tokens: (i - 1)..<(i + 2), value: DateValue(ordinal: o + (w == "previous" ? -1 : 1)), relative: true))
                i += 2; continue
            }
            i += 1
        }
        return joiningRanges(inListOrder(inYearNamed(out, t)), doc, in: s)
    }

    /// "talks resumed in Istanbul last year, with rounds on May 16, June 2 and July 23": days told without a year take
    /// the one year the sentence counts from the article's ("last year", "this year").
    /// ("three rounds of direct talks in Istanbul in 2025 - on May 16, June 2 and July 23": a year "in" names right before
    /// the days, or right after them.)
    private static func inYearNamed(_ found: [DateMention], _ t: [Token]) -> [DateMention] {
        let guessed = found.filter { $0.yearGuessed && $0.value.day != nil }
        guard let first = guessed.first, let last = guessed.last else { return found }
        let years = Set(found.filter { y in
            // (Not "at war since the full-scale invasion in 2022, held talks ... on July 23": a comma or "since" parts them.)
            // (Nor "who led Russia's team at last year's talks in Istanbul - took over from Kostyukov, who had headed ... on
            // Jan. 23-24": the days of a relative clause opened after the year.)
            y.value.month == nil && (y.relative && !relativeClauseBetween(y, first, t)
                || y.tokens.lowerBound > 0 && t[y.tokens.lowerBound - 1].lower == "in"
                && !(max(0, y.tokens.lowerBound - 6)..<y.tokens.lowerBound).contains { t[$0].lower == "since" }
                && ((0..<7).contains(first.tokens.lowerBound - y.tokens.upperBound)
                    && !(y.tokens.upperBound..<first.tokens.lowerBound).contains { t[$0].isMark(",") || t[$0].isMark(";") }
                    || (0..<3).contains(y.tokens.lowerBound - last.tokens.upperBound)))
        }.compactMap { $0.value.year })
        guard years.count == 1, let year = years.first else { return found }
        return found.map { d in
            guard d.yearGuessed, let m = d.value.month, let day = d.value.day else { return d }
            var named = d
            named.value = DateValue(year: year, month: m, day: day)
            return named
        }
    }

    /// Whether a relative pronoun stands between year `y` and the later day `day`.
    private static func relativeClauseBetween(_ y: DateMention, _ day: DateMention, _ t: [Token]) -> Bool {
        y.tokens.upperBound < day.tokens.lowerBound
            && (y.tokens.upperBound..<day.tokens.lowerBound).contains { relativePronouns.contains(t[$0].lower) }
    }

    static let relativePronouns: WordSet = ["who", "which", "whom", "whose"]

    /// "on May 16, June 2 and July 23", told in February: days listed together run in order, so a day guessed into the
    /// article's year before one the year before it is of that earlier year too.
    private static func inListOrder(_ found: [DateMention]) -> [DateMention] {
        var out = found
        for k in out.indices.dropLast().reversed() {
            let next = out[k + 1].value
            guard out[k].yearGuessed, out[k + 1].tokens.lowerBound - out[k].tokens.upperBound <= 2,
                  let y = out[k].value.year, let m = out[k].value.month, let d = out[k].value.day,
                  let ny = next.year, let nm = next.month, next.day != nil, ny < y, (m, d) < (nm, next.day ?? 0) else { continue }
            out[k].value = DateValue(year: ny, month: m, day: d)
        }
        return out
    }

    /// A future marker earlier in the clause of token `i` ("will", "is due to", "scheduled").
    static func isFuture(before i: Int, _ doc: Document, in s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 20, !doc.tokens[k].isMark(";"), !doc.tokens[k].is(.sayingVerb) || isSoCalled(k, doc, s) {
            // ("abandoned plans for a ministerial meeting, and the talks on Wednesday went ahead": another clause's words.)
            if doc.tokens[k].isMark(","), k + 1 < i, ["and", "but"].contains(doc.tokens[k + 1].lower) { return false }
            // ("a meeting expected this week was shelved after the two men spoke by phone on Monday": a past verb nearer.)
            // ("will be held on Monday" is still to come.)
            // (Not the "called" of "the so-called coalition".)
            if Lexicon.pastEventVerbs.contains(doc.tokens[k].lower), k == s.tokens.lowerBound || !["be", "been", "being"].contains(doc.tokens[k - 1].lower),
               !isSoCalled(k, doc, s) {
                return false
            }
            if Lexicon.futureTense.contains(doc.tokens[k].lower) { return true }
            if Lexicon.futureBeforeTo.contains(doc.tokens[k].lower), k + 1 < i, doc.tokens[k + 1].lower == "to" { return true }
            // ("Zelensky said he hoped to meet Trump again in January": a hope told in reported speech is still ahead; not "had
            // hoped to meet Putin in May".)
            if doc.tokens[k].lower == "hoped", k + 1 < i, doc.tokens[k + 1].lower == "to", k - 2 >= s.tokens.lowerBound,
               doc.tokens[k - 1].is(.personalPronoun), doc.tokens[k - 2].is(.sayingVerb) { return true }
            // ("discussed the possibility of a meeting in Washington in January": a possibility is still to come.)
            // (Not "the possibility of a meeting ... had been on the agenda of Wednesday's talks": a verb of its own between.)
            if Self.possibilityNouns.contains(doc.tokens[k].lower), k + 1 < i, ["of", "for"].contains(doc.tokens[k + 1].lower),
               !(k + 2..<i).contains(where: { Lexicon.auxiliaryVerbs.contains(doc.tokens[$0].lower) }) { return true }
            // ("Putin is due in New Delhi in December": expected at a place.)
            if doc.tokens[k].lower == "due", k + 1 < i, ["in", "at"].contains(doc.tokens[k + 1].lower) { return true }
            // "Türkiye to host the second round on Monday": a headline's infinitive of an event to come.
            if doc.tokens[k].lower == "to", k + 1 < i, Lexicon.eventVerbs.contains(doc.tokens[k + 1].lower),
               k == s.tokens.lowerBound + 1 || doc.paragraphs[s.paragraph].kind == .heading { return true }
            k -= 1
        }
        return false
    }

    /// Whether the date stands in a relative clause opened after a comma ("Russia and Ukraine, which held talks on May 16,").
    static func inRelativeClause(_ d: DateMention, _ t: [Token], _ s: Sentence) -> Bool {
        guard let comma = (s.tokens.lowerBound..<d.tokens.lowerBound).last(where: { t[$0].isMark(",") }), comma + 1 < d.tokens.lowerBound
        else { return false }
        return ["which", "who", "where", "whose"].contains(t[comma + 1].lower)
    }

    /// "so-called" and "so called": an adjective, not a verb of calling.
    static func isSoCalled(_ k: Int, _ doc: Document, _ s: Sentence) -> Bool {
        let t = doc.tokens
        guard t[k].lower == "called", k > s.tokens.lowerBound else { return false }
        return t[k - 1].lower == "so" || t[k - 1].isMark("-") && k - 2 >= s.tokens.lowerBound && t[k - 2].lower == "so"
    }

    static let possessiveDeterminers: WordSet = ["their", "his", "her", "its"]
    static let possibilityNouns: WordSet = ["possibility", "prospect", "prospects", "proposal", "idea"]

    /// "his Monday meeting with Trump in Washington would cover ...", "Friday's talks will focus on ...": a weekday naming an
    /// event whose own verb, after it, is still to come.
    static func namesEventAhead(_ i: Int, _ doc: Document, in s: Sentence) -> Bool {
        let t = doc.tokens
        var n = i + 1
        if n < s.tokens.upperBound, t[n].kind == .possessive { n += 1 }
        guard n < s.tokens.upperBound, t[n].is(.talksNoun) || t[n].is(.summitNoun) || Self.eventNouns.contains(t[n].lower) else { return false }
        var k = n + 1
        while k < s.tokens.upperBound, k - n <= 12, t[k].kind != .punct || PeopleRules.isInnerDot(doc, k) {
            if Self.futureAuxiliaries.contains(t[k].lower) { return true }
            if t[k].is(.sayingVerb) || Lexicon.pastEventVerbs.contains(t[k].lower) || Lexicon.clauseOpeners.contains(t[k].lower) { return false }
            k += 1
        }
        return false
    }

    static let eventNouns: WordSet = ["trip", "visit", "call", "exchange"]
    static let futureAuxiliaries: WordSet = ["will", "would", "shall"]

    /// "between June 20 and June 30", "from June 20 to June 30": one span of days, kept as the
    /// month they share (the meeting's day is not known), or as its first day across months.
    static func joiningRanges(_ found: [DateMention], _ doc: Document, in s: Sentence) -> [DateMention] {
        let t = doc.tokens
        var out: [DateMention] = []
        var k = 0
        while k < found.count {
            let a = found[k]
            if k + 1 < found.count, a.value.day != nil, !a.relative, a.tokens.lowerBound > s.tokens.lowerBound,
               ["between", "from"].contains(t[a.tokens.lowerBound - 1].lower) {
                let b = found[k + 1]
                if b.tokens.lowerBound == a.tokens.upperBound + 1, ["and", "to", "-", "\u{2013}"].contains(t[a.tokens.upperBound].lower),
                   b.value.day != nil, !b.relative {
                    // (A window is dated by its first day, as a multi-day event is; one still ahead is no day at all.)
                    out.append(DateMention(tokens: a.tokens.lowerBound..<b.tokens.upperBound, value: a.value, relative: false))
                    k += 2; continue
                }
            }
            out.append(firstDayOfWindow(closedBy: a, t, in: s) ?? a)
            k += 1
        }
        return out
    }

    static let dayParts: WordSet = ["day", "morning", "afternoon", "evening", "night"]

    /// "between 23 and 25 May", "from 20 to 30 June": a bare first day before the mention of the last one.
    /// ("held two days of talks in Berlin on 14 and 15 December": days told together, dated by the first.)
    private static func firstDayOfWindow(closedBy d: DateMention, _ t: [Token], in s: Sentence) -> DateMention? {
        let a = d.tokens.lowerBound
        guard a - 3 >= s.tokens.lowerBound, !d.relative, let last = d.value.day, t[a - 2].kind == .number,
              ["and", "to", "-", "\u{2013}"].contains(t[a - 1].lower),
              // ("on 23–24 January and 4–5 February": a dash joins the days of the second span too.)
              ["between", "from", "on"].contains(t[a - 3].lower) || [",", "and"].contains(t[a - 3].lower) && ["-", "\u{2013}"].contains(t[a - 1].lower),
              let first = Int(t[a - 2].text), first >= 1, first < last,
              // ("on 14 and 15 December" is a span of days; "on 2 and 23 July" two days apart.)
              ["between", "from"].contains(t[a - 3].lower) || last - first <= 3 else { return nil }
        return DateMention(tokens: (a - 2)..<d.tokens.upperBound, value: DateValue(year: d.value.year, month: d.value.month, day: first),
                           relative: false)
    }
}

extension Meeting {
    /// Sets the meeting's day: its ISO date (nil when the year is unknown) and its month and day together.
    mutating func setDay(_ day: DateValue) {
        date = day.iso
        monthDay = day.monthDay
    }
}
