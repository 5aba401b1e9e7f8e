extension MeetingRules {
    /// "an emergency meeting of European leaders", "a session of EU heads of state", "the Coalition of the Willing meeting",
    /// "a meeting of the coalition of the willing": a meeting of a group of leaders is a leaders' meeting, not a round of talks.
    /// Returns where the group's name ends (after the noun when the name comes before it), so a place right after is the
    /// meeting's own; nil for any other noun.
    func leadersGathering(_ i: Int, _ s: Sentence) -> Int? {
        guard Self.gatheringNouns.contains(t[i].lower) || isVideoConference(i, s) else { return nil }
        // ("the Coalition of the Willing meeting": the group named before the noun.)
        if (max(s.tokens.lowerBound, i - 4)..<i).contains(where: { t[$0].lower == "coalition" }) { return i + 1 }
        if leadersAfterVideoconference(i, s) { return i + 1 }
        // ("The leaders of the so-called coalition of the willing ... were due to hold a video conference": leaders holding one.)
        // (The leaders hold it: no one else is named between them and the verb, as in "After European leaders rejected the plan,
        // Ukraine's army chief Oleksandr Syrskyi held a video conference".)
        if isVideoConference(i, s) || t[i].lower == "videoconference",
           let v = (max(s.tokens.lowerBound, i - 4)..<i).first(where: { Self.holdingGatheringVerbs.contains(t[$0].lower) }),
           let g = (s.tokens.lowerBound..<v).last(where: { Self.groupNouns.contains(t[$0].lower) || t[$0].lower == "leaders" }),
           !(g..<v).contains(where: { people.personAt[$0] != nil }) { return i + 1 }
        // ("on the sidelines of the Group of 20 gathering in Johannesburg", "the G20 gathering": a group of leaders' states
        // named before the noun.)
        // (Not "the G20 gathering of foreign ministers".)
        if t[i].lower == "gathering", i - 1 > s.tokens.lowerBound, isGroupOfStates(endingAt: i - 1),
           !(i + 1 < s.tokens.upperBound && t[i + 1].lower == "of") { return i + 1 }
        return groupNamed(after: i, s)
    }

    /// "of the so-called coalition of the willing", "of European leaders": where the group of leaders named after the noun
    /// at `i` ends (so the meeting's own place and venue are looked for from there).
    func groupNamed(after i: Int, _ s: Sentence) -> Int? {
        guard i + 2 < s.tokens.upperBound, t[i + 1].lower == "of" else { return nil }
        var k = i + 2
        // (Past an article and the words that describe the group: "of the so-called", "of European", "of EU and NATO", and
        // the mark opening a quoted name: "of the so-called \"coalition of the willing\"".)
        while k < s.tokens.upperBound, k - i <= 6,
              t[k].is(.article) || t[k].is(.demonym) || t[k].isAllCaps || Self.groupModifiers.contains(t[k].lower) || t[k].isMark("-")
                // ("of the EU's leaders".)
                || t[k].kind == .possessive && k > i + 2 && t[k - 1].isAllCaps
                || t[k].kind == .punct && Lexicon.quoteMarks.contains(t[k].text) {
            k += 1
        }
        guard k < s.tokens.upperBound, Self.groupNouns.contains(t[k].lower) || Lexicon.leaderNouns.contains(t[k].lower) && t[k].lower.hasSuffix("s")
        else { return nil }
        // ("heads of state and government", "the coalition of the willing": past the group's own "of" phrase.)
        var e = k + 1
        if e + 1 < s.tokens.upperBound, t[e].lower == "of" {
            e += 1
            while e < s.tokens.upperBound, e - k <= 6, t[e].isWord, !t[e].is(.placePreposition) { e += 1 }
        }
        // (Past the mark closing a quoted name.)
        if e < s.tokens.upperBound, t[e].kind == .punct, Lexicon.quoteMarks.contains(t[e].text), t[k].quote != nil { e += 1 }
        return e
    }

    /// "Group of 20", "G20", "G7", "Group of Seven": a group of states named by its number.
    func isGroupOfStates(endingAt k: Int) -> Bool {
        let w = t[k].text
        if w.count >= 2, w.count <= 3, w.first == "G", w.dropFirst().allSatisfy(\.isNumber) { return true }
        return k >= 2 && (t[k].kind == .number || t[k].is(.numberWord)) && t[k - 1].lower == "of" && t[k - 2].text == "Group"
    }

    /// "a video conference", written as two words.
    func isVideoConference(_ i: Int, _ s: Sentence) -> Bool {
        t[i].end - t[i].start == 10 && i > s.tokens.lowerBound && t[i].lower == "conference" && t[i - 1].lower == "video"
    }

    static let gatheringNouns: WordSet = ["meeting", "talks", "session", "gathering", "videoconference"]
    /// Of those, the nouns that name a meeting only with leaders after them (and so are triggers of no other rule).
    static let gatheringOnlyNouns: Set<String> = ["gathering", "videoconference"]
    static let groupModifiers: WordSet = ["so", "called", "so-called", "and", "western", "world", "allied", "key", "fellow", "other"]
    static let groupNouns: WordSet = ["coalition"]
    static let holdingGatheringVerbs: WordSet = ["hold", "held", "holds", "holding", "join", "joined", "joins", "joining"]

    /// "hosted an emergency meeting", "joined a video meeting", "is this evening hosting an emergency meeting": a leaders'
    /// meeting a verb of hosting or taking part governs was held when the verb is past, and is planned when it runs on.
    /// Also where the verb stands, so a time told right before it ("is this evening hosting") dates the meeting.
    func hostingTense(before i: Int, _ s: Sentence) -> (status: MeetingStatus, verb: Int)? {
        var k = i - 1
        // (Past the article and the words describing the meeting: "an emergency", "a video".)
        while k > s.tokens.lowerBound, i - k <= 4, t[k].isWord, !t[k].is(.article), Self.hostingTenses[t[k].lower] == nil { k -= 1 }
        if k > s.tokens.lowerBound, t[k].is(.article) { k -= 1 }
        guard k >= s.tokens.lowerBound, let tense = Self.hostingTenses[t[k].lower] else { return nil }
        return (tense, k)
    }

    /// "Switzerland was «more than ready» to host a summit between Zelensky and Putin": the state that hosts (or would host)
    /// the summit at `i` is where it is, when nothing names a city.
    func hostingState(before i: Int, _ s: Sentence) -> String? {
        guard i - 2 > s.tokens.lowerBound, t[i - 1].is(.article), Self.hostForms.contains(t[i - 2].lower) else { return nil }
        let v = i - 2
        // (Not an offer refused: "Ukraine will not host a summit with Putin".)
        guard !isNegated(before: v, s), let k = (max(s.tokens.lowerBound, v - 10)..<v).last(where: { t[$0].is(.statePlace) && t[$0].isCapitalized && people.personAt[$0] == nil }),
              !(k + 1..<v).contains(where: { t[$0].isMark(",") || t[$0].is(.sayingVerb) || people.personAt[$0] != nil }) else { return nil }
        return t[k].text
    }

    static let hostForms: WordSet = ["host", "hosts", "hosted", "hosting"]
    static let hostingHostVerbs: WordSet = ["hosted", "hosting"]

    static let hostingTenses: WordMap<MeetingStatus> = [
        "hosted": .held, "joined": .held, "attended": .held, "chaired": .held, "convened": .held,
        "hosting": .planned, "chairing": .planned, "convening": .planned,
    ]
}
