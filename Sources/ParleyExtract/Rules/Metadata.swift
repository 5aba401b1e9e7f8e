/// Title, publication date and outlet read from the top of the article.
enum MetadataRules {
    /// The first line is a headline when it is a heading-shaped line (short, no final stop)
    /// followed by a blank line or by running text.
    static func title(_ doc: Document) -> String? {
        headline(doc).map { doc.text(doc.paragraphs[$0].start, doc.paragraphs[$0].end) }
    }

    /// The index of the headline's paragraph, when the article opens with one.
    static func headline(_ doc: Document) -> Int? {
        // (A cookie banner or other page debris may come first.)
        let top = doc.paragraphs.prefix(4).firstIndex { $0.kind != .debris } ?? 0
        guard top < doc.paragraphs.count, doc.paragraphs[top].kind == .heading else { return nil }
        // A headline may have one or two deck lines under it before the blank line, the text or the byline.
        var k = sectionLabels(doc, from: top)
        let headline = k
        let first = doc.paragraphs[k]
        while k < top + 2, k + 1 < doc.paragraphs.count, !doc.paragraphs[k].followedByBlank, doc.paragraphs[k + 1].kind == .heading,
              !isBylineOrDateline(doc, doc.paragraphs[k + 1]) { k += 1 }
        if k + 1 < doc.paragraphs.count {
            let next = doc.paragraphs[k + 1]
            guard doc.paragraphs[k].followedByBlank || next.kind == .body || isBylineOrDateline(doc, next) else { return nil }
        }
        if dateline(doc, first) != nil { return nil }
        return headline
    }

    /// The index of the headline under lines that name a section or the site ("WORLD", "Russia-Ukraine war",
    /// "Ukrainska Pravda", "NHK WORLD-JAPAN > News > World", "RBC-Ukraine » News » Politics") or give the time of the page: the first heading of at
    /// least six words after up to three such lines from paragraph `top`; `top` when there are none.
    static func sectionLabels(_ doc: Document, from top: Int) -> Int {
        let p = doc.paragraphs
        for k in (top + 1)..<max(top + 1, min(top + 7, p.count)) {
            let label = p[k - 1]
            let words = doc.tokens[label.tokens].filter { $0.isWord }.count
            let crumbs = doc.tokens[label.tokens].contains { ["/", ">", "›", "»", "|"].contains($0.text) }
            // ("AL-MONITOR" over "The Middle East's leading independent news source since 2012": a masthead of two lines or
            // more, its lines unbroken by a blank, is furniture up to ten words a line.)
            let masthead = k - 1 == top ? !label.followedByBlank : !p[k - 2].followedByBlank && (top..<(k - 1)).allSatisfy { !p[$0].followedByBlank }
            let short = words <= 3 || crumbs && words <= 8 || dateline(doc, label) != nil
            // (A kicker or section of a few words under the masthead: "Ukraine talks in Berlin", "NORTH KOREA".)
            // ("WORLD, RUSSIA-UKRAINE WAR": or a section in capitals at the top.)
            let capitals = words <= 6 && doc.tokens[label.tokens].allSatisfy { !$0.isWord || $0.isAllCaps }
            let kicker = words <= 5 && label.followedByBlank && k - 1 > top || crumbs && words <= 12 || capitals
            guard label.kind == .heading || label.kind == .debris, short || kicker || masthead && words <= 10 else { return top }
            let next = p[k]
            // (A headline may ask: "What happened at the Moscow talks on Trump's Ukraine plan?")
            let asks = next.kind == .body && next.tokens.count <= 24 && doc.tokens[next.tokens.upperBound - 1].isMark("?")
            // ("Ukraine Offers to Shelve Its NATO Dream. The Harder Question Is Land.": a headline in title case.)
            let titled = next.kind == .body && next.tokens.count <= 24 && isTitleCase(doc, next)
            // (Not a line of links: "China | North Korea | Korea | Uyghur | Tibet".)
            let links = doc.tokens[next.tokens].filter { ["|", "/", "›", "»", ">"].contains($0.text) }.count >= 2
            // (Not a masthead's tagline with a kicker and a headline after it: "The Middle East's leading independent news
            // source since 2012", a blank, "Gulf", a blank, then the headline.)
            let kickerAfter = k + 2 < p.count && next.followedByBlank && p[k + 1].kind == .heading && p[k + 1].followedByBlank
                && doc.tokens[p[k + 1].tokens].filter({ $0.isWord }).count <= 5 && p[k + 2].kind == .heading
                && doc.tokens[p[k + 2].tokens].filter({ $0.isWord }).count >= 6
            // (Under lines accepted only as a masthead, the headline comes after a blank: the masthead's own lines do not.)
            if next.kind == .heading || asks || titled, doc.tokens[next.tokens].filter({ $0.isWord }).count >= 6, dateline(doc, next) == nil,
               short || label.followedByBlank, !links, !kickerAfter { return k }
        }
        return top
    }

