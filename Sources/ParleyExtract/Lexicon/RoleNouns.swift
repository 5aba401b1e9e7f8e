extension Lexicon {
    /// Nouns that head a role or title ("President", "Foreign Minister", "presidential aide").
    /// A capitalised name right after one of these is a person.
    static let roleNouns: WordSet = [
        "president", "vice-president", "minister", "secretary", "chancellor", "premier", "prime", "king", "queen",
        "prince", "emperor", "pope", "leader", "chief", "head", "aide", "assistant", "adviser", "advisor", "envoy",
        "ambassador", "negotiator", "spokesman", "spokeswoman", "spokesperson", "spokesperson's", "diplomat",
        "general", "commander", "colonel", "admiral", "marshal", "lieutenant", "captain", "senator", "congressman",
        "congresswoman", "representative", "governor", "mayor", "deputy", "director", "chairman", "chairwoman",
        "chair", "speaker", "officer", "official", "delegate", "mediator", "councillor", "councilor", "counsellor",
        "counselor", "ombudsman", "commissioner", "ombudsperson", "coordinator", "patriarch", "metropolitan", "cardinal", "archbishop", "sheikh", "emir", "crown", "politician", "academic",
        "publicist", "journalist", "analyst", "expert", "professor", "mp", "lawmaker", "prosecutor", "judge",
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "adm", "maj", "capt", "sen", "gov", "amb", "taoiseach", "tánaiste", "tanaiste",
    ]

    /// Titles only one state has, so the title alone gives the holder's state ("Pope Leo XIV", "Taoiseach Micheál Martin").
    static let titlesOfOneState: WordMap<String> = WordMap([
        "pope": "VA", "taoiseach": "IE", "tánaiste": "IE", "tanaiste": "IE",
    ])

    /// Words that may sit inside a title before the name: portfolios and qualifiers
    /// ("Minister of Defense", "Secretary of State", "Foreign Minister", "Deputy Prime Minister").
    static let titleWords: WordSet = [
        "foreign", "defense", "defence", "state", "interior", "justice", "finance", "culture", "economy",
        "economic", "affairs", "security", "national", "presidential", "prime", "deputy", "vice", "first",
        "senior", "chief", "lead", "top", "former", "acting", "special", "general", "staff", "army", "navy",
        "intelligence", "military", "cabinet", "administration", "ministry", "department", "government", "embassy", "executive", "supreme", "high",
        "commissioner", "foreign-policy", "policy", "energy", "trade", "health", "education", "agriculture",
        "veterans", "reintegration", "occupied", "territories", "digital", "transformation", "strategic",
        "industries", "emergency", "situations", "communications", "press", "council", "defence", "the",
    ]

    /// Nouns for groups or unnamed sources: capitalised at a sentence start, never a person's name.
    static let groupNouns: WordSet = [
        "observers", "officials", "analysts", "sources", "leaders", "critics", "experts", "diplomats", "residents",
        "witnesses", "authorities", "delegates", "representatives", "negotiators", "reports", "media", "investors",
        "allies", "partners", "both", "parties", "sides", "troops", "forces", "soldiers", "people", "citizens",
        "commentators", "lawmakers", "politicians", "military", "ministers", "presidents",
    ]
}

extension Lexicon {
    /// Lower-case words that may precede a role noun inside a title ("presidential aide", "lead negotiator").
    static let roleAdjectives: WordSet = ["presidential", "lead", "chief", "top", "senior", "deputy", "former", "acting", "close"]
    /// First words of an appositive that gives a role ("Medinsky, heading the Russian delegation,").
    static let appositiveOpeners: WordSet = ["heading", "leading", "head", "chief", "who", "now", "then", "former"]
    /// Plural people nouns that, like delegation nouns, can name a side at the talks.
    static let delegateNouns: WordSet = ["representatives", "delegates"]
    static let delegationNouns: WordSet = ["delegation", "delegations", "contingent", "team", "negotiators", "negotiator"]
}

extension Lexicon {
    /// Forms of address: they mark a name but are not roles.
    static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "sir", "madam", "mme", "herr", "messrs"]
}

extension Lexicon {
    /// Lower-case particles inside European names ("Ursula von der Leyen", "Charles de Gaulle").
    static let nameParticles: WordSet = ["von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "la", "le", "ter", "bin", "ibn", "bint", "al", "el"]
}
