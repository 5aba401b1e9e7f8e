/// "Ukraine was represented by ...", "The Russians were represented by ...", "Russia sent ...": a state opening the sentence,
/// by its name or a plural demonym, as the subject of what follows.
enum OpeningState {
    /// The state's code and the index of the word naming it, when at least `after` tokens follow it.
    static func find(_ doc: Document, _ people: PeopleIndex, _ s: Sentence, after: Int) -> (code: String, at: Int)? {
        let t = doc.tokens
        var k = s.tokens.lowerBound
        if k < s.tokens.upperBound, t[k].lower == "the" { k += 1 }
        guard k + after < s.tokens.upperBound, people.personAt[k] == nil, t[k].isCapitalized || t[k].isAllCaps,
              t[k].is(.statePlace) || t[k].is(.stateDemonym) && t[k].lower.hasSuffix("s"),
              let c = Lexicon.placeCountry[t[k].lower] ?? Lexicon.demonyms[t[k].lower], !c.isEmpty else { return nil }
        return (c, k)
    }
}
