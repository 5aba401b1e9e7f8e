/// "Russia sent Admiral Igor Kostyukov, the head of military intelligence, with a group of defence-ministry officers", "America
/// fielded Steve Witkoff, ..., and Jared Kushner, ...": a state opening the sentence that sent or fielded people named right
/// after the verb. One person sent, alone or with others, heads the side; people listed together are only its members.
enum StateSent {
    /// The state's code, the head (one person sent "with" others) and the index the member list follows.
    static func find(_ doc: Document, _ people: PeopleIndex, _ s: Sentence) -> (side: String, head: String?, listAfter: Int)? {
        let t = doc.tokens
        guard let (c, k) = OpeningState.find(doc, people, s, after: 2).flatMap({ sendingVerbs.contains(t[$0.at + 1].lower) ? $0 : nil })
                ?? openingSender(doc, people, s) else { return nil }
        var verb = k + 1
        // ("sent his defence minister, Rustem Umerov, instead": the name after the office the sender's possessive owns.)
        if verb + 2 < s.tokens.upperBound, ownerWords.contains(t[verb + 1].lower),
           let comma = (verb + 2..<min(s.tokens.upperBound, verb + 6)).first(where: { t[$0].isMark(",") }),
           (verb + 2..<comma).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized || t[$0].is([.roleNoun, .titleWord]) }) { verb = comma }
        // ("sent not Vladimir Medinsky, ..., but Admiral Igor Kostyukov": those after "but".)
        if verb + 1 < s.tokens.upperBound, t[verb + 1].lower == "not" {
            guard let but = (verb + 2..<s.tokens.upperBound).first(where: { t[$0].lower == "but" }) else { return nil }
            verb = but
        }
        // The first person right after the verb, past a few words of title ("Admiral", "Gen.").
        let first = people.nameStart(after: verb, in: s, t)
        guard first < s.tokens.upperBound, let p = people.personAt[first],
              // (Not one sent something: "Russia sent Donald Trump a letter with its demands".)
              !(people.mentionEnd[first].map { $0 < s.tokens.upperBound && t[$0].is(.article) } ?? false),
              // (Not a trip: "The US sent Witkoff to Moscow", a summit or a meeting told in the same sentence; nor a delegation
              // named after: "Moscow sent Medinsky, ..., at the head of a delegation that included ...".)
              !(first..<s.tokens.upperBound).contains(where: { t[$0].lower == "to" && $0 + 1 < s.tokens.upperBound && t[$0 + 1].isCapitalized
                  || t[$0].is([.summitNoun, .meetingTrigger, .delegationNoun]) }),
              // (One of the sender's own state: not "Vladimir Putin sent Steve Witkoff home with a message for Donald Trump".)
              people.people[p].country.map({ $0 == c }) ?? true,
              // (Nor one sent back: "sent him home", "sent back".)
              !(people.mentionEnd[first].map { $0 < s.tokens.upperBound && Self.sentAwayWords.contains(t[$0].lower) } ?? false) else { return nil }
        // One person "with" others heads them; "A and B" are members alike.
        let withAt = (first..<s.tokens.upperBound).first { t[$0].lower == "with" || t[$0].lower == "accompanied" }
        let othersBefore = (first..<(withAt ?? s.tokens.upperBound)).contains { k in
            people.personAt[k].map { $0 != p && t[k - 1].lower != "of"
                && !(people.mentionEnd[k].map { $0 < t.count && t[$0].kind == .possessive } ?? false) } ?? false }
        // (One person sent alone heads the side too: "sent his defence minister, Rustem Umerov, instead".)
        let head = !othersBefore ? people.people[p].name : nil
        // (The head's own words are no member: the list is what follows "with".)
        return (c, head, head == nil ? verb : withAt ?? verb)
    }

    /// "Volodymyr Zelensky, who had offered to meet Mr Putin in person, sent ...": a person of a state opening the sentence,
    /// past a relative clause on them, sends for their state. The state and the index right before the verb.
    private static func openingSender(_ doc: Document, _ people: PeopleIndex, _ s: Sentence) -> (code: String, at: Int)? {
        let t = doc.tokens
        let k = s.tokens.lowerBound
        guard let p = people.personAt[k], let c = people.people[p].country, !c.isEmpty, var e = people.mentionEnd[k] else { return nil }
        if e + 1 < s.tokens.upperBound, t[e].isMark(","), t[e + 1].lower == "who",
           let close = (e + 2..<min(s.tokens.upperBound, e + 20)).first(where: { t[$0].isMark(",") }) { e = close + 1 }
        guard e + 2 < s.tokens.upperBound, sendingVerbs.contains(t[e].lower) else { return nil }
        return (c, e - 1)
    }

    static let sendingVerbs: WordSet = ["sent", "fielded", "dispatched"]
    static let ownerWords: WordSet = ["his", "her", "its", "their"]
    static let sentAwayWords: WordSet = ["home", "back", "away"]
}
