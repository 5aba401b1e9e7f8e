/// Lines of page furniture that name the outlet itself: "By Kyiv Post", "By Euronews with AP, AFP", "By Al Jazeera
/// Staff", "Text by: FRANCE 24", "Copyright 2025 NPR", "Why you can trust Sky News", "BBC News, Berlin and Kyiv", or a
/// line that is only the outlet's name ("Ukrinform", "Associated Press").
extension MetadataRules {
    static func outletLine(_ doc: Document) -> String? {
        let t = doc.tokens
        let lines = doc.paragraphs.filter { $0.kind != .body && $0.tokens.count <= 12 && !$0.tokens.isEmpty }
        for para in lines {
            let a = para.tokens.lowerBound, e = para.tokens.upperBound
            var k = a
            // "By ..." (an outlet only when known as one: else it is the author), and openers after which only the
            // outlet can stand: "Text by: ...", "Copyright 2025 ...", "Why you can trust ...".
            var sure = true
            if t[k].text == "By" { k += 1; sure = false } else if t[k].lower == "text", k + 2 < e, t[k + 1].lower == "by", t[k + 2].isMark(":") { k += 3 }
            else if t[k].lower == "copyright" || t[k].text == "©" { k += 1; while k < e, t[k].kind == .number || t[k].isMark("©") { k += 1 } }
            else if para.tokens.count > 4, (a..<(a + 4)).map({ t[$0].lower }) == ["why", "you", "can", "trust"] { k += 4 }
            let opened = k > a
            // The name runs to "with", "staff", a comma or a bar.
            var n = k
            while n < e, t[n].isWord || t[n].kind == .number, !["with", "staff", "and"].contains(t[n].lower) { n += 1 }
            // ("© Balkan Investigative Reporting Network 2025.": not the year after the name.)
            // ("FRANCE 24" keeps its number: only a year of four digits goes.)
            while n > k + 1, t[n - 1].kind == .number, t[n - 1].end - t[n - 1].start == 4 { n -= 1 }
            guard n > k, t[k].isCapitalized || t[k].isAllCaps else { continue }
            let name = k..<n
            // ("Novaya Gazeta Europe", "BBC News": a known name, or one with a word of its own after it.)
            let known = isKnownOrganisation(doc, name) || name.count <= 4 && (isKnownOrganisation(doc, k..<(k + 1))
                || n - k >= 2 && isKnownOrganisation(doc, k..<(k + 2))
                // ("Kyiv Post", not a section's "World" or "News" alone.)
                || name.count >= 2 && name.contains { Lexicon.outletHeads.contains(t[$0].lower) } && !name.allSatisfy { Lexicon.outletHeads.contains(t[$0].lower) })
            if opened, sure || known { return doc.text(tokens: name) }
            // ("Ukrinform", "BBC News, Berlin and Kyiv": a line that is the outlet's name, or starts with it before a comma.)
            if !opened, known, !Self.agencyOnly.contains(doc.text(tokens: name).lexKey), n == e || t[n].isMark(",") {
                return doc.text(tokens: name)
            }
        }
        return nil
    }

    /// Wire agencies that a page credits alongside its own name ("With AFP, Reuters"): alone on a line they are no outlet.
    static let agencyOnly: WordSet = ["afp", "reuters", "ap", "tass", "ria", "interfax", "getty", "getty images", "epa"]
}
