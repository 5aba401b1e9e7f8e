/// Reports set out under labels ("Source: Rustem Umerov, ... at a briefing in Istanbul", then "Details: ..."): the
/// paragraph the "Source:" label follows is what that person said.
extension ClaimRules {
    /// Emits the lead paragraph before a "Source:" paragraph as its person's claim, and returns the sentences it took,
    /// which no other rule reads again.
    mutating func sourceLabels() -> Set<Int> {
        var taken: Set<Int> = []
        // (The label's line may end without a stop, like a heading: "Source: ..., at a briefing in Istanbul".)
        for (n, para) in doc.paragraphs.enumerated() where n > 0 && (para.kind == .body || para.kind == .heading) && para.tokens.count > 3 {
            let a = para.tokens.lowerBound
            // ("Source: Defence Minister Rustem Umerov": past the capitalised title to the person.)
            guard tokens[a].end - tokens[a].start == 6, tokens[a].lower == "source", tokens[a + 1].isMark(":"),
                  let at = (a + 2..<min(para.tokens.upperBound, a + 7)).first(where: { people.personAt[$0] != nil || !tokens[$0].isCapitalized }),
                  let p = people.personAt[at] else { continue }
            // The paragraph before, if it is running text that tells no other source.
            guard let lead = (0..<n).last(where: { doc.paragraphs[$0].kind == .body }), !doc.paragraphs[lead].tokens.isEmpty else { continue }
            let range = doc.paragraphs[lead].tokens
            // (Its own "Kyiv has proposed ..." is part of what was said; a "said" or "according to" names another source.)
            guard !range.contains(where: { tokens[$0].quote != nil || Lexicon.attributingVerbs.contains(tokens[$0].lower) || tokens[$0].is(.according) })
            else { continue }
            var end = range.upperBound
            while end > range.lowerBound, tokens[end - 1].isMark(".") { end -= 1 }
            let speaker = Speaker.person(p, doc.span(tokens: at..<(people.mentionEnd[at] ?? at + 1)))
            emit(speaker, .reported, doc.text(tokens: range.lowerBound..<end), doc.span(tokens: range.lowerBound..<end))
            for k in doc.sentences.indices where doc.sentences[k].paragraph == lead { taken.insert(k) }
        }
        return taken
    }
}
