/// A person the user (or parley's built-in table) knows about ahead of any article.
public struct Actor: Hashable, Sendable {
    /// The name to report them under ("Volodymyr Zelensky").
    public var name: String
    /// Other spellings and forms ("Zelenskyy", "Zelenskiy").
    public var aliases: [String]
    /// ISO 3166 code of the state they act for, if any.
    public var country: String?
    public var roles: [ActorRole]

    public init(name: String, aliases: [String] = [], country: String? = nil, roles: [ActorRole] = []) {
        self.name = name
        self.aliases = aliases
        self.country = country
        self.roles = roles
    }
}

/// A role held between two dates, either bound open ("2024-05" to nil: still held).
public struct ActorRole: Hashable, Sendable {
    public var title: String
    /// ISO dates, possibly partial ("2024", "2024-05"); compared as text, which orders ISO dates.
    public var from: String?
    public var to: String?

    public init(title: String, from: String? = nil, to: String? = nil) {
        self.title = title
        self.from = from
        self.to = to
    }

    /// Whether the role was held on `date` (ISO, possibly partial). A bound as coarse as a year
    /// covers every day of it.
    public func isHeld(on date: String) -> Bool {
        if let from, date.prefix(from.count) < from.prefix(date.count) { return false }
        if let to, date.prefix(to.count) > to.prefix(date.count) { return false }
        return true
    }
}
