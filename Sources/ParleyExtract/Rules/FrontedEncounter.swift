/// Leaders seen together in a fronted phrase: "Speaking in Ankara alongside Turkish President Recep Tayyip
/// Erdoğan on Tuesday, President Volodymyr Zelensky said ...", "After meeting Erdogan in Ankara, Zelensky said ...".
extension MeetingRules {
    private static let appearanceOpeners: WordSet = ["speaking", "appearing", "standing"]
    private static let companionWords: WordSet = ["alongside", "beside", "meeting", "with"]

    /// Returns the fronted phrase when it told a meeting, whose words then tell no other.
    @discardableResult
    mutating func frontedEncounter(_ s: Sentence, dates: [DateMention]) -> Range<Int>? {
        let a = s.tokens.lowerBound
        guard s.tokens.count > 6, Self.appearanceOpeners.contains(t[a].lower) || t[a].lower == "after" && t[a + 1].lower == "meeting",
              let comma = (a..<min(s.tokens.upperBound, a + 25)).first(where: { t[$0].isMark(",") }) else { return nil }
        // ("Speaking in Dublin on Tuesday, where he met Taoiseach Micheal Martin, Zelensky said": the place's own clause of
        // meeting goes on with the phrase.)
        var end = comma
        if comma + 2 < s.tokens.upperBound, t[comma + 1].lower == "where",
           let next = (comma + 2..<min(s.tokens.upperBound, comma + 25)).first(where: { t[$0].isMark(",") }),
           (comma + 2..<next).contains(where: { t[$0].is(.meetVerb) || t[$0].is(.summitNoun) }) { end = next }
        // The companion: a person right after "alongside", "meeting", "with" (titles between), or a verb of meeting.
        var companion: Int? = nil
        // ("where he joined a summit ... hosted by Lithuanian President Gitanas Nauseda": or the summit's host.)
        for k in a..<end where Self.companionWords.contains(t[k].lower) || k > comma && (t[k].is(.meetVerb)
            || t[k].lower == "by" && t[k - 1].lower == "hosted") {
            var j = k + 1
            while j < end, j - k <= 5, people.personAt[j] == nil, t[j].isWord, t[j].isCapitalized { j += 1 }
            if j < end, let p = people.personAt[j] { companion = p; break }
        }
        // The subject: the first person after the phrase (titles between).
        var j = end + 1
        while j < s.tokens.upperBound, j - end <= 6, people.personAt[j] == nil, t[j].isWord { j += 1 }
        guard let other = companion, j < s.tokens.upperBound, let subject = people.personAt[j], subject != other,
              let here = people.people[subject].country, let there = people.people[other].country, here != there else { return nil }
        var phrase = s
        phrase.tokens = a..<end
        let date = dates.first { $0.tokens.upperBound <= comma }?.value
        // (The city spoken in is where they met when the clause after it says so.)
        let place = placeIn(phrase) ?? (end > comma && a + 2 < comma && t[a + 1].lower == "in" ? knownCity(at: a + 2, s)?.name : nil)
        heldSummit(s, trigger: a..<end, parties: [here, there], place: place, venue: nil, date: date)
        return a..<end
    }
}
