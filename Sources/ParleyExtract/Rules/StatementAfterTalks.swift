extension MeetingRules {
    /// "US and Ukrainian negotiators said on Sunday ... after a day of talks in Geneva", "Trump said Monday
    /// that ... after he spoke with Putin": a statement made after the talks, call or summit the sentence introduces,
    /// on a day within two days of the article, dates them when nothing else does (a news lead tells the
    /// day's outcome).
    mutating func datedByStatementAfter(_ m: Int, _ s: Sentence, _ found: [DateMention]) {
        guard meetings[m].status == .held, meetings[m].date == nil, meetings[m].monthDay == nil,
              let trigger = s.tokens.first(where: { t[$0].start == meetings[m].span.start }),
              let day = statementDay(after: trigger, s, found) else { return }
        meetings[m].setDay(day)
    }

    /// ("Rubio said the Geneva meeting was the most productive so far", then "US and Ukrainian negotiators said on Sunday
    /// ..., after a day of talks in Switzerland": the main round told again after a statement, in its own state.)
    mutating func mainRoundDatedByStatementAfter(_ s: Sentence, _ found: [DateMention], known: Int) {
        guard let m = mainTalks, m < known, meetings[m].status == .held, meetings[m].date == nil, meetings[m].monthDay == nil,
              s.mayHave(.talksNoun) else { return }
        for k in s.tokens where t[k].is(.talksNoun) && t[k].quote == nil {
            // (The place right after the noun: "talks in Switzerland that followed days of alarm in Kyiv".)
            let place = k + 2 < s.tokens.upperBound && t[k + 1].lower == "in" && t[k + 2].isCapitalized ? t[k + 2].text : nil
            guard place == nil || place == meetings[m].place || meetings[m].place.map({ known in
                Lexicon.placeCountry[known.lexKey] != nil && Lexicon.placeCountry[known.lexKey] == Lexicon.placeCountry[place!.lexKey] }) ?? false
            else { continue }
            if let day = statementDay(after: k, s, found) { meetings[m].setDay(day); return }
        }
    }

    /// The day of a statement the sentence tells before "after" the noun at `trigger`, within two days of the article.
    private func statementDay(after trigger: Int, _ s: Sentence, _ found: [DateMention]) -> DateValue? {
        // ("said on Tuesday ..., after weekend talks in Geneva": talks that tell their own time are not of the statement's day.)
        guard let published = articleDate?.ordinal, !(trigger > s.tokens.lowerBound && Self.ownTimeWords.contains(t[trigger - 1].lower))
        else { return nil }
        var k = trigger - 1
        // Back over "a day of", "more than eight hours of", "hours of closed-door" to "after" or "following".
        while k > s.tokens.lowerBound, trigger - k <= 8, t[k].isWord || t[k].kind == .number || t[k].isMark("-"), !Self.afterWords.contains(t[k].lower),
              !isEndOf(k, s) { k -= 1 }
        guard k >= s.tokens.lowerBound, Self.afterWords.contains(t[k].lower) || isEndOf(k, s) else { return nil }
        let said = found.first { d in
            d.tokens.upperBound <= k && (datesStatement(d) || datesPastVerb(d)) && d.value.day != nil && !MetadataRules.isLeadDateline(doc, d)
                && d.value.ordinal.map { published - $0 >= 0 && published - $0 <= 2 } ?? false
        }
        return said?.value
    }

    static let afterWords: WordSet = ["after", "following"]
    /// Verbs by which one meeting is set after another: "That meeting came hours after ...", "The talks opened hours after ...".
    static let cameOrOpened: WordSet = ["came", "opened", "began", "started"]

    /// "at the end of a marathon session": as good as "after" it.
    private func isEndOf(_ k: Int, _ s: Sentence) -> Bool {
        k - 2 >= s.tokens.lowerBound && t[k].end - t[k].start == 3 && t[k].lower == "end" && t[k - 1].lower == "the" && t[k - 2].lower == "at"
    }

    /// "Ukraine on Tuesday endorsed ...": the day of what a subject did, told before its verb in the past.
    private func datesPastVerb(_ d: DateMention) -> Bool {
        guard d.tokens.lowerBound > 0, d.tokens.upperBound < t.count, t[d.tokens.lowerBound - 1].lower == "on" else { return false }
        let v = t[d.tokens.upperBound]
        return v.isWord && !v.isCapitalized && v.lower.hasSuffix("ed")
    }
}
