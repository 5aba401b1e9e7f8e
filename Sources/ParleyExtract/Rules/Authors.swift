/// The article's own staff: "By Daniel Okafor, Marisa Kline and Tom Reyes", "Peter Alcorn is a reporter for
/// Fox News Digital.", "Gavriil Ostrov / Sputnik via AP". Named there only, they are no people of the news.
enum Authors {
    static let journalistNouns: WordSet = [
        "reporter", "correspondent", "editor", "writer", "journalist", "contributor", "producer", "columnist",
        "photographer", "photojournalist", "analyst", "intern", "fellow",
    ]

    /// Words opening a credit line before "by" ("Edited by", "Additional reporting by").
    static let creditVerbs: WordSet = ["edited", "reporting", "writing", "compiled", "produced", "translated", "additional", "written"]

    /// Whether the mention `m` stands in a byline, an author's note or a photo credit.
    static func isAuthorMention(_ doc: Document, _ m: Range<Int>) -> Bool {
        let t = doc.tokens
        let para = doc.paragraphs[t[m.lowerBound].paragraph]
        // A byline under the headline: "By ..." on a short line of its own.
        if para.kind != .body || para.tokens.count <= 16, let first = t[para.tokens].first, first.lower == "by",
           doc.paragraphs.prefix(8).contains(where: { $0.tokens == para.tokens }) { return true }
        // "Edited by Malcolm Fairbairn.", "Reporting by Tom Balmforth; writing by Mark Trevelyan": a credit line anywhere.
        if para.tokens.count <= 16, para.tokens.count >= 3, creditVerbs.contains(t[para.tokens.lowerBound].lower),
           let by = (para.tokens.lowerBound + 1..<min(para.tokens.upperBound, para.tokens.lowerBound + 3)).first(where: { t[$0].lower == "by" }),
           by < m.lowerBound { return true }
        // A name alone on a line near the top is a byline too.
        if m == para.tokens, doc.paragraphs.prefix(8).contains(where: { $0.tokens == para.tokens }) { return true }
        // "Peter Alcorn is a reporter for Fox News Digital", "Tom Reyes reports from Kyiv for NBC News": a note that
        // opens with the name.
        let s = doc.sentences[t[m.lowerBound].sentence]
        if m.lowerBound == s.tokens.lowerBound, m.upperBound + 1 < s.tokens.upperBound, t[m.upperBound].lower == "reports",
           ["from", "for", "on"].contains(t[m.upperBound + 1].lower) { return true }
        if m.lowerBound == s.tokens.lowerBound, m.upperBound < s.tokens.upperBound, ["is", "reports", "covers"].contains(t[m.upperBound].lower),
           (m.upperBound..<min(s.tokens.upperBound, m.upperBound + 8)).contains(where: { journalistNouns.contains(t[$0].lower) }) { return true }
        // ("Helen Marsh does not work for, consult, own shares in ... any company": an author's disclosure.)
        if m.lowerBound == s.tokens.lowerBound, m.upperBound + 3 < s.tokens.upperBound, t[m.upperBound].lower == "does",
           t[m.upperBound + 1].lower == "not", t[m.upperBound + 2].lower == "work", t[m.upperBound + 3].lower == "for" { return true }
        // "Gavriil Ostrov / Sputnik via AP", "Sergei Voronin / TASS / Scanpix / LETA": a credit with a spaced slash,
        // only agencies after it to the end of the line.
        if m.upperBound + 1 < para.tokens.upperBound, t[m.upperBound].isMark("/"), t[m.upperBound + 1].isCapitalized || t[m.upperBound + 1].isAllCaps,
           (m.upperBound + 1..<para.tokens.upperBound).contains(where: { t[$0].lower == "via" }) || m.upperBound + 3 >= para.tokens.upperBound
            // ("Marcus Ortiz / Anchorage, Alaska": a live blog's author and where the entry is filed from.)
            || (m.upperBound + 1..<para.tokens.upperBound).allSatisfy({ t[$0].isMark("/") || t[$0].isMark(",") || t[$0].isCapitalized || t[$0].isAllCaps }) { return true }
        return false
    }
}
