/// A speaker named only by office, "the US President now saying ...", "the Russian negotiator said ...": the one person
/// of the article who holds it, when there is exactly one. A state's president or leader is its head of state named in
/// the article; its negotiator is the head of its delegation at the article's round.
enum SpeakerByOffice {
    static func person(_ label: String, _ people: PeopleIndex, _ meetings: MeetingRules, _ delegations: [Delegation]) -> String? {
        var words = label.split(separator: " ").map { $0.lowercased() }
        if words.first == "the" { words.removeFirst() }
        // ("the US President now saying": an adverb after the office is no part of it.)
        if let last = words.last, trailingAdverbs.contains(last) { words.removeLast() }
        guard words.count == 2, let state = Lexicon.demonyms[words[0]] ?? Lexicon.placeCountry[words[0]], !state.isEmpty else { return nil }
        let office = words[1]
        if leaderOffices.contains(office) {
            let leaders = people.people.indices.filter { people.people[$0].country == state && meetings.isLeader($0) }
            return leaders.count == 1 ? people.people[leaders[0]].name : nil
        }
        if negotiatorOffices.contains(office), let main = meetings.mainTalks {
            let id = meetings.meetings[main].id
            let heads = Set(delegations.filter { $0.meeting == id && $0.side == state }.compactMap(\.head))
            return heads.count == 1 ? heads.first : nil
        }
        return nil
    }

    static let trailingAdverbs: Set<String> = ["now", "also", "again", "later", "himself", "herself"]
    static let leaderOffices: Set<String> = ["president", "leader"]
    static let negotiatorOffices: Set<String> = ["negotiator"]
}
