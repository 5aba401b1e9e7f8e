/// "Any deal, he wrote on Telegram, would be reached 'on our terms'": an attribution set off by commas inside what was
/// said. The claim is the words on both sides of it; its span runs over the whole, attribution included.
extension ClaimRules {
    /// The claim's two parts and the verb of the attribution between them, or nil.
    func insertedAttribution(_ s: Sentence) -> (first: Range<Int>, verb: Int, rest: Range<Int>)? {
        let a = s.tokens.lowerBound
        // The words before the first comma: a short subject of what was said, no verb of saying, no quotation.
        guard let c1 = (a..<min(s.tokens.upperBound, a + 7)).first(where: { tokens[$0].isMark(",") }), c1 - a >= 2,
              tokens[a].isWord, !tokens[a].is(.introWord), !(a..<c1).contains(where: { tokens[$0].quote != nil || tokens[$0].is(.sayingVerb) }),
              !(a..<c1).contains(where: { people.personAt[$0] != nil }) else { return nil }
        // Then "he wrote", "Peskov said", "the official added" and at most a phrase of where or when, and a comma.
        var v = c1 + 1
        while v < s.tokens.upperBound, v - c1 <= 5, !tokens[v].is(.sayingVerb), tokens[v].isWord, tokens[v].quote == nil { v += 1 }
        guard v < s.tokens.upperBound, v > c1 + 1, tokens[v].is(.sayingVerb), !tokens[v].is(.participle),
              tokens[c1 + 1].is(.personalPronoun) || people.personAt[c1 + 1] != nil || tokens[c1 + 1].is(.article),
              let c2 = (v + 1..<min(s.tokens.upperBound, v + 6)).first(where: { tokens[$0].isMark(",") }),
              !((v + 1)..<c2).contains(where: { tokens[$0].quote != nil || tokens[$0].lower == "that" }),
              c2 + 2 < s.tokens.upperBound, tokens[c2 + 1].isWord, !tokens[c2 + 1].isCapitalized || tokens[c2 + 1].quote != nil else { return nil }
        let end = contentEnd(from: c2 + 1, s)
        guard end > c2 + 1 else { return nil }
        return (a..<c1, v, (c2 + 1)..<end)
    }
}
