/// Leaders seen together in a fronted phrase: "Speaking in Ankara alongside Turkish President Recep Tayyip
/// Erdoğan on Tuesday, President Volodymyr Zelensky said ...", "After meeting Erdogan in Ankara, Zelensky said ...".
extension MeetingRules {
    private static let appearanceOpeners: WordSet = ["speaking", "appearing", "standing"]
    private static let companionWords: WordSet = ["alongside", "beside", "meeting", "with"]

    mutating func frontedEncounter(_ s: Sentence, dates: [DateMention]) {
        let a = s.tokens.lowerBound
        guard s.tokens.count > 6, Self.appearanceOpeners.contains(t[a].lower) || t[a].lower == "after" && t[a + 1].lower == "meeting",
              let comma = (a..<min(s.tokens.upperBound, a + 25)).first(where: { t[$0].isMark(",") }) else { return }
        // The companion: a person right after "alongside", "meeting", "with" (titles between).
        var companion: Int? = nil
        for k in a..<comma where Self.companionWords.contains(t[k].lower) {
            var j = k + 1
            while j < comma, j - k <= 5, people.personAt[j] == nil, t[j].isWord, t[j].isCapitalized { j += 1 }
            if j < comma, let p = people.personAt[j] { companion = p; break }
        }
        // The subject: the first person after the comma (titles between).
        var j = comma + 1
        while j < s.tokens.upperBound, j - comma <= 6, people.personAt[j] == nil, t[j].isWord { j += 1 }
        guard let other = companion, j < s.tokens.upperBound, let subject = people.personAt[j], subject != other,
              let here = people.people[subject].country, let there = people.people[other].country, here != there else { return }
        var phrase = s
        phrase.tokens = a..<comma
        let date = dates.first { $0.tokens.upperBound <= comma }?.value
        let place = placeIn(phrase)
        heldSummit(s, trigger: a..<comma, parties: [here, there], place: place, venue: nil, date: date)
    }
}
