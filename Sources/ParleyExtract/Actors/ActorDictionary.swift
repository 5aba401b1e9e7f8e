/// What the extractor knows about people ahead of the article: canonical names, spellings,
/// countries and dated roles. Built in for the best-known actors, extended with `--actors FILE`.
/// It adds knowledge to what patterns find; it never makes someone a person on its own.
public struct ActorDictionary: Sendable {
    public private(set) var actors: [Actor] = []
    /// Folded canonical names → actor index, so a later entry replaces an earlier one.
    private var byCanonicalName: [String: Int] = [:]
    /// Folded full names and multi-word aliases → actor index.
    private var byName: [String: Int] = [:]
    /// Folded surnames → actor indexes (a surname alone identifies only an actor who is alone with it).
    private var bySurname: [String: [Int]] = [:]
    /// Folded forms (name and aliases) of each actor, so a lookup folds only the name it is given.
    private var formKeys: [Set<String>] = []

    public init(_ actors: [Actor] = []) {
        for actor in actors { add(actor) }
    }

    /// Adds an actor, or replaces the one with the same name: later entries win, so a user's
    /// file overrides the built-in table (the forms of both stay known).
    public mutating func add(_ actor: Actor) {
        let canonical = ActorDictionary.key(actor.name)
        let index: Int
        if let existing = byCanonicalName[canonical] {
            index = existing
            actors[index] = actor
        } else {
            index = actors.count
            actors.append(actor)
            formKeys.append([])
            byCanonicalName[canonical] = index
        }
        formKeys[index] = Set(([actor.name] + actor.aliases).map(ActorDictionary.key))
        for form in [actor.name] + actor.aliases {
            let words = form.split(separator: " ").map(String.init)
            guard let last = words.last else { continue }
            if words.count > 1 { byName[ActorDictionary.key(form)] = index }
            let surname = NameKey.word(last)
            if !(bySurname[surname] ?? []).contains(index) { bySurname[surname, default: []].append(index) }
        }
    }

    public func merging(_ other: ActorDictionary) -> ActorDictionary {
        var merged = self
        for actor in other.actors { merged.add(actor) }
        return merged
    }

    public var isEmpty: Bool { actors.isEmpty }

    /// The actor a name found in an article is: by full name or alias, or by a surname that
    /// only one actor has.
    public func actor(named name: String) -> Actor? {
        let words = NameKey.words(name).map(NameKey.word)
        let nameKey = words.joined(separator: " ")
        if words.count > 1, let index = byName[nameKey] { return actors[index] }
        guard let last = words.last, let candidates = bySurname[last], candidates.count == 1 else { return nil }
        // "Maria Lavrov" is not Sergei Lavrov: a full name must agree on the given name too.
        if words.count > 1 && !formKeys[candidates[0]].contains(nameKey) { return nil }
        return actors[candidates[0]]
    }

    /// The role titles an actor held on the article's date; without a date, only undated roles.
    public static func roles(of actor: Actor, on date: String?) -> [String] {
        actor.roles.filter { role in
            guard let date else { return role.from == nil && role.to == nil }
            return role.isHeld(on: date)
        }.map(\.title)
    }

    static func key(_ name: String) -> String {
        NameKey.name(NameKey.words(name))
    }
}
