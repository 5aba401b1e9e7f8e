extension DateRules {
    /// "On Monday evening, Merz is to host the leaders ...", "On Friday, the delegations will meet again": a weekday set
    /// before the clause, whose verb after the comma is still to come, names the next such day. The main clause is read up
    /// to a clause opener ("arrived in Miami for talks that will continue" tells no future of its own).
    static func frontedDayAhead(_ i: Int, _ doc: Document, in s: Sentence) -> Bool {
        let t = doc.tokens
        var start = i
        if start > s.tokens.lowerBound, t[start - 1].lower == "on" { start -= 1 }
        guard start == s.tokens.lowerBound else { return false }
        var comma = i + 1
        if comma < s.tokens.upperBound, dayParts.contains(t[comma].lower) { comma += 1 }
        guard comma < s.tokens.upperBound, t[comma].isMark(",") else { return false }
        var k = comma + 1
        while k + 1 < s.tokens.upperBound, k - comma <= 12, t[k].kind != .punct || PeopleRules.isInnerDot(doc, k) {
            let w = t[k].lower
            if t[k].is(.sayingVerb) || Lexicon.pastEventVerbs.contains(w) || Lexicon.clauseOpeners.contains(w) { return false }
            // ("would" is left out: "On Monday, the leaders would meet again" may tell a past's future.)
            if w != "would", futureAuxiliaries.contains(w) { return true }
            // "is to host", "are due to meet", "is set to", "is expected to".
            if MeetingRules.presentCopulas.contains(w) {
                var n = k + 1
                if Self.plannedAdjectives.contains(t[n].lower), n + 1 < s.tokens.upperBound { n += 1 }
                if t[n].lower == "to" { return true }
            }
            k += 1
        }
        return false
    }

    private static let plannedAdjectives: WordSet = ["due", "set", "expected", "scheduled", "slated", "poised"]
}