    /// Whether most words of a line of six or more, other than short function words, are capitalised.
    static func isTitleCase(_ doc: Document, _ para: Paragraph) -> Bool {
        let words = doc.tokens[para.tokens].filter { $0.isWord && $0.end - $0.start > 3 }
        return words.count >= 4 && words.filter(\.isCapitalized).count * 5 >= words.count * 4
    }

    /// "By Jane Doe", "Published 23 May 2025", or a page-credit line under a headline.
    static func isBylineOrDateline(_ doc: Document, _ para: Paragraph) -> Bool {
        if para.kind == .debris || dateline(doc, para) != nil { return true }
        guard let first = doc.tokens[para.tokens].first else { return false }
        return para.tokens.count <= 8 && Lexicon.bylineOpeners.contains(first.lower)
    }

    /// A short line in the first few that holds a full date ("Saturday, May 17, 2025 10:03 am ET"),
    /// or a dateline opening the first paragraphs ("Kyiv, 17 May 2025 - ...").
    static func published(_ doc: Document) -> DateValue? {
        // (Page furniture does not count: a cookie banner, the outlet's name, breadcrumbs, a standfirst and a byline may
        // all come before "Monday 19 May 2025 22:41 BST".)
        // ("Balkan Insight", its network's name, the crumbs, the headline, the standfirst, two authors, their desk and the
        // cities they file from: nine lines before "June 12, 2025 11:05".)
        for para in doc.paragraphs.prefix(16).lazy.filter({ $0.kind != .debris }).prefix(12) where para.kind != .body {
            if let d = dateline(doc, para) { return d }
        }
        for para in doc.paragraphs.prefix(4) where para.kind == .body {
            guard let first = doc.sentences.first(where: { $0.paragraph == doc.tokens[para.tokens.lowerBound].paragraph }) else { continue }
            for m in DateRules.find(doc, in: first, articleDate: nil, anchor: nil)
            where m.value.year != nil && m.value.day != nil && isLeadDateline(doc, m) {
                return m.value
            }
        }
        return yearFirstStamp(doc) ?? yearlessDateline(doc) ?? slashDateByText(doc) ?? shortYearSlashDate(doc)
    }

    /// "by Ellis Morgan - 03/18/25 4:32 PM ET": a slash date with a two-digit year in the page's furniture. A number over
    /// 12 tells which is the day; when both could be, the month comes first only beside an American time zone.
    static func shortYearSlashDate(_ doc: Document) -> DateValue? {
        let s = doc.scalars
        for para in doc.paragraphs.prefix(12) where para.kind != .body || para.tokens.count <= 16 {
            var i = para.start
            while i + 8 <= para.end {
                let digits = [0, 1, 3, 4, 6, 7].allSatisfy { s[i + $0].isDigit }
                if digits, s[i + 2] == "/", s[i + 5] == "/", i == para.start || !s[i - 1].isDigit && s[i - 1] != "/",
                   i + 8 == para.end || !s[i + 8].isDigit && s[i + 8] != "/" {
                    let n = { (k: Int) in Int(s[k].value - 48) * 10 + Int(s[k + 1].value - 48) }
                    let (x, y, year) = (n(i), n(i + 3), 2000 + n(i + 6))
                    let line = String(String.UnicodeScalarView(s[para.start..<para.end]))
                    let american = Self.americanZones.contains { line.hasSuffix(" " + $0) || line.contains(" " + $0 + " ") }
                    if (1...12).contains(x), (13...31).contains(y) || american && (1...31).contains(y) { return DateValue(year: year, month: x, day: y) }
                    if (13...31).contains(x), (1...12).contains(y) { return DateValue(year: year, month: y, day: x) }
                    return nil
                }
                i += 1
            }
        }
        return nil
    }

