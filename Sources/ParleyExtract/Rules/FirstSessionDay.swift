extension MeetingRules {
    /// "Merz hosted two days of talks in Berlin in mid-December; the first session, on December 14, ran for five hours":
    /// talks the sentence dates only by their month begin on the day its first session is told (a round is dated by its
    /// first day).
    mutating func firstSessionDay(_ s: Sentence, dates: [DateMention], since first: Int) {
        guard first < meetings.count else { return }
        for d in dates where d.value.day != nil && !d.relative {
            guard let iso = d.value.iso, d.tokens.lowerBound - 4 >= s.tokens.lowerBound,
                  (d.tokens.lowerBound - 4..<d.tokens.lowerBound).contains(where: { k in
                      Self.sessionNouns.contains(t[k].lower) && k > s.tokens.lowerBound && Self.firstWords.contains(t[k - 1].lower) }) else { continue }
            for m in first..<meetings.count where meetings[m].kind == .talks {
                guard let month = meetings[m].date, month.count == 7, iso.hasPrefix(month) else { continue }
                meetings[m].setDay(d.value)
            }
        }
    }

    static let sessionNouns: WordSet = ["session", "sitting", "day"]
    static let firstWords: WordSet = ["first", "opening"]
}

extension MeetingRules {
    /// "... on Tuesday, when France, the UK and Ukraine signed a declaration of intent in Paris. The document was signed at
    /// the Élysée Palace ... at a summit": the document signed again is the one just told, and so is its day.
    mutating func daySignedBefore(_ s: Sentence, since first: Int, anchor day: DateValue?, anchorParagraph: Int) {
        let a = s.tokens.lowerBound
        guard first < meetings.count, let day, day.day != nil, anchorParagraph == s.paragraph || anchorParagraph == s.paragraph - 1,
              a + 3 < s.tokens.upperBound, t[a].lower == "the", Self.documentNouns.contains(t[a + 1].lower),
              Self.signedWords.contains(t[a + 3].lower), t[a + 2].lower == "was" || t[a + 2].lower == "were",
              (max(0, a - 60)..<a).contains(where: { Self.signedWords.contains(t[$0].lower) }) else { return }
        // (Only a meeting it was signed at: not "signed after months of talks", "before a meeting with Trump".)
        for m in first..<meetings.count where meetings[m].date == nil && meetings[m].monthDay == nil {
            guard let k = Document.tokenIndex(in: t, startingAt: meetings[m].span.start), k - 2 >= a, t[k - 2].lower == "at" else { continue }
            meetings[m].setDay(day)
        }
    }

    static let signedWords: WordSet = ["signed"]
}

extension MeetingRules {
    /// "It was the first face-to-face meeting between the two", "This was their third summit": a meeting noun said of "it" is
    /// the meeting told before, past its article or owner and words that qualify it.
    func isTheMeetingJustTold(_ i: Int, _ s: Sentence) -> Bool {
        let a = s.tokens.lowerBound
        // (Of a leaders' meeting: "It was the first direct talks ... since 2022" and "the third round" may tell rounds anew.)
        guard i - a >= 3, Self.encounterNouns.contains(t[i].lower) || t[i].is(.summitNoun) && t[i].lower != "talks",
              Self.itWords.contains(t[a].lower), Self.pastCopulas.contains(t[a + 1].lower) else { return false }
        // (", and the first standalone U.S.-Russian summit since Helsinki": the copula's second complement too.)
        let d = i - a <= 10 ? a + 2 : (max(a + 2, i - 10)..<i).last { k in t[k].is(.article) && k - 2 > a && t[k - 1].lower == "and" && t[k - 2].isMark(",") }
        // (Not a cleft of another meeting: "It was a meeting with Erdogan in Ankara on Sunday that set the stage".)
        guard let d, t[d].lower == "the" || Self.possessivePronouns.contains(t[d].lower) else { return false }
        return (d + 1..<i).allSatisfy { k in t[k].isWord && !t[k].is(.meetingTrigger) && (!t[k].isCapitalized || t[k].is(.stateDemonym) || t[k].is(.statePlace))
            || t[k].isMark("-") }
    }

    static let itWords: WordSet = ["it", "this", "that"]
    static let pastCopulas: WordSet = ["was", "is"]
}
