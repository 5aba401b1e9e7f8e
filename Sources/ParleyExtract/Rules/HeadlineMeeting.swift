/// A readout's subject: "Telephone conversation with President of the United States Donald Trump",
/// dated March 18, 2025, opens "Vladimir Putin had a telephone conversation with ...". The meeting
/// the headline names and the lead tells as held, with no day of its own, took place the day the
/// page is dated.
extension MeetingRules {
    mutating func datedByHeadline() {
        guard let today = articleDate, today.day != nil, let day = today.iso else { return }
        guard let headline = doc.paragraphs.first(where: { $0.kind == .heading && !$0.tokens.isEmpty }),
              let lead = doc.paragraphs.first(where: { $0.kind == .body && !$0.tokens.isEmpty }),
              headline.tokens.upperBound <= lead.tokens.lowerBound else { return }
        let named = Set(headline.tokens.compactMap { Lexicon.headlineMeetingWords[t[$0].lower] })
        let leadStart = t[lead.tokens.lowerBound].start, leadEnd = t[lead.tokens.upperBound - 1].end
        guard !named.isEmpty, let m = meetings.firstIndex(where: { leadStart <= $0.span.start && $0.span.end <= leadEnd }),
              meetings[m].status == .held, meetings[m].date == nil, named.contains(meetings[m].kind) else { return }
        meetings[m].date = day
        meetings[m].monthDay = today.monthDay
    }

    /// "Ukraine and US say Geneva talks produced 'refined' peace framework": a main round the body never places
    /// is in the city the headline names its talks by ("Geneva talks", "talks in Geneva").
    mutating func placedByHeadline() {
        guard let m = mainTalks, meetings[m].place == nil, meetings[m].venue == nil,
              let headline = doc.paragraphs.first(where: { $0.kind == .heading && !$0.tokens.isEmpty }) else { return }
        let h = headline.tokens
        for k in h where t[k].is(.city) && t[k].isCapitalized {
            let before = k + 1 < h.upperBound && t[k + 1].is(.talksNoun)
            let after = k - 2 >= h.lowerBound && t[k - 1].lower == "in" && t[k - 2].is(.talksNoun)
            if before || after { meetings[m].place = t[k].text; return }
        }
    }

    /// "According to the Russian top diplomat, the talks at Diriyah Palace lasted four and a half hours": a headline
    /// or standfirst naming the talks' venue places the main round the body gives none.
    mutating func venueByHeading() {
        guard let m = mainTalks, meetings[m].venue == nil else { return }
        for para in doc.paragraphs.prefix(4) where para.kind == .heading && para.tokens.count >= 3 {
            let s = Sentence(tokens: para.tokens, paragraph: 0, span: Span(para.start, para.end))
            guard let trigger = para.tokens.first(where: { t[$0].is(.talksNoun) }), let venue = venueIn(s),
                  let head = venueHeadToken(venue, s), head > trigger, head - trigger <= 6 else { continue }
            // (A venue the place table puts in another city than the round's is another event's.)
            if let city = Lexicon.venueCities[venue.lexKey], let place = meetings[m].place, place.lexKey != city.lexKey { return }
            meetings[m].venue = venue
            return
        }
    }
}
