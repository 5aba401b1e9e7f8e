/// "The Russian side was made up of defence ministry officials headed by Admiral Igor Kostyukov": the delegation's head is
/// the one leading those it was made of.
extension DelegationRules {
    /// The "led" or "headed" after "made up of", "composed of" or "consisted of" at `j` and a few words saying who, when
    /// "by" follows it; nil otherwise.
    static func leadingVerbPastMakeup(_ doc: Document, _ people: PeopleIndex, from j: Int, _ s: Sentence) -> Int? {
        let t = doc.tokens
        guard j + 2 < s.tokens.upperBound else { return nil }
        let of: Int
        if t[j].lower == "made", t[j + 1].lower == "up", t[j + 2].lower == "of" { of = j + 2 }
        else if Self.makeupVerbs.contains(t[j].lower), t[j + 1].lower == "of" { of = j + 1 }
        else { return nil }
        // (Words saying who, no name or mark between: not "made up of Rubio, Witkoff and Kushner, led by ...".)
        let end = min(s.tokens.upperBound - 1, of + 9)
        guard of + 1 < end else { return nil }
        for k in of + 1..<end {
            if Lexicon.ledOrHeaded.contains(t[k].lower), t[k + 1].lower == "by" { return k > of + 1 ? k : nil }
            // (Nor officials "from the agency headed by ...": what heads the agency.)
            if !t[k].isWord || people.personAt[k] != nil || Self.phraseOpeners.contains(t[k].lower) { return nil }
        }
        return nil
    }

    static let makeupVerbs: WordSet = ["composed", "consisted", "comprised"]
    static let phraseOpeners: WordSet = ["from", "of", "at", "in", "the", "a", "an", "and"]
}
