extension Lexicon {
    /// Nouns that name a negotiation round.
    static let talksNouns: WordSet = ["talks", "negotiations", "round", "consultations", "discussions", "meeting", "meetings", "session"]
    /// Phone calls.
    static let callPhrases: PhraseList = [
        ["telephone", "conversation"], ["phone", "conversation"], ["telephone", "call"], ["phone", "call"],
        ["call"], ["phone", "talks"], ["spoke", "by", "phone"], ["video", "call"], ["conversation"],
    ]
    /// Verbs that tell a phone call when a person is their object ("broke off the talks to call the Russian president").
    /// Verbs of calling in the past tense: a call already made, whatever the clause around them says.
    static let pastCallVerbs: WordSet = ["called", "phoned", "telephoned", "rang", "spoke", "talked"]
    static let callVerbs: WordSet = ["call", "called", "calls", "calling", "phone", "phoned", "phones", "phoning", "rang",
                                     "spoke", "talked", "spoken", "telephone", "telephoned"]
    /// Verbs of conversing that "by phone" turns into a call ("spoke with Putin by phone").
    static let conversingVerbs: WordSet = ["spoke", "speak", "speaks", "spoken", "talked", "talk", "talks", "conversed", "chatted",
                                           "discussed"]
    /// Ordinal words that number a round ("the first round", "their second direct talks").
    static let roundOrdinals: WordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    ]
    /// Words that may stand between an ordinal and the talks noun ("first direct peace talks", "second round of").
    static let roundModifiers: WordSet = [
        "direct", "peace", "face-to-face", "formal", "official", "bilateral", "trilateral", "round", "of", "negotiation", "ceasefire",
        "high-level", "in-person", "russia-ukraine", "ukraine-russia", "new",
    ]
    /// Heads-of-state encounters.
    static let summitNouns: WordSet = ["summit", "encounter"]
    /// "his previous Oval Office visit": a leaders' meeting when a leader's seat names it.
    static let visitNouns: WordSet = ["visit"]
    /// Plural nouns that list earlier rounds by their days ("the previous two rounds, held on May 16 and June 2",
    /// "followed sessions on May 16 and June 2").
    static let pluralRoundNouns: WordSet = ["rounds", "sessions"]
    /// Words after "between"/"with" that make a meeting a leaders' meeting.
    static let leaderNouns: WordSet = ["presidents", "leaders", "heads", "president", "leader"]
    /// Prisoner exchanges and body returns as events (singular only: plurals are generic).
    static let exchangePhrases: PhraseList = [
        ["prisoner", "exchange"], ["prisoner", "swap"], ["exchange", "of", "prisoners"], ["swap"], ["pow", "exchange"],
        ["exchange", "#"], ["exchange", "of", "#"], ["swap", "of", "#"], ["exchanged", "#"], ["swapped", "#"], ["traded", "#"],
    ]
    /// Past verbs of exchanging that tell an exchange as done ("Russia and Ukraine swapped 84 prisoners").
    static let exchangeVerbs: WordSet = ["exchanged", "swapped", "traded"]
    /// Words between a verb of exchanging and its count ("exchanged a total of 307", "swapped some 390").
    static let countLeadIns: WordSet = ["a", "total", "of", "some", "nearly", "almost", "about", "around", "more", "than", "at", "least", "another", "over"]
    /// Nouns a country after "in" belongs to rather than placing a meeting ("the war in Ukraine").
    static let conflictNouns: WordSet = ["war", "conflict", "fighting", "invasion", "peace", "ceasefire", "crisis", "situation"]
    /// Verbs that tell an exchange as done ("completed on May 25", "conducted").
    static let completionWords: WordSet = ["completed", "conducted", "finished", "implemented", "began", "started"]
    static let remainsPhrases: PhraseList = [["return", "the", "remains"], ["return", "of", "remains"], ["return", "of", "the", "remains"], ["remains", "of"], ["repatriation", "of"], ["bodies", "of"], ["return", "of", "#"], ["handover", "of", "#"], ["handover", "of"]]

    /// Words near a talks noun that put the round in the future.
    static let futureMarkers: WordSet = [
        "will", "would", "next", "future", "further", "resume", "upcoming", "expected", "scheduled", "planned", "due", "slated",
    ]
    /// Prepositions before a meeting's place ("in Istanbul", "at Geneva").
    static let placePrepositions: WordSet = ["in", "at"]
    /// Parts of a city named before it: "on the outskirts of the Saudi capital", "in the centre of Istanbul".
    static let cityParts: WordSet = ["outskirts", "suburbs", "suburb", "centre", "center", "heart", "edge"]

    /// Words that put a meeting in the future as agreed.
    static let plannedMarkers: WordSet = [
        "will", "would", "upcoming", "agreed", "agreement", "planned", "scheduled", "next", "resume",
        "coming", "works", "expected", "prepare", "preparing", "consented", "pledged", "promised",
    ]
    /// Words that make a future meeting agreed rather than merely suggested.
    static let agreedMarkers: WordSet = [
        "agreed", "agreeing", "agreement", "consented", "scheduled", "planned", "pledged", "promised", "confirmed", "set",
    ]
    /// Headline words that name a kind of meeting ("Telephone conversation with ...", "Talks in Istanbul").
    static let headlineMeetingWords: WordMap<MeetingKind> = [
        "conversation": .call, "call": .call, "telephone": .call, "phone": .call,
        "talks": .talks, "negotiations": .talks, "summit": .summit, "meeting": .summit,
    ]
    /// Words that tell an agreement in a clause: a day told there is the agreement's, not its content's.
    static let agreementWords: WordSet = ["agreed", "agree", "agreeing", "agreement", "deal", "consented", "accord"]
    /// Words that make a meeting a suggestion not yet agreed.
    static let proposedMarkers: WordSet = [
        "proposed", "propose", "proposal", "request", "requests", "requested", "suggested", "suggestion",
        "potential", "possible", "might", "could", "may", "readiness", "ready", "call", "calls", "offer",
        "offered", "invited", "idea", "sought", "seeking", "wants", "want", "wanted", "hopes",
    ]
    /// Verbs that put a meeting forward: the day beside their object is the proposal's.
    static let proposalVerbs: WordSet = ["floated", "proposed", "suggested", "offered", "announced", "unveiled"]
    /// Words that mark a meeting as having taken place.
    static let heldMarkers: WordSet = [
        "held", "took", "met", "concluded", "ended", "wrapped", "lasted", "lasting", "began", "previous", "last", "was",
        "were", "occurred", "occurring", "reached", "during", "from", "engaged", "resulted", "joined", "attended",
    ]
}

