/// Leaders' videoconferences: "in a videoconference on Wednesday European leaders had pressed him" (the leaders told
/// after the phrase), and "Merz, who hosted the call from Berlin" (a definite call or videoconference hosted takes up the
/// one told, and the city it was hosted from places it).
extension MeetingRules {
    /// "in a videoconference on Wednesday European leaders": a state's or a region's leaders named within eight words
    /// after the noun, past its day.
    func leadersAfterVideoconference(_ i: Int, _ s: Sentence) -> Bool {
        guard t[i].end - t[i].start == 15, t[i].lower == "videoconference" else { return false }
        var k = i + 1
        while k + 1 < s.tokens.upperBound, k - i <= 8, !t[k].isMark(","), !t[k].is(.sayingVerb) {
            if t[k].is(.demonym) || t[k].is(.stateDemonym), t[k].isCapitalized, Lexicon.leaderNouns.contains(t[k + 1].lower),
               t[k + 1].lower.hasSuffix("s") { return true }
            k += 1
        }
        return false
    }

    /// "who hosted the call from Berlin": the call or videoconference told last, placed at the city after "from". True
    /// when the verb at `i` is taken up so.
    mutating func hostedToldMeeting(_ i: Int, _ s: Sentence) -> Bool {
        guard Self.hostingHostVerbs.contains(t[i].lower), i + 2 < s.tokens.upperBound, t[i + 1].lower == "the",
              Self.remoteMeetingNouns.contains(t[i + 2].lower),
              let m = meetings.lastIndex(where: { $0.span.start < t[i].start && ($0.kind == .call || $0.kind == .summit) })
        else { return false }
        if meetings[m].place == nil, i + 4 < s.tokens.upperBound, t[i + 3].lower == "from", t[i + 4].is(.city), t[i + 4].isCapitalized {
            meetings[m].place = cityName(i + 4)
        }
        return true
    }

    static let remoteMeetingNouns: WordSet = ["call", "videoconference", "video"]
}