    static let americanZones = ["ET", "EDT", "EST", "CT", "CDT", "PT", "PDT"]

    /// "2025/08/16 10:47 KST" on a short line of its own, first or last on the page (wire services stamp the end of the
    /// story): year, month and day in that order are read one way only.
    static func yearFirstStamp(_ doc: Document) -> DateValue? {
        let paragraphs = doc.paragraphs.prefix(12) + doc.paragraphs.suffix(8)
        for para in paragraphs where para.tokens.count <= 10 && para.tokens.count >= 5 {
            let t = doc.tokens
            let a = para.tokens.lowerBound
            guard t[a].kind == .number, t[a].end - t[a].start == 4, let y = Int(t[a].text), (1990...2100).contains(y),
                  t[a + 1].isMark("/") || t[a + 1].isMark("-"), t[a + 2].kind == .number, t[a + 3].text == t[a + 1].text,
                  t[a + 4].kind == .number, let m = Int(t[a + 2].text), let d = Int(t[a + 4].text), (1...12).contains(m), (1...31).contains(d)
            else { continue }
            return DateValue(year: y, month: m, day: d)
        }
        return nil
    }

    /// "03/12/2025" on a page of its own, which could be 12 March or 3 December: the reading on or after the latest day
    /// the article names with a month word, and nearest to it (news comes soon after what it tells). Nil when the
    /// article names no such day.
    static func slashDateByText(_ doc: Document) -> DateValue? {
        guard let (a, b) = doc.paragraphs.prefix(6).lazy.filter({ $0.kind != .body }).compactMap({ ambiguousSlashDate(doc, $0) }).first,
              let aDay = a.ordinal, let bDay = b.ordinal else { return nil }
        var latest: Int? = nil
        for s in doc.sentences where doc.isFactual(s) {
            for m in DateRules.find(doc, in: s, articleDate: nil, anchor: nil) where !m.relative && m.value.month != nil && m.value.day != nil {
                guard let day = DateValue(year: m.value.year ?? a.year, month: m.value.month, day: m.value.day).ordinal else { continue }
                latest = max(latest ?? day, day)
            }
        }
        guard let latest else { return nil }
        let readings = [(a, aDay), (b, bDay)].filter { $0.1 >= latest }
        return readings.min { $0.1 < $1.1 }?.0
    }

    /// Both readings of a slash date whose day and month could change places ("03/12/2025").
    private static func ambiguousSlashDate(_ doc: Document, _ para: Paragraph) -> (DateValue, DateValue)? {
        let s = doc.scalars
        var i = para.start
        while i + 10 <= para.end {
            let digits = [0, 1, 3, 4, 6, 7, 8, 9].allSatisfy { s[i + $0].isDigit }
            if digits, s[i + 2] == "/", s[i + 5] == "/", i == para.start || !s[i - 1].isDigit, i + 10 == para.end || !s[i + 10].isDigit {
                let n = { (k: Int, c: Int) in (k..<(k + c)).reduce(0) { $0 * 10 + Int(s[$1].value - 48) } }
                let (x, y, year) = (n(i, 2), n(i + 3, 2), n(i + 6, 4))
                guard (1...12).contains(x), (1...12).contains(y), x != y, (1900...2100).contains(year) else { return nil }
                return (DateValue(year: year, month: x, day: y), DateValue(year: year, month: y, day: x))
            }
            i += 1
        }
        return nil
    }

    /// A wire dateline without its year ("ISTANBUL, May 16 (Reuters) - ... agreed on Friday"):
    /// the lead's weekday names the year, the first on or after the latest year the article names
    /// in which that day falls on that weekday. Nil without a weekday or a year to start from.
    static func yearlessDateline(_ doc: Document) -> DateValue? {
        let t = doc.tokens
        for para in doc.paragraphs.prefix(4) where para.kind == .body {
            guard let first = doc.sentences.first(where: { $0.paragraph == t[para.tokens.lowerBound].paragraph }) else { continue }
            guard let m = DateRules.find(doc, in: first, articleDate: nil, anchor: nil).first(where: {
                $0.value.year == nil && $0.value.day != nil && isLeadDateline(doc, $0)
            }) else { continue }
            guard let weekday = first.tokens.lazy.compactMap({ t[$0].isCapitalized ? Lexicon.weekdays[t[$0].lower] : nil }).first,
                  let latest = t.indices.compactMap({ DateRules.isYear(t, at: $0) }).max() else { return nil }
            for year in latest...(latest + 10) {
                let candidate = DateValue(year: year, month: m.value.month, day: m.value.day)
                if candidate.weekday == weekday { return candidate }
            }
            return nil
        }
        return nil
    }