extension Lexicon {
    /// Adverbs between a verb of saying and its day ("said earlier on Friday").
    static let timeAdverbs: WordSet = ["earlier", "later", "late", "again", "also", "first"]
    /// Nouns that describe a city before its name ("the Albanian capital Tirana", "the resort of Antalya").
    static let placeDescriptors: WordSet = [
        "capital", "city", "resort", "port", "town", "seaside", "coastal", "southern", "northern", "eastern", "western",
        "black", "sea", "gulf", "border", "commercial", "financial", "historic", "red", "baltic", "mediterranean", "alpine",
        "lakeside", "riverside", "ancient", "holy", "industrial", "central",
    ]
    /// Last words of a venue name ("Dolmabahçe Palace", "Ciragan Palace Hotel").
    static let venueHeads: WordSet = [
        "palace", "hotel", "centre", "center", "residence", "hall", "house", "castle", "villa", "office", "base", "mansion", "lodge",
        "complex", "mission", "embassy", "club",
    ]
    /// Venue heads that never stand inside a person's name ("Joint Base Elmendorf"); "Hall", "House"
    /// and "Lodge" are also surnames, so they are not here.
    static let venueWordsInNames: WordSet = ["base", "palace", "hotel", "centre", "center", "residence", "mansion", "airport", "square"]
    /// Verbs of holding an event, future in a headline's infinitive ("Türkiye to host talks on Monday").
    static let eventVerbs: WordSet = ["host", "hold", "meet", "resume", "begin", "start", "attend", "sign"]
    /// Words that put a clause in the future, for the weekday it names ("will meet on Monday").
    static let futureTense: WordSet = ["will", "would", "shall", "scheduled", "due", "expected", "upcoming", "next", "plans", "planned",
                                       "slated", "poised", "ahead"]
    /// Past forms that tell an event already happened, nearer a weekday than any future word before them.
    static let pastEventVerbs: WordSet = ["spoke", "met", "held", "talked", "took", "agreed", "hosted", "visited", "signed"]
    /// "are set to hold", "is going to host": a future told by a phrase, its first word followed by "to".
    /// ("intended to speak by phone with Putin on Monday": what someone intends is still to come.)
    static let futureBeforeTo: WordSet = ["set", "going", "intends", "intended", "intend", "hopes", "hoping", "expects", "plans", "aims"]
}

