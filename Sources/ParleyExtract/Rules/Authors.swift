/// The article's own staff: "By Daniel Okafor, Marisa Kline and Tom Reyes", "Peter Alcorn is a reporter for
/// Fox News Digital.", "Gavriil Ostrov / Sputnik via AP". Named there only, they are no people of the news.
enum Authors {
    static let journalistNouns: WordSet = [
        "reporter", "correspondent", "editor", "writer", "journalist", "contributor", "producer", "columnist",
        "photographer", "photojournalist", "analyst", "intern", "fellow",
    ]

    /// Whether the mention `m` stands in a byline, an author's note or a photo credit.
    static func isAuthorMention(_ doc: Document, _ m: Range<Int>) -> Bool {
        let t = doc.tokens
        let para = doc.paragraphs[t[m.lowerBound].paragraph]
        // A byline under the headline: "By ..." on a short line of its own.
        if para.kind != .body || para.tokens.count <= 16, let first = t[para.tokens].first, first.lower == "by",
           doc.paragraphs.prefix(8).contains(where: { $0.tokens == para.tokens }) { return true }
        // A name alone on a line near the top is a byline too.
        if m == para.tokens, doc.paragraphs.prefix(8).contains(where: { $0.tokens == para.tokens }) { return true }
        // "Peter Alcorn is a reporter for Fox News Digital", "Tom Reyes reports from Kyiv for NBC News": a note that
        // opens with the name.
        let s = doc.sentences[t[m.lowerBound].sentence]
        if m.lowerBound == s.tokens.lowerBound, m.upperBound + 1 < s.tokens.upperBound, t[m.upperBound].lower == "reports",
           ["from", "for", "on"].contains(t[m.upperBound + 1].lower) { return true }
        if m.lowerBound == s.tokens.lowerBound, m.upperBound < s.tokens.upperBound, ["is", "reports", "covers"].contains(t[m.upperBound].lower),
           (m.upperBound..<min(s.tokens.upperBound, m.upperBound + 8)).contains(where: { journalistNouns.contains(t[$0].lower) }) { return true }
        // "Gavriil Ostrov / Sputnik via AP", "Sergei Voronin / TASS / Scanpix / LETA": a credit with a spaced slash,
        // only agencies after it to the end of the line.
        if m.upperBound + 1 < para.tokens.upperBound, t[m.upperBound].isMark("/"), t[m.upperBound + 1].isCapitalized || t[m.upperBound + 1].isAllCaps,
           (m.upperBound + 1..<para.tokens.upperBound).contains(where: { t[$0].lower == "via" }) || m.upperBound + 3 >= para.tokens.upperBound
            // ("Marcus Ortiz / Anchorage, Alaska": a live blog's author and where the entry is filed from.)
            || (m.upperBound + 1..<para.tokens.upperBound).allSatisfy({ t[$0].isMark("/") || t[$0].isMark(",") || t[$0].isCapitalized || t[$0].isAllCaps }) { return true }
        return false
    }
}