    /// The latest year the article's text names outside quotations, when some mention of it tells the article's own
    /// time ("the three rounds Türkiye has hosted in 2025"), not only a past one ("the invasion that began in February
    /// 2022", "a 2022 decree", "since 2022").
    static func latestYear(_ doc: Document) -> Int? {
        let t = doc.tokens
        var latest: (year: Int, current: Bool)? = nil
        for k in t.indices where t[k].quote == nil {
            guard let year = DateRules.isYear(t, at: k) else { continue }
            let before = k > 0 ? t[k - 1].lower : ""
            let historical = k > 0 && (t[k - 1].is(.month) || t[k - 1].is(.article) || before == "since")
                || k > 1 && before == "in" && Self.pastStarts.contains(t[k - 2].lower)
            if year > latest?.year ?? Int.min { latest = (year, !historical) } else if year == latest?.year, !historical { latest?.current = true }
        }
        return latest.flatMap { $0.current ? $0.year : nil } ?? yearByWarLength(doc)
    }

    static let pastStarts: WordSet = ["began", "started", "invaded", "launched", "erupted", "broke"]

    /// The city a lead opens with in capitals before a dash or a comma ("ANCHORAGE — President Donald Trump",
    /// "NEW YORK, Aug 16 -"), written as a place name ("Anchorage"); what "met here" means.
    static func datelineCity(_ doc: Document) -> (city: String, paragraph: Int)? {
        let t = doc.tokens
        // (A standfirst may come first: the lead is the first paragraph opening so.)
        // (Pages with many lines of menus and share buttons before the lead: the first twenty paragraphs.)
        for (p, para) in doc.paragraphs.prefix(20).enumerated() where para.kind == .body {
            var k = para.tokens.lowerBound
            while k < para.tokens.upperBound, k - para.tokens.lowerBound < 3, t[k].isWord, t[k].isAllCaps, t[k].end - t[k].start >= 2 { k += 1 }
            guard k > para.tokens.lowerBound, k < para.tokens.upperBound, t[k].isMark(",") || t[k].isDashMark else { continue }
            let words = t[para.tokens.lowerBound..<k].map { $0.text.prefix(1) + $0.text.dropFirst().lowercased() }
            let city = words.joined(separator: " ")
            return Lexicon.cities.contains(city.lexKey) ? (city, p) : nil
        }
        return nil
    }

    /// A full date within the first words of a paragraph and followed by a dash: "KYIV, 17 May 2025 – ...".
    static func isLeadDateline(_ doc: Document, _ m: DateMention) -> Bool {
        let p = doc.tokens[m.tokens.lowerBound].paragraph
        let para = doc.paragraphs[p]
        guard m.tokens.lowerBound - para.tokens.lowerBound <= 6, m.tokens.upperBound < para.tokens.upperBound,
              !isTimelineEntry(doc, p) else { return false }
        var k = m.tokens.upperBound
        // A wire credit may stand between the date and the dash: "May 20, 2025 (Reuters) -".
        if let close = agencyCredit(doc, at: k, limit: para.tokens.upperBound) { k = close + 1 }
        guard k < para.tokens.upperBound else { return false }
        let next = doc.tokens[k]
        return next.kind == .punct && (next.isMark("-") || next.text.unicodeScalars.first!.isDash || next.isMark(":"))
    }

