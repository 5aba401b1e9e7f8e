extension Lexicon {
    /// Verbs of saying or expressing that attribute content to a source ("said", "noted",
    /// "confirmed", "expressed", "urged", "described ... as"). Stance verbs without content
    /// (dismissed, rejected, condemned, pushed for) are deliberately absent.
    static let sayingVerbs: WordSet = [
        "said", "says", "say", "stated", "states", "noted", "notes", "confirmed", "confirms", "emphasized",
        "emphasised", "emphasizes", "emphasises", "stressed", "stresses", "added", "adds", "explained", "explains",
        "announced", "announces", "warned", "warns", "urged", "urges", "expressed", "expresses", "welcomed",
        "welcomes", "indicated", "indicates", "mentioned", "mentions", "suggested", "suggests", "proposed",
        "proposes", "reiterated", "reiterates", "described", "describes", "claimed", "claims", "told", "tells",
        "acknowledged", "acknowledges", "argued", "argues", "remarked", "remarks", "shared", "declared",
        "declares", "insisted", "insists", "asserted", "asserts", "maintained", "believes", "believed", "hinted",
        "revealed", "reported", "reports", "wrote", "writes", "tweeted", "posted", "replied", "responded",
        "commented", "observed", "predicted", "promised", "pledged", "vowed", "assured", "admitted", "conceded",
        "signaled", "signalled", "criticized", "criticised", "threatened", "accused", "deemed",
        "called", "framing", "view", "referring", "insinuating", "repeated", "repeats", "specified", "clarified",
        "underlined", "underscored", "recalled", "outlined", "informed", "put", "countered", "counters", "contended", "contends",
        "complained", "complains", "cautioned", "cautions", "reaffirmed", "reaffirms", "alleged", "alleges",
        "saying", "stating", "noting", "confirming", "emphasizing", "emphasising", "stressing", "adding",
        "explaining", "announcing", "warning", "urging", "expressing", "welcoming", "indicating", "mentioning",
        "suggesting", "proposing", "reiterating", "describing", "claiming", "acknowledging", "arguing",
        "remarking", "declaring", "insisting", "asserting", "citing", "cited", "accusing", "calling", "telling", "complaining", "cautioning",
    ]

    /// Verbs whose use needs a particle to carry content ("called on X to ...", "referring to X as ...").
    static let sayingVerbParticles: [String: [String]] = [
        "called": ["on", "for"], "calling": ["on", "for"], "referring": ["to"], "view": ["the", "a", "an", "it", "this", "that"],
        "framing": [], "deemed": [], "criticized": [], "criticised": [], "threatened": ["to"], "accused": [],
        "accusing": [], "put": ["forward"],
    ]

    /// Verbs of naming whose object and a quotation after it are the content ("called X “Y”").
    static let callingVerbs: WordSet = ["called", "calling", "calls"]

    /// Verbs that only count when the content is framed with "as" ("described X as Y").
    static let asVerbs: WordSet = ["described", "describes", "describing", "framing", "view", "referring"]

    /// The participle (-ing) saying verbs: their subject is the subject of the clause they hang on.
    static let participleSayingVerbs: WordSet = [
        "saying", "stating", "noting", "confirming", "emphasizing", "emphasising", "stressing", "adding",
        "explaining", "announcing", "warning", "urging", "expressing", "welcoming", "indicating", "mentioning",
        "suggesting", "proposing", "reiterating", "describing", "claiming", "acknowledging", "arguing",
        "remarking", "declaring", "insisting", "asserting", "citing", "accusing", "calling", "telling",
        "framing", "referring", "insinuating", "complaining", "cautioning",
    ]

    /// "told", "tells": the verbs whose listeners come between them and what was said.
    static let tellingVerbs: WordSet = ["told", "tells"]

    /// Listeners after "told" ("told reporters Moscow was ready"): with one of these no "that" is needed.
    static let tellListeners: [[String]] = [
        ["reporters"], ["journalists"], ["the", "media"], ["the", "press"], ["a", "news", "conference"], ["state", "television"],
        ["state", "media"], ["media"], ["lawmakers"], ["parliament"], ["the", "bbc"], ["cnn"], ["interfax"], ["tass"], ["ria", "novosti"], ["reuters"],
        ["the", "delegations"], ["the", "two", "delegations"], ["both", "delegations"], ["the", "negotiators"], ["the", "delegates"],
        ["the", "two", "sides"], ["the", "audience"], ["the", "participants"], ["his", "counterpart"], ["her", "counterpart"],
    ]
    /// Objects and phrases between a verb and its content that carry no content themselves.
    static let contentLeadIns: [[String]] = [
        ["to", "the", "media"], ["to", "reporters"], ["to", "journalists"], ["to", "the", "press"], ["on", "social", "media"],
        ["in", "a", "statement"], ["on", "television"], ["during", "his", "remarks"], ["during", "her", "remarks"],
    ]
}

extension Lexicon {
    /// Verbs that report speech only when a that-clause follows ("shared that ...", not "shared photographs").
    static let sayingVerbsNeedingThat: WordSet = [
        "shared", "told", "tells", "reported", "reports", "wrote", "writes", "posted", "tweeted", "believes",
        "believed", "revealed", "hinted", "signaled", "signalled", "predicted", "admitted", "conceded", "observed",
        "replied", "responded", "commented", "telling", "insisted", "insists", "insisting", "repeated", "repeats",
        "informed", "countered", "counters", "contended", "contends",
    ]
    /// Participles that elaborate the statement before them ("..., citing «numerous factors»")
    /// rather than start a new one; reported content runs on through them.
    static let continuingParticiples: WordSet = ["citing"]
    /// Verbs that take an infinitive before the verb of saying ("attempted to view ... as").
    static let controlVerbs: WordSet = [
        "attempted", "tried", "sought", "wanted", "continued", "appeared", "seemed", "began", "started",
        "decided", "hoped", "refused", "managed", "chose", "opted", "went", "moved",
    ]
    /// Words after a clause that end reported content: a new clause with its own subject follows.
    /// Conjunctions after which a new verb of saying starts another report ("... and indicated ...").
    static let reportClauseJoiners: WordSet = ["and", "but", "yet"]
    static let contentBreakersAfterComma: WordSet = ["but", "while", "whereas", "although", "though", "however", "according", "which"]
}
