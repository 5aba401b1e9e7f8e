extension Lexicon {
    /// Adverbs and auxiliaries that may stand between a subject and its verb ("Peskov has also said").
    static let subjectVerbFillers: WordSet = [
        "also", "further", "previously", "earlier", "later", "again", "once", "then", "reportedly", "repeatedly", "afterwards", "afterward",
        "long", "always", "often", "frequently",
        "has", "have", "had", "did", "does", "do", "would", "will", "could", "had", "consistently", "thus", "far",
        "continuously", "steadily", "quickly", "publicly", "openly", "separately", "recently", "already",
        "on", "other", "hand", "however", "meanwhile", "subsequently", "explicitly", "clearly", "strongly",
        "firmly", "repeated", "not", "never", "is", "was", "were", "are", "largely", "broadly", "generally",
        "initially", "privately", "cautiously", "warmly", "swiftly", "immediately", "formally", "officially", "finally",
        "jointly", "mostly", "widely", "personally", "directly", "afterwards", "afterward", "soon",
    ]

    static let personalPronouns: WordSet = ["he", "she", "him", "her"]
    /// The personal pronouns that can be a subject.
    static let heOrShe: WordSet = ["he", "she"]
    static let groupPronouns: WordSet = ["they", "them", "we", "it"]

    static let articles: WordSet = ["the", "a", "an"]

    /// Quotation marks, straight and curly.
    static let quoteMarks: WordSet = ["\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\"", "\u{2018}", "\u{2019}", "'"]

    /// Words that end a noun phrase when scanning back from a verb.
    static let phraseBreakers: WordSet = [
        "and", "but", "or", "yet", "while", "whereas", "that", "which", "who", "whom", "whose", "as", "because",
        "although", "though", "if", "when", "after", "before", "since", "until", "so", "to", "in", "on", "at",
        "with", "for", "by", "into", "about", "during", "than", "is", "was", "were", "are", "be", "been",
        "has", "have", "had", "this", "these", "those", "said", "says", "where", "how", "what", "why",
    ]

    /// Sentence openers before a comma that are not the subject ("Meanwhile, ...", "On Tuesday, ...").
    static let introWords: WordSet = [
        "meanwhile", "however", "consistently", "conversely", "instead", "moreover", "furthermore", "still",
        "also", "additionally", "interestingly", "notably", "separately", "earlier", "later", "previously",
        "on", "in", "during", "after", "before", "following", "ahead", "at", "speaking", "asked", "under", "with",
        "for", "while", "since", "as", "although", "though", "this", "last", "yesterday", "today", "overall",
        "aboard", "amid", "despite", "inside", "upon", "throughout",
    ]

    /// Capitalised words that are never names (sentence openers, calendar words, common nouns in titles).
    static let notNames: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "his", "her", "they", "their",
        "we", "our", "i", "you", "my", "on", "in", "at", "of", "for", "by", "with", "from", "to", "and", "but", "or",
        "as", "if", "when", "while", "after", "before", "since", "during", "following", "under", "ahead", "although",
        "though", "however", "meanwhile", "instead", "conversely", "consistently", "interestingly", "unfortunately",
        "obviously", "both", "each", "all", "one", "two", "three", "no", "not", "who", "what", "why", "how", "where",
        "there", "here", "speaking", "according", "born", "said", "also", "still", "yet", "so", "then", "once",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "holy",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
        "could", "should", "does", "did", "do", "which", "whose", "whom", "god", "west", "east", "north", "south", "ceasefire", "peace", "war", "talks",
        "comments", "reporting", "generated", "add", "share", "related", "read", "also", "active", "class",
        "moscow", "kremlin", "washington", "observers", "efforts", "large-scale", "prisoner", "exchange",
        "another", "others", "some", "many", "several", "few", "great", "join", "subscribe", "edited", "republish",
        // ("Afterwards Yuri Ushakov ... told reporters": adverbs opening a sentence with no comma.)
        "afterwards", "afterward", "later", "earlier", "separately", "previously", "subsequently", "now", "then",
    ]
}
