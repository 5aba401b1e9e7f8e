extension Lexicon {
    /// Verbs that attribute the words before them, set off without quotation marks:
    /// "We are satisfied, Medinsky said." Only plain verbs of speaking: "warned" or "proposed"
    /// after a comma usually start a clause of their own.
    static let attributingVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "stressed", "noted", "explained", "insisted",
        "warned", "stated", "declared", "wrote", "writes", "replied", "responded", "argued", "concluded",
    ]
    /// Words that open where or when something was said, not what was said ("said after the talks",
    /// "told reporters in Minsk on Monday"), or a subordinate clause that is not speech ("When asked, ...").
    static let circumstanceOpeners: Set<String> = [
        "after", "at", "on", "in", "during", "before", "following", "from", "while", "when", "as", "late",
        "earlier", "later", "yesterday", "today", "tonight", "last", "this", "via", "by", "upon", "speaking",
        "asked", "if", "because", "since", "although", "though", "once", "until", "with", "without",
    ]
    /// Verbs that follow a relative "that" ("the talks that were held"); a reported clause starts with its subject.
    static let relativeClauseVerbs: Set<String> = [
        "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should",
        "began", "begins", "took", "takes", "lasts", "ends", "remains", "led", "brought", "saw", "left", "made",
    ]
}
