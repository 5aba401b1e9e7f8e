/// "Witkoff is now due to lead the American side, again with Kushner, in talks with Ukraine's chief negotiator ... in Miami
/// on Thursday": talks someone is due, set or expected to go to are still to come, however far the noun stands from "due".
extension MeetingRules {
    func dueToLead(before i: Int, _ s: Sentence) -> Bool {
        // ("in talks with", "for talks": the noun is what they go to, not "after the talks" or "a press conference on the talks".)
        guard i > s.tokens.lowerBound, Self.goingToPrepositions.contains(t[i - 1].lower) else { return false }
        var k = i - 1
        while k - 2 >= s.tokens.lowerBound, i - k <= 16 {
            // (One clause: not "Witkoff, who was due to fly in, said the talks ...".)
            if t[k].is(.sayingVerb) || t[k].kind == .punct && !t[k].isMark(",") && !PeopleRules.isInnerDot(doc, k) { return false }
            if t[k].lower == "to", Self.dueWords.contains(t[k - 1].lower), k + 1 < i, Self.goingVerbs.contains(t[k + 1].lower) {
                let aux = Lexicon.leadAdverbs.contains(t[k - 2].lower) || t[k - 2].lower == "now" ? k - 3 : k - 2
                return aux >= s.tokens.lowerBound && Self.presentCopulas.contains(t[aux].lower)
            }
            k -= 1
        }
        return false
    }

    static let dueWords: WordSet = ["due", "set", "expected", "scheduled"]
    static let goingToPrepositions: WordSet = ["in", "for", "at"]
    /// Verbs of taking part that a person is due to do at talks.
    static let goingVerbs: WordSet = ["lead", "head", "attend", "join", "travel", "fly", "hold", "meet", "represent"]
}
