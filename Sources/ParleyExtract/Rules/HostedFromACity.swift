/// Leaders' videoconferences: "in a videoconference on Wednesday European leaders had pressed him" (the leaders told
/// after the phrase), and "Merz, who hosted the call from Berlin" (a call or videoconference hosted takes up the call or
/// leaders' meeting told just before, and the city it was hosted from places it).
extension MeetingRules {
    /// "in a videoconference on Wednesday European leaders": a state's or a region's leaders named within eight words
    /// after the noun, past its day.
    func leadersAfterVideoconference(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].end - t[i].start == 15, t[i].lower == "videoconference" else { return false }
        var k = i + 1
        while k + 1 < s.tokens.upperBound, k - i <= 8, !t[k].isMark(","), !t[k].is(.sayingVerb), t[k].lower != "that" {
            if t[k].is(.demonym) || t[k].is(.stateDemonym), t[k].isCapitalized, Lexicon.leaderNouns.contains(t[k + 1].lower),
               t[k + 1].lower.hasSuffix("s") { return true }
            k += 1
        }
        return leadersListedWith(i, s)
    }

    /// "joined a videoconference with Zelenskyy, German Chancellor Friedrich Merz, French President Emmanuel Macron and other
    /// European leaders": two leaders or more, or a group of a state's or region's leaders, listed after "with".
    private func leadersListedWith(_ i: Int, _ s: Sentence) -> Bool {
        guard i + 2 < s.tokens.upperBound, t[i + 1].lower == "with" else { return false }
        var leaders: Set<Int> = []
        var k = i + 2
        while k < s.tokens.upperBound, k - i <= 24, !t[k].isMark(";"), !t[k].is(.sayingVerb), t[k].lower != "that",
              !(t[k].isMark(".") && !PeopleRules.isInnerDot(doc, k)) {
            if let p = people.personAt[k], isLeader(p) { leaders.insert(p) }
            if k + 1 < s.tokens.upperBound, t[k].is(.demonym) || t[k].is(.stateDemonym), t[k].isCapitalized,
               Lexicon.leaderNouns.contains(t[k + 1].lower), t[k + 1].lower.hasSuffix("s") { return true }
            k += 1
        }
        return leaders.count >= 2
    }

    /// "who hosted the call from Berlin": the meeting told last, when it is a call or a
    /// leaders' meeting held (or, for "hosting", still to come), placed at the city after "from". True when the verb at `i`
    /// is taken up so.
    mutating func hostedToldMeeting(_ i: Int, _ s: Sentence) -> Bool {
        guard Self.hostingHostVerbs.contains(t[i].lower), i + 2 < s.tokens.upperBound, t[i + 1].lower == "the",
              Self.remoteMeetingNouns.contains(t[i + 2].lower),
              let m = meetings.lastIndex(where: { $0.span.start < t[i].start }), meetings[m].kind == .call || meetings[m].kind == .summit,
              (meetings[m].status == .held) == (t[i].lower == "hosted") else { return false }
        if meetings[m].place == nil, i + 4 < s.tokens.upperBound, t[i + 3].lower == "from", t[i + 4].is(.city), t[i + 4].isCapitalized {
            meetings[m].place = cityName(i + 4)
        }
        return true
    }

    /// (Not "video": "the video call" is a call phrase the noun rules read themselves.)
    static let remoteMeetingNouns: WordSet = ["call", "videoconference"]
}
