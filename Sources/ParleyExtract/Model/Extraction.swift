/// A half-open range of Unicode code points (scalars) into the article body:
/// `substr(body, start + 1, end - start)` in SQL and `body[start:end]` in Python agree.
public struct Span: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start >= 0 && end >= start, "span must be non-negative and ordered")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (a: Span, b: Span) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

/// Metadata the caller already knows (front matter, manifest). Known values win over guesses.
public struct ArticleMetadata: Hashable, Sendable {
    public var title: String?
    public var published: String?
    public var outlet: String?
    public var url: String?

    public init(title: String? = nil, published: String? = nil, outlet: String? = nil, url: String? = nil) {
        self.title = title
        self.published = published
        self.outlet = outlet
        self.url = url
    }
}

public struct SourceInfo: Hashable, Sendable {
    public var file: String?
    public var title: String?
    public var published: String?
    public var outlet: String?

    public init(file: String? = nil, title: String? = nil, published: String? = nil, outlet: String? = nil) {
        self.file = file
        self.title = title
        self.published = published
        self.outlet = outlet
    }
}

/// A role phrase as the text gives it ("head of the Russian delegation").
public struct Role: Hashable, Sendable {
    public var text: String
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }
}

public struct Person: Hashable, Sendable {
    /// The fullest form of the name the article gives.
    public var name: String
    /// Other forms the article uses (surname, transliterations), possessives stripped.
    public var aliases: [String]
    /// ISO 3166-1 alpha-2 code of the state the person acts for.
    public var country: String?
    public var roles: [Role]
    /// Every place the person is named; the first is the first mention.
    public var mentions: [Span]
    /// Roles the actor dictionary gives for the article's date; the text itself does not state them.
    public var knownRoles: [String]

    public init(name: String, aliases: [String] = [], country: String? = nil, roles: [Role] = [], mentions: [Span],
                knownRoles: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.country = country
        self.roles = roles
        self.mentions = mentions
        self.knownRoles = knownRoles
    }
}

public enum MeetingKind: String, Hashable, Sendable, CaseIterable {
    case talks, call, summit, exchange
}

public enum MeetingStatus: String, Hashable, Sendable, CaseIterable {
    case held, planned, proposed
}

public struct Meeting: Hashable, Sendable {
    /// Local id within one extraction ("m1"); delegations and figures refer to it.
    public var id: String
    public var kind: MeetingKind
    public var place: String?
    public var venue: String?
    /// ISO date, possibly partial ("2025-05-16", "2022-03", "2019"), or nil when unresolved.
    public var date: String?
    public var parties: [String]
    public var status: MeetingStatus
    public var span: Span
    /// Month and day ("05-16") when the text gives them, also when the year is unknown and `date` is nil.
    public var monthDay: String?
    /// The round's number when the text gives it ("the first round", "their second direct talks").
    public var round: Int?
    /// Later mentions that refer back to this meeting ("After eight hours of negotiations in Jeddah on Tuesday"):
    /// a figure told beside one belongs to it.
    public var mentions: [Span] = []

    public init(id: String, kind: MeetingKind, place: String? = nil, venue: String? = nil, date: String? = nil,
                parties: [String] = [], status: MeetingStatus, span: Span, monthDay: String? = nil, round: Int? = nil) {
        self.id = id
        self.kind = kind
        self.place = place
        self.venue = venue
        self.date = date
        self.parties = parties
        self.status = status
        self.span = span
        self.monthDay = monthDay
        self.round = round
    }
}

public struct Delegation: Hashable, Sendable {
    public var meeting: String
    public var side: String
    /// The head's `Person.name`, or nil when no person is named as head.
    public var head: String?
    /// Names or role phrases for unnamed members.
    public var members: [String]
    public var span: Span

    public init(meeting: String, side: String, head: String? = nil, members: [String] = [], span: Span) {
        self.meeting = meeting
        self.side = side
        self.head = head
        self.members = members
        self.span = span
    }
}

public enum ClaimKind: String, Hashable, Sendable, CaseIterable {
    case quote, reported
}

public struct Claim: Hashable, Sendable {
    /// A person's `name`, an organisation, a state or an unnamed description.
    public var speaker: String
    public var speakerSpan: Span?
    public var kind: ClaimKind
    public var text: String
    public var span: Span
    public var topics: [String]

    public init(speaker: String, speakerSpan: Span? = nil, kind: ClaimKind, text: String, span: Span, topics: [String] = []) {
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.kind = kind
        self.text = text
        self.span = span
        self.topics = topics
    }
}

public struct Figure: Hashable, Sendable {
    public var topic: String
    public var value: Double
    public var valueMax: Double?
    public var unit: String?
    public var perSide: Bool
    public var meeting: String?
    /// "more than", "at least", "around", ... as written.
    public var qualifier: String?
    /// The words the figure was read from ("1,000 prisoners").
    public var text: String
    public var span: Span

    public init(topic: String, value: Double, valueMax: Double? = nil, unit: String? = nil, perSide: Bool = false,
                meeting: String? = nil, qualifier: String? = nil, text: String, span: Span) {
        self.topic = topic
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.perSide = perSide
        self.meeting = meeting
        self.qualifier = qualifier
        self.text = text
        self.span = span
    }
}

/// Everything the extractor read from one article. Pure value; spans index the body it was given.
public struct Extraction: Hashable, Sendable {
    public var source: SourceInfo
    public var people: [Person]
    public var meetings: [Meeting]
    public var delegations: [Delegation]
    public var claims: [Claim]
    public var figures: [Figure]

    public init(source: SourceInfo, people: [Person] = [], meetings: [Meeting] = [], delegations: [Delegation] = [],
                claims: [Claim] = [], figures: [Figure] = []) {
        self.source = source
        self.people = people
        self.meetings = meetings
        self.delegations = delegations
        self.claims = claims
        self.figures = figures
    }
}

/// The topic vocabulary of the extraction contract.
public enum Topic {
    public static let all: [String] = [
        "ceasefire", "prisoner_exchange", "remains_return", "leaders_meeting", "territory", "sanctions",
        "security_guarantees", "mediation", "humanitarian", "sovereignty", "negotiations",
    ]
}
