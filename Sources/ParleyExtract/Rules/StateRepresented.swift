/// "Ukraine was represented by Umerov himself as head of the delegation, Kyrylo Budanov, ...", "The Russians were represented
/// by officers of military intelligence and the army": a state opening the sentence, told as represented by those listed.
enum StateRepresented {
    /// The state's code and the index of "by".
    static func find(_ doc: Document, _ people: PeopleIndex, _ s: Sentence) -> (String, Int)? {
        let t = doc.tokens
        guard let (c, k) = OpeningState.find(doc, people, s, after: 3),
              auxiliaries.contains(t[k + 1].lower), t[k + 2].lower == "represented", t[k + 3].lower == "by",
              // (Not "Russia was represented by Lavrov at the G20 summit in Johannesburg last month": another meeting.)
              !s.tokens.contains(where: { t[$0].is([.meetingTrigger, .summitNoun, .month, .weekday]) || otherEvents.contains(t[$0].lower) })
        else { return nil }
        return (c, k + 3)
    }

    /// The person the list names "as head" ("Umerov himself as head of the delegation").
    static func namedAsHead(_ doc: Document, _ people: PeopleIndex, after by: Int, _ s: Sentence) -> String? {
        let t = doc.tokens
        for a in (by + 2)..<max(by + 2, s.tokens.upperBound - 1) where t[a].lower == "as" && (t[a + 1].lower == "head" || t[a + 1].lower == "the"
            && a + 2 < s.tokens.upperBound && t[a + 2].lower == "head") {
            let n = reflexives.contains(t[a - 1].lower) ? a - 2 : a - 1
            if let p = people.personAt[n] { return people.people[p].name }
        }
        return nil
    }

    static let otherEvents: WordSet = ["conference", "forum", "ceremony", "funeral", "assembly", "month", "week", "year"]
    static let auxiliaries: WordSet = ["was", "were", "is", "are", "will"]
    static let reflexives: WordSet = ["himself", "herself"]
}
