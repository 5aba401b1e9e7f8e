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

    /// "RIYADH, February 18. /TASS/. ... Lavrov told reporters following talks with the American delegation": a held
    /// round the lead under a dated dateline tells without a day of its own took place on the dateline's day.
    mutating func datedByDateline() {
        guard let m = mainTalks, meetings[m].status == .held, meetings[m].date == nil, meetings[m].monthDay == nil,
              let p = datelineParagraph, p < doc.paragraphs.count else { return }
        let para = doc.paragraphs[p]
        guard !meetings[m].parties.isEmpty, para.start <= meetings[m].span.start, meetings[m].span.end <= para.end,
              let lead = doc.sentences.first(where: { $0.tokens.lowerBound == para.tokens.lowerBound }) else { return }
        // The date right after the city and its comma, as the dateline writes it.
        guard let dateline = DateRules.find(doc, in: lead, articleDate: articleDate, anchor: nil).first(where: {
            $0.tokens.lowerBound - para.tokens.lowerBound <= 4 && !$0.relative && $0.value.day != nil
        }), let iso = dateline.value.iso else { return }
        let day = dateline.value
        // ("Ukraine accepted a ceasefire last week during talks in Jeddah": the lead tells its own time.)
        guard !(dateline.tokens.upperBound..<lead.tokens.upperBound).contains(where: { k in
            Self.leadTimeWords.contains(t[k].lower) || t[k].isCapitalized && t[k].is([.weekday, .month])
        }) else { return }
        // (Only the day the article is filed, or the day before.)
        if let published = articleDate?.ordinal, let own = day.ordinal, !(0...1).contains(published - own) { return }
        meetings[m].date = iso
        meetings[m].monthDay = day.monthDay
    }

    /// "ANKARA, Turkey—... leaving Zelensky to fly into Turkey on Thursday ...", then "Zelensky ... spent several hours with
    /// Erdogan at the presidential complex in Ankara": a held leaders' meeting the opening paragraphs tell in the dateline's
    /// own city, with no day of its own, took place on the lead's day.
    mutating func datedByDatelineCity(leadDay: DateValue?) {
        let body = doc.paragraphs.indices.filter { doc.paragraphs[$0].kind == .body }.prefix(4)
        guard let day = leadDay, day.iso != nil, let city = datelineCity?.lexKey, let last = body.last else { return }
        let end = doc.paragraphs[last].end
        for m in meetings.indices where meetings[m].kind == .summit && meetings[m].status == .held && meetings[m].date == nil
            && meetings[m].monthDay == nil && meetings[m].place?.lexKey == city && meetings[m].span.end <= end {
            meetings[m].setDay(day)
        }
    }

    /// "ANCHORAGE, Alaska – Trump and Putin ended their first face-to-face meeting in more than six years on Friday": a held
    /// leaders' meeting the dateline's own paragraph tells, on the lead's day, with no place of its own, was held where the
    /// reporter files from, when that city is in one of its states; a venue its sentence names there is its venue.
    /// (A German host's meeting told under a WARSAW dateline was not in Warsaw.)
    mutating func summitPlacedByDateline(leadDay: DateValue?) {
        guard let city = datelineCity, let state = Lexicon.placeCountry[city.lexKey],
              let p = datelineParagraph, p < doc.paragraphs.count else { return }
        let para = doc.paragraphs[p]
        // (The lead's day, or the article's or the day before: "Trump said on Sunday ..., after hosting Zelensky".)
        let days = [leadDay?.iso] + [0, 1].map { back in articleDate?.ordinal.map { DateValue(ordinal: $0 - back).iso } ?? nil }
        for m in meetings.indices where meetings[m].kind == .summit && meetings[m].status == .held && meetings[m].place == nil
            && meetings[m].date.map({ days.contains($0) }) ?? false && meetings[m].parties.contains(state)
            && para.start <= meetings[m].span.start && meetings[m].span.end <= para.end {
            meetings[m].place = city
            guard meetings[m].venue == nil,
                  let s = doc.sentences.first(where: { $0.span.start <= meetings[m].span.start && meetings[m].span.end <= $0.span.end }),
                  let venue = venueIn(s), Lexicon.venueCities[venue.lexKey]?.lexKey == city.lexKey else { continue }
            meetings[m].venue = venue
        }
    }

    /// Words by which a lead tells a time other than the dateline's day.
    static let leadTimeWords: WordSet = ["week", "weeks", "month", "months", "ago", "yesterday", "earlier", "last", "previous",
                                         "recently", "since", "weekend", "tomorrow"]

    /// Past forms of what is done at talks, right before "today".
    static let doneAtTalks: WordSet = ["agreed", "held", "met", "signed", "reached", "exchanged", "discussed", "negotiated", "concluded", "ended"]
}
