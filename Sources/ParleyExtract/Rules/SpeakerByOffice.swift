/// A speaker named only by office, "the US President now saying ...", "the Russian negotiator said ...": the one person
/// of the article who holds it, when there is exactly one. A state's leader is its leader named in the article (its
/// president only one told or known as president); its negotiator is the head of its delegation at the article's round.
enum SpeakerByOffice {
    static func person(_ label: String, _ people: PeopleIndex, _ meetings: MeetingRules, _ delegations: [Delegation]) -> String? {
        var words = label.split(separator: " ").map { $0.lowercased() }
        if words.first == "the" { words.removeFirst() }
        // ("Russia's chief negotiator": the state owning the office.)
        if let first = words.first, first.hasSuffix("'s") || first.hasSuffix("\u{2019}s") { words[0] = String(first.dropLast(2)) }
        // ("the US President now saying": an adverb after the office is no part of it.)
        if let last = words.last, trailingAdverbs.contains(last) { words.removeLast() }
        // ("the head of the Russian delegation": the state's negotiator.)
        if words.count == 5, headWords.contains(words[0]), words[1] == "of", words[2] == "the", words[4] == "delegation" { words = [words[3], "negotiator"] }
        // ("Russia's chief negotiator", "the chief Ukrainian negotiator": the same.)
        if words.count == 3, words.contains("chief") || words.contains("lead") { words.removeAll { $0 == "chief" || $0 == "lead" } }
        // ("the Kremlin's negotiator": the seat of a state's power stands for it.)
        guard words.count == 2, let state = Lexicon.demonyms[words[0]] ?? Lexicon.placeCountry[words[0]] ?? seatsOfPower[words[0]], !state.isEmpty
        else { return nil }
        let office = words[1]
        if leaderOffices.contains(office) {
            // (A president is a head of state known as one or told as president, not a chancellor: "The German President".)
            let leaders = people.people.indices.filter { p in
                people.people[p].country == state && meetings.isLeader(p) && (office == "leader" || isPresident(people.people[p]))
            }
            return leaders.count == 1 ? people.people[leaders[0]].name : nil
        }
        if negotiatorOffices.contains(office), let main = meetings.mainTalks {
            let id = meetings.meetings[main].id
            let heads = Set(delegations.filter { $0.meeting == id && $0.side == state }.compactMap(\.head))
            return heads.count == 1 ? heads.first : nil
        }
        return nil
    }

    private static func isPresident(_ person: PersonFinding) -> Bool {
        let roles = person.roles.map { $0.text.lowercased() }
        if roles.contains(where: { $0.hasSuffix("president") && !$0.contains("vice") }) { return true }
        return roles.allSatisfy { role in !Lexicon.leaderTitles.contains(where: { role.hasSuffix($0) }) && !role.hasSuffix("minister") }
            && Lexicon.headsOfState.contains(person.key)
    }

    static let headWords: Set<String> = ["head", "leader", "chief"]
    static let trailingAdverbs: Set<String> = ["now", "also", "again", "later", "himself", "herself"]
    static let leaderOffices: Set<String> = ["president", "leader"]
    static let negotiatorOffices: Set<String> = ["negotiator"]
    static let seatsOfPower: [String: String] = ["kremlin": "RU", "élysée": "FR", "elysee": "FR", "bankova": "UA"]
}
