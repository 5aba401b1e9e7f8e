/// A headline's statement with its speaker: "Trump says Russia and Ukraine will 'immediately' start ceasefire
/// talks after two-hour Putin call", "...; 'ball in Russia's court', says Rubio", "...: \"no compromise\" on
/// territory yet, says Ushakov", "Erdogan tells Zelenskyy Türkiye ready to host ...", "Kremlin says 'no compromise' yet
/// on territory". A person the article names, or a seat of power opening the headline, speaks, in the present tense
/// headlines use.
extension ClaimRules {
    // ("tells": past its listener, a person named right after it.)
    static let headlineVerbs: WordSet = ["says", "warns", "insists", "claims", "urges", "vows", "admits", "tells"]
    /// "Kremlin", "Kyiv", "Moscow": a seat of power or a capital that speaks for a state.
    static func isSeatOfPower(_ w: Token) -> Bool {
        w.isCapitalized && (Self.seatsOfPower.contains(w.lower) || w.is(.city) && Lexicon.capitals.values.contains(w.text))
    }

    static let stanceOpeners: WordSet = ["against", "of", "for", "on", "over", "about", "to", "with"]
    static let seatsOfPower: WordSet = ["kremlin", "pentagon", "nato", "elysee", "élysée"]

    /// Where a headline's content stops: what follows tells the occasion, not the words.
    static let headlineOccasions: WordSet = ["after", "amid", "as", "following", "ahead", "before"]

    mutating func headline() {
        // (Under section labels or a cookie banner too.)
        guard let title = MetadataRules.headline(doc), let s = doc.sentences.first(where: { $0.paragraph == title }) else { return }
        let t = doc.tokens
        guard let v = s.tokens.first(where: { t[$0].quote == nil && Self.headlineVerbs.contains(t[$0].lower) }) else { return }
        var content: Range<Int>
        let speakerAt: Int
        if v + 1 < s.tokens.upperBound, v > s.tokens.lowerBound, t[v - 1].isMark(","), people.personAt[v + 1] != nil,
           (people.mentionEnd[v + 1] ?? v + 2) >= s.tokens.upperBound - 1 {
            // "'Ball in Russia's court', says Rubio": the words before, from the headline's last colon or semicolon.
            let from = (s.tokens.lowerBound..<v).last { t[$0].quote == nil && (t[$0].isMark(":") || t[$0].isMark(";")) }.map { $0 + 1 }
            content = (from ?? s.tokens.lowerBound)..<(v - 1)
            speakerAt = v + 1
        } else if v > s.tokens.lowerBound, people.personAt[v - 1] != nil || v - 1 == s.tokens.lowerBound && Self.isSeatOfPower(t[v - 1]) {
            // "Trump says ...", "Kremlin says ...": the words after, up to the occasion.
            var a = v - 1
            while a > s.tokens.lowerBound, let p = people.personAt[v - 1], people.personAt[a - 1] == p { a -= 1 }
            guard a == s.tokens.lowerBound else { return }
            var start = v + 1
            // ("Erdogan tells Zelenskyy Türkiye ready to host ...": past the one told.)
            if t[v].lower == "tells" {
                guard start < s.tokens.upperBound, people.personAt[start] != nil, let e = people.mentionEnd[start] else { return }
                start = e
            }
            if start < s.tokens.upperBound, t[start].lower == "that" { start += 1 }
            let end = (start..<s.tokens.upperBound).first { t[$0].quote == nil && (Self.headlineOccasions.contains(t[$0].lower) || t[$0].isMark(";")) }
            content = start..<(end ?? s.tokens.upperBound)
            speakerAt = v - 1
        } else {
            return
        }
        guard content.count >= 2 else { return }
        let speaker: Speaker
        if let p = people.personAt[speakerAt] {
            speaker = .person(p, doc.span(tokens: speakerAt..<(people.mentionEnd[speakerAt] ?? speakerAt + 1)))
        } else if Self.isSeatOfPower(t[speakerAt]), !Self.stanceOpeners.contains(t[content.lowerBound].lower) {
            // ("Vilnius warns against rewarding aggressor": a stance, not words.)
            speaker = .label(t[speakerAt].text, doc.span(tokens: speakerAt..<(speakerAt + 1)))
        } else {
            return
        }
        // A headline that is all quotation is quoted words; otherwise reported, its quoted words kept.
        if isQuoteMark(t[content.lowerBound]), isQuoteMark(t[content.upperBound - 1]),
           !(content.lowerBound + 1..<content.upperBound - 1).contains(where: { isQuoteMark(t[$0]) && t[$0].quote == nil }) {
            content = (content.lowerBound + 1)..<(content.upperBound - 1)
            emit(speaker, .quote, doc.text(tokens: content), doc.span(tokens: content))
        } else {
            emit(speaker, .reported, doc.text(tokens: content), doc.span(tokens: content))
        }
    }
}
