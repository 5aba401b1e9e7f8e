extension FigureRules {
    /// The meeting a figure's own sentence tells (the nearest when it tells several); else, when the sentence
    /// speaks of "the meeting" or "the summit" to come, the last meeting to come told before it ("the meeting
    /// could take place within about two weeks" after the summit planned in Budapest).
    /// `byNoun`: whether the sentence names it by a noun of meeting ("the meeting", "their summit").
    static let lastingVerbs: WordSet = ["lasted", "lasting", "ran"]

    static func meetingTold(with figure: Figure, in doc: Document, _ meetings: [Meeting]) -> (index: Int, byNoun: Bool)? {
        guard let s = doc.sentences.first(where: { $0.span.start <= figure.span.start && figure.span.end <= $0.span.end }) else { return nil }
        // ("the call lasted 40 minutes": what lasted is the call named just before, told now or earlier.)
        if let f = s.tokens.first(where: { doc.tokens[$0].start >= figure.span.start }),
           (max(s.tokens.lowerBound, f - 4)..<f).contains(where: { ["call", "conversation"].contains(doc.tokens[$0].lower) }),
           let c = meetings.indices.last(where: { meetings[$0].kind == .call && meetings[$0].span.start < figure.span.start }) {
            return (c, false)
        }
        // ("after two-hour call with Putin", "a 40-minute phone call": the call the figure qualifies, wherever it is told.)
        if let e = s.tokens.first(where: { doc.tokens[$0].start >= figure.span.end }),
           let call = (e..<min(s.tokens.upperBound, e + 3)).first(where: { ["call", "conversation"].contains(doc.tokens[$0].lower) }),
           (e..<call).allSatisfy({ doc.tokens[$0].isWord || doc.tokens[$0].isMark("-") }),
           let c = meetings.indices.filter({ meetings[$0].kind == .call }).min(by: {
               abs(meetings[$0].span.start - figure.span.start) < abs(meetings[$1].span.start - figure.span.start) }) {
            return (c, false)
        }
        // (Within the figure's clause: "The round lasted about 40 minutes; Kyiv proposed a summit" tells the round's length.)
        let semicolons = s.tokens.filter { doc.tokens[$0].isMark(";") }.map { doc.tokens[$0].start }
        let lo = semicolons.last { $0 < figure.span.start } ?? s.span.start, hi = semicolons.first { $0 >= figure.span.end } ?? s.span.end
        // ("a third round of direct talks in Istanbul, but the meeting lasted only about 40 minutes and brought no progress
        // toward ... a summit": what lasted is the meeting told before the verb, not one named after the figure.)
        if let f = s.tokens.first(where: { doc.tokens[$0].start >= figure.span.start }),
           let verb = (max(s.tokens.lowerBound, f - 4)..<f).last(where: { Self.lastingVerbs.contains(doc.tokens[$0].lower) }) {
            let before = doc.tokens[verb].start
            var last: (index: Int, start: Int)? = nil
            for m in meetings.indices {
                for span in [meetings[m].span] + meetings[m].mentions where lo <= span.start && span.end <= before
                    && last.map({ span.start > $0.start }) ?? true { last = (m, span.start) }
            }
            if let last { return (last.index, Lexicon.leadersMeetingNouns.contains(doc.text(meetings[last.index].span).lowercased())) }
        }
        // Each meeting by its mention in the clause nearest the figure: its first one, or one that referred back to it.
        var nearest: (index: Int, span: Span)? = nil
        for m in meetings.indices {
            for span in [meetings[m].span] + meetings[m].mentions where lo <= span.start && span.end <= hi {
                if nearest.map({ abs(span.start - figure.span.start) < abs($0.span.start - figure.span.start) }) ?? true { nearest = (m, span) }
            }
        }
        if let nearest {
            return (nearest.index, Lexicon.leadersMeetingNouns.contains(doc.text(nearest.span).lowercased()))
        }
        let t = doc.tokens
        let anaphor = s.tokens.contains { k in
            k + 1 < s.tokens.upperBound && t[k].lower == "the" && ["meeting", "summit"].contains(t[k + 1].lower)
        }
        // ("The meeting ended after about 90 minutes": a meeting told as over is not one to come.)
        let toCome = s.tokens.contains { t[$0].is(.futureMarker) || ["could", "may", "might"].contains(t[$0].lower) }
        guard anaphor, toCome else { return nil }
        return meetings.indices.last { meetings[$0].span.end <= s.span.start && meetings[$0].status != .held }.map { ($0, true) }
    }
}

extension FigureRules {
    /// The exchange told nearest the figure in its own sentence (not `except`, a return of bodies).
    static func exchangeTold(with figure: Figure, in doc: Document, _ meetings: [Meeting], except: Int?) -> Int? {
        guard let s = doc.sentences.first(where: { $0.span.start <= figure.span.start && figure.span.end <= $0.span.end }) else { return nil }
        var nearest: (index: Int, distance: Int)? = nil
        for m in meetings.indices where meetings[m].kind == .exchange && m != except {
            for span in [meetings[m].span] + meetings[m].mentions where s.span.start <= span.start && span.end <= s.span.end {
                let distance = abs(span.start - figure.span.start)
                if nearest.map({ distance < $0.distance }) ?? true { nearest = (m, distance) }
            }
        }
        return nearest?.index
    }
}
