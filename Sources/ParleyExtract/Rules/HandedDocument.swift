/// "The plan was first presented to Zelensky in Kyiv on Thursday by Driscoll", "Driscoll, who had presented the draft to
/// Zelenskyy in Kyiv on Thursday", "handed to Zelenskyy by Driscoll in Kyiv": a document handed over in person is a
/// meeting of the two sides, where and when the phrase tells.
extension MeetingRules {
    mutating func handedDocument(_ s: Sentence, dates: [DateMention]) {
        let t = doc.tokens
        // (Lengths first: "handed" has six letters, "presented" and "delivered" nine.)
        for v in s.tokens where (t[v].end - t[v].start == 6 || t[v].end - t[v].start == 9) && t[v].quote == nil
                && Self.handingVerbs.contains(t[v].lower) {
            // The document: right after the verb, or the subject of a passive or a participle before it.
            let object = (v + 1..<min(s.tokens.upperBound, v + 4)).contains { Self.documentNouns.contains(t[$0].lower) }
                || (max(s.tokens.lowerBound, v - 16)..<v).contains { Self.documentNouns.contains(t[$0].lower) }
            guard object, let to = (v + 1..<min(s.tokens.upperBound, v + 6)).first(where: { t[$0].lower == "to" }),
                  let recipient = personAfter(to, s), let home = people.people[recipient].country else { continue }
            // Who handed it: "by X" in the phrase, else the person the clause hangs on ("Driscoll, who had presented").
            let phraseEnd = (to + 1..<s.tokens.upperBound).first { t[$0].isMark(",") || t[$0].isMark(";") || t[$0].isMark(".") && !PeopleRules.isInnerDot(doc, $0) }
                ?? s.tokens.upperBound
            let by = (to + 1..<phraseEnd).first { t[$0].lower == "by" }.flatMap { personAfter($0, s) }
            let who = by ?? (max(s.tokens.lowerBound, v - 6)..<v).last { t[$0].lower == "who" }.flatMap { w in
                w - 2 >= s.tokens.lowerBound && t[w - 1].isMark(",") ? people.personAt[w - 2] : nil }
            guard let giver = who, let side = people.people[giver].country, side != home else { continue }
            var phrase = s
            phrase.tokens = (to + 1)..<phraseEnd
            let date = dates.first { phrase.tokens.contains($0.tokens.lowerBound) }?.value
            _ = add(.talks, s, trigger: v..<(v + 1), place: placeIn(phrase), date: date, status: .held, parties: [side, home].sorted())
            return
        }
    }

    /// The person named right after `k`, past titles ("received Ukrainian President Volodymyr Zelenskyy").
    func personAfter(_ k: Int, _ s: Sentence) -> Int? {
        var j = k + 1
        while j < s.tokens.upperBound, j - k <= 5, people.personAt[j] == nil, t[j].is([.titleWord, .roleNoun, .demonym, .article]) { j += 1 }
        return j < s.tokens.upperBound ? people.personAt[j] : nil
    }

    static let handingVerbs: WordSet = ["presented", "handed", "delivered"]
    static let documentNouns: WordSet = ["plan", "draft", "proposal", "framework", "document", "memorandum", "letter", "text", "proposals"]
}
