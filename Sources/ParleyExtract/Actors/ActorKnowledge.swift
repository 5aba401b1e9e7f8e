/// Applies an actor dictionary to what the rules found: the dictionary's name for a known
/// person (the article's forms become aliases), the country when the text leaves it unsaid,
/// and the roles held on the article's date. Claims and delegations follow a renamed person,
/// and two people found apart who turn out to be one actor become one.
enum ActorKnowledge {
    static func apply(_ dictionary: ActorDictionary, to extraction: Extraction) -> Extraction {
        guard !dictionary.isEmpty else { return extraction }
        var out = extraction
        var people: [Person] = []
        var renamed: [String: String] = [:]
        for person in extraction.people {
            var person = person
            // The first form the dictionary knows; a loop, as a method reference copied the dictionary per person.
            var known: Actor? = nil
            for form in [person.name] + person.aliases {
                if let actor = dictionary.actor(named: form) { known = actor; break }
            }
            if let actor = known {
                if actor.name != person.name {
                    renamed[person.name] = actor.name
                    person.aliases = [person.name] + person.aliases
                    person.name = actor.name
                }
                person.aliases = unique(person.aliases.filter { $0 != person.name })
                person.country = person.country ?? actor.country
                person.knownRoles = ActorDictionary.roles(of: actor, on: extraction.source.published)
            }
            if let same = people.firstIndex(where: { $0.name == person.name }) {
                people[same] = merged(people[same], person)
            } else {
                people.append(person)
            }
        }
        out.people = people
        guard !renamed.isEmpty else { return out }
        for c in out.claims.indices { out.claims[c].speaker = renamed[out.claims[c].speaker] ?? out.claims[c].speaker }
        for d in out.delegations.indices {
            out.delegations[d].head = out.delegations[d].head.map { renamed[$0] ?? $0 }
            out.delegations[d].members = unique(out.delegations[d].members.map { renamed[$0] ?? $0 })
        }
        return out
    }

    private static func merged(_ a: Person, _ b: Person) -> Person {
        var person = a
        person.aliases = unique(a.aliases + b.aliases).filter { $0 != a.name }
        person.country = a.country ?? b.country
        for role in b.roles where !person.roles.contains(where: { $0.text == role.text }) { person.roles.append(role) }
        person.mentions = (a.mentions + b.mentions).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        return person
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