    /// "- Aug. 15: Trump and Putin met in Anchorage.": a paragraph opening "<Month> <day>:", as a list item or next to another
    /// that opens so, is an entry of a timeline, not the article's dateline.
    static func isTimelineEntry(_ doc: Document, _ p: Int) -> Bool {
        let t = doc.tokens
        // (A list item may head with several days: "- May 16, June 2, and July 23, 2025:".)
        func opensWithDay(_ q: Int) -> Bool {
            guard q >= 0, q < doc.paragraphs.count, let a = doc.paragraphs[q].tokens.first, t[a].is(.month) else { return false }
            let r = doc.paragraphs[q].tokens
            return (a + 1..<min(r.upperBound, a + (doc.paragraphs[q].listItem ? 16 : 6))).contains { t[$0].isMark(":") }
        }
        // ("- KYIV, Jan. 7, 2026 (Reuters) - ...": a dateline set as a list item opens with its city, not a day.)
        return opensWithDay(p) && (doc.paragraphs[p].listItem || opensWithDay(p - 1) || opensWithDay(p + 1))
    }

    /// "(Reuters)" or "/TASS/" starting at token `i`: the index of its closing mark.
    static func agencyCredit(_ doc: Document, at i: Int, limit: Int) -> Int? {
        let t = doc.tokens
        guard i < limit, t[i].isMark("(") || t[i].isMark("/") else { return nil }
        let closing = t[i].isMark("(") ? ")" : "/"
        var close = i + 1
        while close < limit, close - i <= 4, t[close].isWord, t[close].isCapitalized || t[close].isAllCaps { close += 1 }
        guard close > i + 1, close < limit, t[close].isMark(closing) else { return nil }
        return close
    }

    static func dateline(_ doc: Document, _ para: Paragraph) -> DateValue? {
        // ("Issued on: 16/06/2025 - 15:12 Modified: 16/06/2025 - 17:40" is 24 tokens.)
        guard para.tokens.count <= 32 else { return nil }
        let s = Sentence(tokens: para.tokens, paragraph: 0, span: Span(para.start, para.end))
        for m in DateRules.find(doc, in: s, articleDate: nil, anchor: nil) where m.value.year != nil && m.value.day != nil {
            return m.value
        }
        if let d = dottedDate(doc, para) ?? yearGluedToTime(doc, para) ?? dayDotMonth(doc, para) { return d }
        // ISO date on its own line: 2025-05-17, or a timestamp 2025-05-17T14:05:00Z (its day glued to the "T").
        let t = doc.tokens
        func isoDay(_ text: String) -> Int? {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let rest = text.dropFirst(digits.count)
            return digits.count == 2 && (rest.isEmpty || rest.first == "T") ? Int(digits) : nil
        }
        for i in para.tokens where i + 4 < para.tokens.upperBound {
            if let y = DateRules.isYear(t, at: i), t[i + 1].isMark("-"), let m = Int(t[i + 2].text), t[i + 3].isMark("-"), let d = isoDay(t[i + 4].text),
               (1...12).contains(m), (1...31).contains(d) {
                return DateValue(year: y, month: m, day: d)
            }
        }
        return nil
    }

    /// "Brussels, 7. Jan 2026, 06:58": a day with the dot of an ordinal before the month, as some European sites print it.
    static func dayDotMonth(_ doc: Document, _ para: Paragraph) -> DateValue? {
        let t = doc.tokens
        for k in para.tokens where k + 3 < para.tokens.upperBound {
            guard let day = DateRules.day(t, at: k), t[k + 1].isMark("."), t[k].end == t[k + 1].start,
                  let month = Lexicon.months[t[k + 2].lower], let year = DateRules.isYear(t, at: k + 3) else { continue }
            return DateValue(year: year, month: month, day: day)
        }
        return nil
    }

    /// "April 29, 20255:02 AM ET": a page's date whose year runs into the time after it, as some sites print it.
    static func yearGluedToTime(_ doc: Document, _ para: Paragraph) -> DateValue? {
        let t = doc.tokens
        for k in para.tokens where k + 4 < para.tokens.upperBound {
            guard let month = Lexicon.months[t[k].lower], let day = DateRules.day(t, at: k + 1), t[k + 2].isMark(","),
                  t[k + 3].kind == .number, t[k + 4].isMark(":") else { continue }
            let digits = t[k + 3].text
            guard digits.count == 5 || digits.count == 6, let year = Int(digits.prefix(4)), (1900...2100).contains(year),
                  let hour = Int(digits.dropFirst(4)), hour < 24 else { continue }
            return DateValue(year: year, month: month, day: day)
        }
        return nil
    }

