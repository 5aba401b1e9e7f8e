/// "with delegations from the United States, Ukraine and Russia", "Delegations from Russia and Ukraine met": the states a
/// plural delegation noun lists after "from", each a side of the round.
enum DelegationsFrom {
    static func states(_ doc: Document, after k: Int, in s: Sentence) -> [String] {
        let t = doc.tokens
        guard t[k].is(.delegationNoun), t[k].lower.hasSuffix("s"), k + 2 < s.tokens.upperBound, t[k + 1].lower == "from" else { return [] }
        var out: [String] = []
        var j = k + 2
        while j < s.tokens.upperBound {
            if t[j].is(.article) || t[j].isMark(",") || t[j].lower == "and" { j += 1; continue }
            guard t[j].isCapitalized || t[j].isAllCaps else { break }
            // ("the United States": a state of two words.)
            if j + 1 < s.tokens.upperBound, let c = Lexicon.placeCountry(t[j].lower, t[j + 1].lower), !c.isEmpty {
                if !out.contains(c) { out.append(c) }
                j += 2
                continue
            }
            guard let c = Lexicon.placeCountry[t[j].lower], !c.isEmpty else { break }
            if !out.contains(c) { out.append(c) }
            j += 1
        }
        return out.count >= 2 ? out : []
    }
}

extension MeetingRules {
    /// "the two-day meeting, held on February 4 and 5 with delegations from the United States, Ukraine and Russia": a sentence
    /// that tells the main round lists more sides than it was given, all of its own among them.
    mutating func mainSidesFromDelegationsListed() {
        guard let m = mainTalks else { return }
        for span in [meetings[m].span] + meetings[m].mentions {
            // (A plural "meetings" taken up as the round is not its own phrase: "followed by meetings with delegations from ...".)
            guard let k = Document.tokenIndex(in: t, startingAt: span.start), t[k].lower != "meetings" else { continue }
            let s = doc.sentences[t[k].sentence]
            guard s.mayHave(.delegationNoun) else { continue }
            // (Delegations of the round's own phrase: not "the Geneva talks were followed by meetings with delegations from ...".)
            for n in s.tokens where t[n].is(.delegationNoun) && t[n].quote == nil
                && !(min(k, n) + 1..<max(k, n)).contains(where: { t[$0].is([.meetingTrigger, .talksNoun, .summitNoun]) }) {
                let listed = Set(DelegationsFrom.states(doc, after: n, in: s))
                if listed.count > meetings[m].parties.count, listed.isSuperset(of: meetings[m].parties) {
                    meetings[m].parties = listed.sorted()
                    return
                }
            }
        }
    }
}