extension Lexicon {
    /// Verbs that put a person at the head of a delegation ("Umerov led Ukraine’s delegation").
    static let leadVerbs: WordSet = ["lead", "led", "leads", "leading", "head", "headed", "heads", "heading", "chaired", "chairs"]
    /// The forms of `leadVerbs` a passive "led by" takes.
    static let ledOrHeaded: WordSet = ["led", "headed"]
    /// Adverbs between a delegation and "led by" ("the Russian delegation, again led by ..."), or between a head and the
    /// verb of leading ("Zelensky personally led the Ukrainian side").
    static let leadAdverbs: WordSet = ["again", "also", "once", "more", "still", "now", "then", "similarly", "likewise", "personally",
                                       "himself", "herself"]
}

extension Lexicon {
    /// Verbs that make a meeting of the people on either side ("Erdogan met Zelensky").
    static let meetVerbs: WordSet = ["met", "meet", "meets", "hosted", "hosts", "hosting", "together", "gathered", "gather", "gathers", "convened",
                                     "convene", "convenes", "sat", "receive",
                                     "received", "receives", "welcomed", "welcomes"]
    /// Verbs of meeting that take a guest only when a person follows them ("received Zelenskyy", not "received a call").
    static let receivingVerbs: WordSet = ["received", "receives", "receive", "welcomed", "welcomes"]
    /// Words before a verb of meeting that deny it ("have not met since", "refused to meet").
    static let meetingNegators: WordSet = [
        "not", "never", "n't", "refused", "refuses", "declined", "declines", "no", "unwilling", "rejected", "without",
    ]
    /// Words that start a clause: a verb of meeting's subject does not reach past them.
    /// First words of an aside between a subject and its verb ("delegations, led by ..., met").
    /// Words that open an aside between those who meet and the verb ("Zelensky, on a visit to Dublin on Tuesday, met ...").
    static let asideOpeners: WordSet = ["led", "headed", "who", "including", "accompanied", "each", "both", "on"]
    static let clauseOpeners: WordSet = [
        "that", "who", "which", "when", "while", "after", "before", "since", "because", "as", "if", "where", "whom", "but",
        "until", "unless", "whether", "till",
    ]
    /// Clause openers that make a meeting a condition ("until they meet", "if they met").
    static let hypotheticalOpeners: WordSet = ["until", "unless", "if", "whether", "till"]
    /// Words that end the people a verb of meeting takes ("met Putin in Alaska on Friday").
    static let objectEnders: WordSet = [
        "in", "on", "at", "for", "to", "during", "after", "before", "since", "last", "next", "this", "over", "about",
        "that", "who", "which", "when", "while", "as", "and", "but", "until", "behind", "ahead", "amid", "of",
    ]
    /// Plural or group participants that make a meeting talks between sides.
    static let meetingGroupNouns: WordSet = [
        "officials", "envoys", "representatives", "diplomats", "ministers", "counterpart", "counterparts", "sides", "teams",
        "delegates", "advisers", "advisors",
    ]
    /// Last words of roles that make a person a head of state or government.
    static let leaderTitles: WordSet = ["president", "chancellor", "premier", "king", "queen", "pope", "emir", "sultan", "prince", "taoiseach"]
    /// Surname keys of well-known heads of state or government in this coverage, for mentions
    /// that give no title ("Putin and Zelensky last met in 2019").
    static let headsOfState: WordSet = WordSet([
        "Putin", "Zelensky", "Trump", "Erdoğan", "Macron", "Starmer", "Merz", "Scholz", "Tusk", "Duda", "Meloni",
        "Orbán", "Lukashenko", "Stubb", "Biden", "Xi", "Modi", "Lula",
    ].map(NameKey.word))
}
