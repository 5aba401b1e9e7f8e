/// The lexicon classes of one word, looked up once per token when the document is built,
/// so rules test bits instead of hashing the same string against many tables.
public struct LexClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

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
    static let article = LexClass(rawValue: 1 << 15)
    static let appositiveOpener = LexClass(rawValue: 1 << 16)
    static let delegationNoun = LexClass(rawValue: 1 << 17)
    static let roleAdjective = LexClass(rawValue: 1 << 18)
    static let honorific = LexClass(rawValue: 1 << 19)
    static let introWord = LexClass(rawValue: 1 << 20)
    static let phraseBreaker = LexClass(rawValue: 1 << 21)
    static let controlVerb = LexClass(rawValue: 1 << 22)
    static let personalPronoun = LexClass(rawValue: 1 << 23)
    static let groupPronoun = LexClass(rawValue: 1 << 24)
    static let city = LexClass(rawValue: 1 << 25)
    static let talksNoun = LexClass(rawValue: 1 << 26)
    static let summitNoun = LexClass(rawValue: 1 << 27)
    static let venueHead = LexClass(rawValue: 1 << 28)
    static let proposedMarker = LexClass(rawValue: 1 << 29)
    static let plannedMarker = LexClass(rawValue: 1 << 30)
    static let heldMarker = LexClass(rawValue: 1 << 31)
    static let agreedMarker = LexClass(rawValue: 1 << 32)
    static let leaderNoun = LexClass(rawValue: 1 << 33)
    /// A demonym or place that names a state (its code is not empty).
    static let stateDemonym = LexClass(rawValue: 1 << 34)
    static let statePlace = LexClass(rawValue: 1 << 35)
    static let contentBreaker = LexClass(rawValue: 1 << 36)
    static let continuingParticiple = LexClass(rawValue: 1 << 37)
    static let needsThat = LexClass(rawValue: 1 << 38)
    static let asVerb = LexClass(rawValue: 1 << 39)
    static let leadVerb = LexClass(rawValue: 1 << 40)
    static let unitNoun = LexClass(rawValue: 1 << 41)
    static let unitModifier = LexClass(rawValue: 1 << 42)
    static let figureTopicWord = LexClass(rawValue: 1 << 43)
    static let numberScale = LexClass(rawValue: 1 << 44)
    static let transliterated = LexClass(rawValue: 1 << 45)
    /// Single words some rules look for in every sentence, as bits so the scan compares no strings.
    static let according = LexClass(rawValue: 1 << 46)
    static let delegateNoun = LexClass(rawValue: 1 << 47)
    static let futureMarker = LexClass(rawValue: 1 << 48)
    static let placePreposition = LexClass(rawValue: 1 << 49)
    static let clauseJoiner = LexClass(rawValue: 1 << 50)
    static let meetVerb = LexClass(rawValue: 1 << 51)
    static let callVerb = LexClass(rawValue: 1 << 52)
    static let dateOpener = LexClass(rawValue: 1 << 53)
    /// The first word of a city of several words ("abu" of "Abu Dhabi").
    static let cityStart = LexClass(rawValue: 1 << 54)
    static let timeSpanNoun = LexClass(rawValue: 1 << 55)
    /// Words a rule looks for before anything else, so that a sentence without one skips the rule (`Sentence.mayHave`).
    static let journeyVerb = LexClass(rawValue: 1 << 56)
    static let cueWord = LexClass(rawValue: 1 << 57)
    static let stageVerb = LexClass(rawValue: 1 << 58)
    static let comingVerb = LexClass(rawValue: 1 << 59)
    static let invitingVerb = LexClass(rawValue: 1 << 60)
    static let guestVerb = LexClass(rawValue: 1 << 61)
    static let speakOrTalk = LexClass(rawValue: 1 << 62)
    /// "meeting", "spent", "spoke", "talked": the words besides `meetVerb` a verb of meeting may be told by.
    static let meetingVerbLike = LexClass(rawValue: 1 << 63)
    /// The classes above: they say nothing of what a word is, so a word with only these counts as in no lexicon.
    static let ruleCues: LexClass = [.journeyVerb, .cueWord, .stageVerb, .comingVerb, .invitingVerb, .guestVerb, .speakOrTalk,
                                     .meetingVerbLike]
    static let all = LexClass(rawValue: .max)

    /// Words that may open a capitalised run before a name and are stripped from it.
    static let strippable: LexClass = [.notName, .roleNoun, .titleWord, .demonym, .place, .organisation, .honorific]
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
        add(articles, .article)
        add(appositiveOpeners, .appositiveOpener)
        add(delegationNouns, .delegationNoun)
        add(roleAdjectives, .roleAdjective)
        add(honorifics, .honorific)
        add(introWords, .introWord)
        add(phraseBreakers, .phraseBreaker)
        add(controlVerbs, .controlVerb)
        add(personalPronouns, .personalPronoun)
        add(groupPronouns, .groupPronoun)
        add(cities, .city)
        add(timeSpanNouns, .timeSpanNoun)
        // (A space byte, read without Foundation's substring search: city names are plain words.)
        add(cities.compactMap { $0.utf8.contains(0x20) ? $0.split(separator: " ").first.map(String.init) : nil }, .cityStart)
        add(talksNouns, .talksNoun)
        add(summitNouns, .summitNoun)
        add(venueHeads, .venueHead)
        add(proposedMarkers, .proposedMarker)
        add(plannedMarkers, .plannedMarker)
        add(heldMarkers, .heldMarker)
        add(agreedMarkers, .agreedMarker)
        add(leaderNouns, .leaderNoun)
        add(demonyms.filter { !$0.value.isEmpty }.keys, .stateDemonym)
        add(placeCountry.filter { !$0.value.isEmpty }.keys, .statePlace)
        add(contentBreakersAfterComma, .contentBreaker)
        add(continuingParticiples, .continuingParticiple)
        add(sayingVerbsNeedingThat, .needsThat)
        add(asVerbs, .asVerb)
        add(leadVerbs, .leadVerb)
        add(unitNouns.keys, .unitNoun)
        add(unitModifiers, .unitModifier)
        add(figureTopicWords.keys, .figureTopicWord)
        add(numberScales.keys, .numberScale)
        add(transliterations.keys, .transliterated)
        add(["according"], .according)
        add(delegateNouns, .delegateNoun)
        add(futureMarkers, .futureMarker)
        add(placePrepositions, .placePreposition)
        add(reportClauseJoiners, .clauseJoiner)
        add(meetVerbs, .meetVerb)
        add(callVerbs, .callVerb)
        add(dateOpeners, .dateOpener)
        add(MeetingRules.journeyVerbs.union(MeetingRules.visitVerbs), .journeyVerb)
        add(SentenceCues.words, .cueWord)
        add(MeetingRules.stageVerbs, .stageVerb)
        add(MeetingRules.comingVerbs, .comingVerb)
        add(MeetingRules.invitingVerbs, .invitingVerb)
        add(MeetingRules.guestVerbs, .guestVerb)
        add(["speak", "talk"], .speakOrTalk)
        add(["meeting", "spent", "spoke", "talked", "negotiated"], .meetingVerbLike)
        var triggers = talksNouns.union(summitNouns).union(pluralRoundNouns).union(callVerbs).union(visitNouns).union(MeetingRules.gatheringOnlyNouns)
        for phrase in callPhrases.phrases + exchangePhrases.phrases + remainsPhrases.phrases { triggers.insert(phrase[0]) }
        add(triggers, .meetingTrigger)
        return out
    }()
}
