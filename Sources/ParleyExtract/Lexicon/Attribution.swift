extension Lexicon {
    /// Verbs that attribute the words before them, set off without quotation marks:
    /// "We are satisfied, Medinsky said." Only plain verbs of speaking: "warned" or "proposed"
    /// after a comma usually start a clause of their own.
    static let attributingVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "added", "adds", "stressed", "noted", "explained", "insisted",
        "warned", "stated", "declared", "wrote", "writes", "replied", "responded", "argued", "concluded",
        "announced", "confirmed", "claimed", "emphasised", "emphasized", "acknowledged", "admitted", "conceded", "cautioned",
        "reiterated", "remarked", "observed", "asserted", "maintained", "predicted", "posted", "tweeted", "reported", "reports",
    ]
    /// Participles after a source telling when or where it appeared ("a joint statement released late on Sunday").
    static let publishingParticiples: WordSet = ["released", "issued", "published", "posted", "circulated", "distributed", "dated"]
    /// Words that open a clause of its own after a comma (", while Lithuanian leaders ...", ", as allies push ...").
    static let clauseContrasts: WordSet = ["while", "but", "although", "though", "whereas", "as"]
    /// Words that open where or when something was said, not what was said ("said after the talks",
    /// "told reporters in Minsk on Monday"), or a subordinate clause that is not speech ("When asked, ...").
    static let circumstanceOpeners: WordSet = [
        "after", "at", "on", "in", "during", "before", "following", "from", "while", "when", "as", "late",
        "earlier", "later", "yesterday", "today", "tonight", "last", "this", "via", "by", "upon", "speaking",
        "asked", "if", "because", "since", "although", "though", "once", "until", "with", "without",
    ]
    /// Verbs that follow a relative "that" ("the talks that were held"); a reported clause starts with its subject.
    static let relativeClauseVerbs: WordSet = [
        "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should",
        "began", "begins", "took", "takes", "lasts", "ends", "remains", "led", "brought", "saw", "left", "made",
    ]
    /// Auxiliaries: one between a verb of saying and "that" means the "that" belongs to another clause.
    static let auxiliaryVerbs: WordSet = [
        "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "should", "can", "may", "might",
        "did", "does", "do", "must",
    ]
    /// Adverbs of time that may stand alone between a verb of saying and its clause ("said afterward the ...").
    static let timeAdverbsAfterVerb: WordSet = ["afterward", "afterwards", "later", "earlier", "separately", "previously", "again"]
    /// Units of a span of time counted from an event ("Hours before the talks", "two days after the summit").
    static let timeSpanNouns: WordSet = ["minutes", "hours", "days", "weeks", "months", "years", "moments", "hour", "day", "week", "month", "year"]
    /// Nouns of a time phrase ("last week", "this morning").
    static let timeNouns: WordSet = ["week", "month", "year", "day", "night", "morning", "afternoon", "evening", "weekend", "today", "yesterday"]
    /// Determiners and quantifiers that can open the subject of a reported clause.
    static let clauseDeterminers: WordSet = [
        "his", "her", "its", "their", "our", "my", "no", "some", "all", "both", "each", "every", "any", "this", "these",
        "those", "there", "such", "neither", "either", "none",
    ]
}

extension Lexicon {
    /// Adjectives kept with an unnamed source ("a senior Ukrainian official").
    static let sourceAdjectives: WordSet = ["senior", "high-ranking", "unnamed", "anonymous", "top", "former", "western", "european", "arab", "gulf", "asian",
                                            // ("several officials in Berlin and Paris": how many, as the text counts them.)
                                            "several", "some", "many", "two", "three", "four"]
    /// Nouns after a person's possessive that speak in their name ("Starmer's office said").
    static let officeNouns: WordSet = ["office", "administration", "government", "camp", "team", "spokesperson", "press", "service"]
    /// Unnamed sources placed by a phrase after them ("a source in the Ukrainian delegation").
    static let unnamedSourceNouns: WordSet = [
        "source", "sources", "official", "officials", "member", "members", "person", "people", "diplomat", "diplomats", "insider",
        "critics", "analysts", "observers",
    ]
}
