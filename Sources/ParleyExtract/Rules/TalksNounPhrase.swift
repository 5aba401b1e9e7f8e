/// The phrase of a talks noun: a day told right after it, and the side met past its own place and day.
extension MeetingRules {
    /// "The talks on Feb. 4 and 5 followed ...": the noun opens the sentence after "The" and a day follows it at once.
    /// ("The talks, held Wednesday and Thursday in the Emirati capital, followed a first trilateral round there on January 23
    /// and 24": or a day the participle set off after the noun tells, a weekday too.)
    func openingTalksDated(_ i: Int, _ s: Sentence, _ dates: [DateMention]) -> Bool {
        guard i - 1 == s.tokens.lowerBound, t[i - 1].lower == "the", i + 2 < s.tokens.upperBound else { return false }
        if i + 3 < s.tokens.upperBound, t[i + 1].isMark(","), t[i + 2].lower == "held" {
            let at = t[i + 3].lower == "on" ? i + 4 : i + 3
            return dates.contains { $0.tokens.lowerBound == at && $0.value.day != nil }
        }
        return dates.contains { d in isDay(d) && (d.tokens.lowerBound == i + 1 || d.tokens.lowerBound == i + 2 && t[i + 1].lower == "on") }
    }

    /// "talks in Berlin on 14 and 15 December with US envoy Steve Witkoff": the "with" after the noun's own place and
    /// day, with nothing but their words between.
    func partnerPastPlaceAndDay(after i: Int, _ s: Sentence) -> Int? {
        var k = i + 1
        while k < s.tokens.upperBound, k - i <= 12 {
            let w = t[k]
            if Self.partnerPrepositions.contains(w.lower) { return k > i + 1 ? k : nil }
            guard Self.placeAndDayWords.contains(w.lower) || w.isCapitalized || w.kind == .number || w.is([.month, .weekday])
                    || PeopleRules.isInnerDot(doc, k) else { return nil }
            k += 1
        }
        return nil
    }

    static let placeAndDayWords: WordSet = ["in", "on", "at", "of", "the", "and"]
}
