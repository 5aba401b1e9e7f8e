/// The people after "led by" / "headed by", up to the clause's comma: the head, and further heads
/// joined to it ("led by Rubio and Lavrov respectively", "headed by Secretary Rustem Umierov on the
/// Ukrainian side and presidential aide Vladimir Medinsky on the Russian side").
struct LedByPhrase {
    struct Head { var person: Int; var side: String? }
    /// The first head, then the others, each with the side the text sets them on, if it does.
    var heads: [Head] = []
    /// The phrase's tokens; when it names no person, it is a member's description ("a deputy minister").
    var tokens: Range<Int>

    /// Words that end the list of heads: what follows them is company, not leadership.
    private static let stops: WordSet = [
        "with", "who", "which", "that", "including", "includes", "included", "while", "as", "alongside",
        "accompanied", "met", "meets", "held", "said", "told",
    ]

    init(_ doc: Document, _ people: PeopleIndex, from k: Int, in s: Sentence) {
        let t = doc.tokens
        var end = k
        // "led by Secretary of State Marco Rubio and, for Ukraine, presidential chief of staff Andriy Yermak": the aside
        // after "and" sets the next head's side and does not end the phrase.
        var asideSide: (from: Int, side: String)? = nil
        while end < s.tokens.upperBound, !(t[end].isMark(".") && !PeopleRules.isInnerDot(doc, end)) {
            if t[end].isMark(",") {
                guard end > k, t[end - 1].lower == "and", asideSide == nil, let side = LedByPhrase.side(doc, after: end + 1, end: s.tokens.upperBound),
                      let close = (end + 2..<min(s.tokens.upperBound, end + 6)).first(where: { t[$0].isMark(",") }) else { break }
                asideSide = (close, side)
                end = close
            }
            end += 1
        }
        tokens = k..<end
        var i = k
        while i < end, !LedByPhrase.stops.contains(t[i].lower) {
            if let aside = asideSide, i > k, t[i].isMark(","), i < aside.from { i = aside.from + 1; continue }
            guard let p = people.personAt[i], let f = people.mentionEnd[i] else {
                // Before the first head only a title may stand ("National Security and Defence Council Secretary X",
                // "presidential aide X"), not a description ("senior officials under the office of President X").
                if heads.isEmpty, !LedByPhrase.isTitlePart(doc, i) { break }
                i += 1
                continue
            }
            // "Putin's aide Vladimir Medinsky": the possessor is not the one leading.
            if f < end, t[f].kind == .possessive { i = f + 1; continue }
            let toldSide = asideSide.flatMap { i > $0.from ? $0.side : nil }
            heads.append(Head(person: p, side: LedByPhrase.side(doc, after: f, end: end) ?? toldSide))
            i = f
        }
        // "headed by Zelenskiy’s chief of staff, Andriy Yermak": a role, then the person it names after the comma.
        // ("..., Admiral Igor Kostyukov": past a rank.)
        let named = people.nameStart(after: end, in: s, t)
        if heads.isEmpty, end > k, named < s.tokens.upperBound, t[end].isMark(","), (k..<end).contains(where: { t[$0].is(.roleNoun) }),
           let p = people.personAt[named], let f = people.mentionEnd[named],
           f >= s.tokens.upperBound || t[f].isMark(",") || t[f].isMark(".") || LedByPhrase.stops.contains(t[f].lower) || t[f].is(.placePreposition) {
            heads.append(Head(person: p, side: nil))
            tokens = k..<f
        }
    }

    static func isTitlePart(_ doc: Document, _ i: Int) -> Bool {
        let t = doc.tokens[i]
        // ("Kremlin aide and one-time culture minister Vladimir Medinsky": a former office and the word before a role noun.)
        // ("military intelligence chief Igor Kostyukov": two words before it.)
        let beforeRole = t.isWord && (i + 1 < doc.tokens.count && doc.tokens[i + 1].is(.roleNoun)
            || i + 2 < doc.tokens.count && doc.tokens[i + 1].isWord && !doc.tokens[i + 1].isCapitalized && doc.tokens[i + 2].is(.roleNoun))
        return t.isCapitalized || t.isAllCaps || t.is([.titleWord, .roleNoun, .demonym, .article, .roleAdjective]) || t.kind == .possessive
            || t.lower == "of" || t.lower == "and" || PeopleRules.isInnerDot(doc, i) || beforeRole
            || t.isMark("-") || Self.formerWords.contains(t.lower)
    }

    static let formerWords: WordSet = ["former", "one", "time", "ex", "acting", "then"]

    /// "on the Ukrainian side", "for Ukraine", "for the Russian side".
    static func side(_ doc: Document, after f: Int, end: Int) -> String? {
        let t = doc.tokens
        guard f + 1 < end, t[f].lower == "on" || t[f].lower == "for" else { return nil }
        var k = f + 1
        if t[k].is(.article) { k += 1 }
        guard k < end, t[k].isCapitalized || t[k].isAllCaps,
              let c = Lexicon.demonyms[t[k].lower] ?? Lexicon.placeCountry[t[k].lower], !c.isEmpty else { return nil }
        if t[f].lower == "on" { return k + 1 < end && t[k + 1].lower == "side" ? c : nil }
        return c
    }
}
