/// The lexicon classes of one word, looked up once per token when the document is built,
/// so rules test bits instead of hashing the same string against many tables.
public struct LexClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    static let notName = LexClass(rawValue: 1 << 0)
    static let roleNoun = LexClass(rawValue: 1 << 1)
    static let titleWord = LexClass(rawValue: 1 << 2)
    static let demonym = LexClass(rawValue: 1 << 3)
    static let place = LexClass(rawValue: 1 << 4)
    static let organisation = LexClass(rawValue: 1 << 5)
    static let institutionHead = LexClass(rawValue: 1 << 6)
    static let groupNoun = LexClass(rawValue: 1 << 7)
    static let month = LexClass(rawValue: 1 << 8)
    static let weekday = LexClass(rawValue: 1 << 9)
    static let sayingVerb = LexClass(rawValue: 1 << 10)
    static let participle = LexClass(rawValue: 1 << 11)
    static let filler = LexClass(rawValue: 1 << 12)
    static let meetingTrigger = LexClass(rawValue: 1 << 13)
    static let numberWord = LexClass(rawValue: 1 << 14)

    /// Words that may open a capitalised run before a name and are stripped from it.
    static let strippable: LexClass = [.notName, .roleNoun, .titleWord, .demonym, .place, .organisation]
    /// Words that can never be part of a person's name.
    static let blocksName: LexClass = [.notName, .roleNoun, .titleWord, .demonym, .place, .organisation,
                                        .institutionHead, .groupNoun, .month, .weekday, .sayingVerb]
}

extension Lexicon {
    /// Every lexicon word with its classes.
    static let classes: [String: LexClass] = {
        var out: [String: LexClass] = [:]
        func add<S: Sequence>(_ words: S, _ c: LexClass) where S.Element == String {
            for w in words { out[w, default: []].insert(c) }
        }
        add(notNames, .notName)
        add(roleNouns, .roleNoun)
        add(titleWords, .titleWord)
        add(demonyms.keys, .demonym)
        add(placeCountry.keys, .place)
        add(organisations, .organisation)
        add(institutionHeads, .institutionHead)
        add(groupNouns, .groupNoun)
        add(months.keys, .month)
        add(weekdays.keys, .weekday)
        add(sayingVerbs, .sayingVerb)
        add(participleSayingVerbs, .participle)
        add(subjectVerbFillers, .filler)
        add(numberWords.keys, .numberWord)
        var triggers = talksNouns.union(summitNouns)
        for phrase in callPhrases + exchangePhrases + remainsPhrases { triggers.insert(phrase[0]) }
        add(triggers, .meetingTrigger)
        return out
    }()
}