    /// "01.06.2025" and "19.8.2025" (day, month, year with dots, as many European and Turkish outlets date a
    /// page), "2025.11.24" (year first), or "17/05/2025" and "05/17/2025" with slashes when only one reading is
    /// a date.
    static func dottedDate(_ doc: Document, _ para: Paragraph) -> DateValue? {
        let s = doc.scalars
        var i = para.start
        while i < para.end {
            guard s[i].isDigit, i == para.start || !s[i - 1].isDigit, let date = dateDigits(s, at: i, end: para.end) else { i += 1; continue }
            return date
        }
        return nil
    }

    /// Three groups of digits joined by one mark, read at `i`; nil when they make no date.
    private static func dateDigits(_ s: [Unicode.Scalar], at i: Int, end: Int) -> DateValue? {
        // The end of the run of digits from `a`, with at most `most` of them.
        func digits(from a: Int, most: Int) -> Int? {
            var b = a
            while b < end, b - a <= most, s[b].isDigit { b += 1 }
            return b > a && b - a <= most ? b : nil
        }
        let number = { (a: Int, b: Int) in (a..<b).reduce(0) { $0 * 10 + Int(s[$1].value - 48) } }
        guard let e1 = digits(from: i, most: 4), e1 < end, s[e1] == "." || s[e1] == "/" else { return nil }
        let mark = s[e1]
        guard let e2 = digits(from: e1 + 1, most: 2), e2 < end, s[e2] == mark,
              let e3 = digits(from: e2 + 1, most: 4), e3 == end || !s[e3].isDigit else { return nil }
        let (n1, n2, n3) = (e1 - i, e2 - e1 - 1, e3 - e2 - 1)
        var d: Int, m: Int, y: Int
        if n1 == 4, n3 <= 2, mark == "." {
            (y, m, d) = (number(i, e1), number(e1 + 1, e2), number(e2 + 1, e3))
        } else if n1 <= 2, n3 == 4, mark == "." || n1 == 2 && n2 == 2 {
            (d, m, y) = (number(i, e1), number(e1 + 1, e2), number(e2 + 1, e3))
            if mark == "/", m > 12, d <= 12 { swap(&d, &m) }
            // "03/12/2025" could be either: no guess, unless the date written out right after it names the
            // month ("03/12/2025March 12, 2025", as some pages print it).
            if mark == "/", d <= 12, m <= 12, d != m {
                guard let month = monthWord(after: e3, in: s, end: end), month == d || month == m else { return nil }
                if month == d { swap(&d, &m) }
            }
        } else {
            return nil
        }
        guard (1...31).contains(d), (1...12).contains(m), (1900...2100).contains(y) else { return nil }
        return DateValue(year: y, month: m, day: d)
    }

    /// The month a word starting at `i` (after spaces) names, if it names one.
    private static func monthWord(after i: Int, in s: [Unicode.Scalar], end: Int) -> Int? {
        var a = i
        while a < end, s[a] == " " { a += 1 }
        var b = a
        while b < end, s[b].properties.isAlphabetic { b += 1 }
        return b > a ? Lexicon.months[s.lexKey(a, b)] : nil
    }

    /// "Generated by AI AgentWord on the Street" → "AgentWord on the Street"; agency credits
    /// ("Reporting by AFP") are not outlets.
    static func outlet(_ doc: Document) -> String? {
        for para in doc.paragraphs where para.tokens.count <= 12 {
            // Only the line's start is compared: the longest credit prefix is far shorter than 40 scalars.
            let line = doc.scalars.lexKey(para.start, min(para.end, para.start + 40))
            if Lexicon.agencyCreditPrefixes.contains(where: { line.hasPrefix($0) }) { continue }
            for prefix in Lexicon.outletCreditPrefixes where line.hasPrefix(prefix + " ") {
                let words = Document(prefix).tokens.count
                var i = para.tokens.lowerBound + words
                // Skip descriptors that are not part of a name ("AI", "the staff of").
                while i < para.tokens.upperBound - 1, Lexicon.outletCreditFillers.contains(doc.tokens[i].lower) { i += 1 }
                guard i < para.tokens.upperBound, doc.tokens[i].isCapitalized else { continue }
                return doc.text(tokens: i..<para.tokens.upperBound)
            }
        }
        return outletLine(doc) ?? bylineOutlet(doc) ?? stampOutlet(doc) ?? sourceLineOutlet(doc) ?? datelineAgency(doc)
    }

