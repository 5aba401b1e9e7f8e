/// Which of the rarer rules a sentence can feed, found in one pass over its cue words (`LexClass.cueWord`): each
/// rule then runs only where its word stands, instead of every rule walking every sentence.
struct SentenceCues {
    static let tripWords: WordSet = ["travel", "visit", "expected"]
    static let handedWords = WordSet(MeetingRules.handingVerbs.union(MeetingRules.handingInfinitives).union(MeetingRules.carryingVerbs))
    static let hostWords: WordSet = ["host", "hosting"]
    static let words = tripWords.union(handedWords).union(hostWords).union(["spent", "where", "side", "same"])
        .union(MeetingRules.continuingVerbs).union(MeetingRules.officialNouns).union(MeetingRules.workingVerbs)
        .union(MeetingRules.visitWords).union(MeetingRules.mutualReleaseVerbs)

    /// "travel", "visit", "expected" (trips ahead).
    var trip = false
    /// "presented", "handed", "delivered", "present", "deliver", "took", "brought" (a document handed over, or to be).
    var handed = false
    /// "host", "hosting" (a leaders' meeting offered).
    var host = false
    /// "spent" (time spent with someone).
    var spent = false
    /// "continue", "resumed", ... (`MeetingRules.continuingVerbs`: a meeting going on another day).
    var continuing = false
    /// "officials", "envoys", "diplomats" (`MeetingRules.officialNouns`: a group of two states' negotiators).
    var officials = false
    /// "discussed", "reworked", ... (`MeetingRules.workingVerbs`: a text worked over together).
    var working = false
    /// "where" (a clause placing what it tells).
    var whereClause = false
    /// "visiting", "visited", "visit" (`MeetingRules.visitWords`).
    var visit = false
    /// ("same": no flag; a sentence without any cue word has no "same" to look for: `Sentence.mayHave(.cueWord)`.)
    /// "side" ("the Ukrainian side": a delegation).
    var side = false
    /// The verb of "each released 157 prisoners" (a release by each side, `MeetingRules.releasedByEach`).
    var releasedByEach: Int? = nil

    init() {}

    init(_ doc: Document, _ s: Sentence) {
        guard s.mayHave(.cueWord) else { return }
        let t = doc.tokens
        for k in s.tokens where t[k].is(.cueWord) {
            let w = t[k].lower
            trip = trip || Self.tripWords.contains(w)
            handed = handed || Self.handedWords.contains(w)
            host = host || Self.hostWords.contains(w)
            spent = spent || w == "spent"
            continuing = continuing || MeetingRules.continuingVerbs.contains(w)
            officials = officials || MeetingRules.officialNouns.contains(w)
            working = working || MeetingRules.workingVerbs.contains(w)
            whereClause = whereClause || w == "where"
            visit = visit || MeetingRules.visitWords.contains(w)
            side = side || w == "side"
            if MeetingRules.mutualReleaseVerbs.contains(w), k > s.tokens.lowerBound, t[k - 1].lower == "each" { releasedByEach = k }
        }
    }
}
