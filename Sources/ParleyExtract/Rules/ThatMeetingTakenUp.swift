extension MeetingRules {
    /// "... led a Ukrainian delegation at talks in Florida. That meeting, at a private club in Hallandale Beach, lasted about
    /// four hours.": "that" opening the sentence takes up talks told in the sentence just before (not the article's main
    /// round), when no other meeting was told since; a city of the same state refines their place. True when handled.
    mutating func thatMeetingTakenUp(_ i: Int, _ s: Sentence, place: String?, venue: String?) -> Bool {
        guard i == s.tokens.lowerBound + 1, t[i - 1].lower == "that", s.tokens.lowerBound > 0,
              let m = meetings.lastIndex(where: { $0.span.start < s.span.start }), meetings[m].kind == .talks else { return false }
        let before = t[s.tokens.lowerBound - 1].sentence
        guard before < doc.sentences.count, meetings[m].span.start >= doc.sentences[before].span.start else { return false }
        if let place, let known = meetings[m].place, place != known {
            guard refines(place, known) else { return false }
            meetings[m].place = place
        }
        if meetings[m].venue == nil { meetings[m].venue = venue }
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
        return true
    }
}

extension MeetingRules {
    /// "Ushakov described that encounter as 'extremely frank'", "at this meeting": a demonstrative takes up a meeting told
    /// before the sentence; it is no meeting of its own. (Not "said that meeting Putin was possible": "that" opening a
    /// clause.)
    func demonstrativeMeetingTakenUp(_ i: Int, _ s: Sentence) -> Bool {
        guard i - 1 > s.tokens.lowerBound, Self.demonstratives.contains(t[i - 1].lower), Self.encounterNouns.contains(t[i].lower) else { return false }
        // ("Peskov said that meeting would be useful", "adding that meeting between ...": "that" opening what was said.)
        // ("described that encounter as 'extremely frank'": a verb of describing or calling takes the meeting as its object.)
        let clauseOpener = t[i - 1].lower == "that" && (max(s.tokens.lowerBound, i - 3)..<(i - 1)).contains { k in
            t[k].is(.sayingVerb) && !t[k].is(.asVerb) && !Lexicon.callingVerbs.contains(t[k].lower) }
        // (Not one told with its own sides or place: "this meeting with Putin in Budapest".)
        let ownPhrase = i + 1 < s.tokens.upperBound && Self.ownMeetingPhrase.contains(t[i + 1].lower)
        guard !clauseOpener, !ownPhrase, i + 1 == s.tokens.upperBound || !(people.personAt[i + 1] != nil || t[i + 1].is(.article)),
              meetings.contains(where: { $0.span.start < s.span.start }) else { return false }
        // (Not kept as a mention: the sentence goes on about what it tells, "and said Russia's team would fly to the
        // Emirates", not about that meeting's delegations.)
        return true
    }

    static let demonstratives: WordSet = ["that", "this"]
    static let ownMeetingPhrase: WordSet = ["with", "between", "in", "at"]
}

extension MeetingRules {
    /// "Trump confirmed the Monday meeting with Zelenskyy", after "he would travel to Washington for talks at the White House on
    /// Monday": a weekday naming a meeting takes up one told before on that weekday, within a week of the article, whichever
    /// way the weekday alone would be read.
    mutating func weekdayMeetingTakenUp(_ i: Int, _ s: Sentence) -> Bool {
        // (Not "a Sunday meeting with European leaders in Berlin": one of its own.)
        guard i - 1 > s.tokens.lowerBound, t[i - 1].is(.weekday), t[i - 2].lower == "the" || Self.possessivePronouns.contains(t[i - 2].lower),
              !(i + 1 < s.tokens.upperBound && (t[i + 1].lower == "in" || t[i + 1].lower == "between")),
              let wd = Lexicon.weekdays[t[i - 1].lower], let published = articleDate?.ordinal,
              let m = meetings.lastIndex(where: { m in m.span.start < s.span.start && m.date.flatMap(DateValue.parseISO).map { d in
                  d.weekday == wd && d.ordinal.map { abs($0 - published) <= 7 } ?? false } ?? false }) else { return false }
        meetings[m].mentions.append(doc.span(tokens: i..<(i + 1)))
        return true
    }
}

extension MeetingRules {
    /// "After their talks, Mr Trump and Mr Zelensky joined a video call": talks named only to open the sentence with a time,
    /// after a meeting was told, are that meeting.
    func frontedTalksTakenUp(_ i: Int, _ s: Sentence) -> Bool {
        let k = s.tokens.lowerBound
        return i == k + 2 && i + 1 < s.tokens.upperBound && t[i + 1].isMark(",") && Self.beforeOrAfter.contains(t[k].lower)
            && (t[k + 1].lower == "the" || Self.possessiveDeterminers.contains(t[k + 1].lower))
            && meetings.contains(where: { $0.span.start < s.span.start && $0.status == .held })
    }
}