    /// "Source: Meduza": a short line naming the page's source.
    static func sourceLineOutlet(_ doc: Document) -> String? {
        let t = doc.tokens
        for para in doc.paragraphs.prefix(6) where para.tokens.count >= 3 && para.tokens.count <= 6 {
            let a = para.tokens.lowerBound
            guard t[a].lower == "source", t[a + 1].isMark(":"), t[a + 2].isCapitalized || t[a + 2].isAllCaps else { continue }
            return doc.text(tokens: (a + 2)..<para.tokens.upperBound)
        }
        return nil
    }

    static func isKnownOrganisation(_ doc: Document, _ name: Range<Int>) -> Bool {
        Lexicon.organisations.contains(doc.text(tokens: name).lexKey)
    }

    /// "Euronews | 17/05/2025", "Ukrainska Pravda — Monday, 21 July 2025, 19:47": a short line that
    /// sets a name against the page's date or time.
    static func stampOutlet(_ doc: Document) -> String? {
        let t = doc.tokens
        for para in doc.paragraphs.prefix(5) where para.tokens.count >= 3 && para.tokens.count <= 16 {
            guard let cut = para.tokens.first(where: { t[$0].isMark("|") || t[$0].isMark("—") }), cut > para.tokens.lowerBound,
                  cut - para.tokens.lowerBound <= 4 else { continue }
            let name = para.tokens.lowerBound..<cut
            guard name.allSatisfy({ t[$0].isCapitalized && !t[$0].isAllCaps && !t[$0].is([.place, .month, .weekday]) }),
                  (cut..<para.tokens.upperBound).contains(where: { t[$0].kind == .number }) else { continue }
            // "Merve Aydin |01.06.2025": two or more plain words are an author's name; an outlet is one word
            // or reads as a news organisation.
            guard name.count == 1 || name.contains(where: { t[$0].is(.organisation) || Lexicon.outletHeads.contains(t[$0].lower) })
                    || isKnownOrganisation(doc, name) else { continue }
            return doc.text(tokens: name)
        }
        return nil
    }

    /// "By Jane Doe | The Guardian", "By Tom Harrington, BBC News": the outlet a byline names after
    /// its authors (after a bar, or after a comma when it reads as a news organisation).
    static func bylineOutlet(_ doc: Document) -> String? {
        let t = doc.tokens
        for para in doc.paragraphs.prefix(6) where para.tokens.count >= 3 && para.tokens.count <= 16 && t[para.tokens.lowerBound].text == "By" {
            guard let cut = para.tokens.last(where: { t[$0].isMark("|") || t[$0].isMark(",") }), cut + 1 < para.tokens.upperBound else { continue }
            let name = (cut + 1)..<para.tokens.upperBound
            guard t[name.lowerBound].isCapitalized || t[name.lowerBound].isAllCaps else { continue }
            let newsLike = name.contains { Lexicon.outletHeads.contains(t[$0].lower) || t[$0].is(.organisation) }
            if t[cut].isMark("|") || newsLike { return doc.text(tokens: name) }
        }
        return nil
    }

    /// The agency a wire dateline credits: "KYIV, Ukraine (AP) —", "ISTANBUL, June 2 (Reuters) -",
    /// "ISTANBUL, June 2. /TASS/.".
    static func datelineAgency(_ doc: Document) -> String? {
        let t = doc.tokens
        // (The lead may come after a summary's bullets: the first four paragraphs of running text, wherever they start.)
        let leads = doc.paragraphs.prefix(24).filter { $0.kind == .body }.prefix(4)
        for para in leads where !para.tokens.isEmpty && t[para.tokens.lowerBound].isAllCaps {
            let limit = min(para.tokens.upperBound, para.tokens.lowerBound + 12)
            var i = para.tokens.lowerBound + 1
            while i < limit, !t[i].isMark("("), !t[i].isMark("/") { i += 1 }
            guard i < limit else { continue }
            guard let close = agencyCredit(doc, at: i, limit: limit), close + 1 < para.tokens.upperBound else { continue }
            let next = t[close + 1]
            guard next.kind == .punct, next.isMark("-") || next.isMark(".") || next.text.unicodeScalars.first!.isDash else { continue }
            return doc.text(tokens: (i + 1)..<close)
        }
        return nil
    }
}
