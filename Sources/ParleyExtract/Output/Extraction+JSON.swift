/// The shape of the extraction contract (shared/eval/SCHEMA.md), plus spans the scorer ignores.
extension Extraction {
    public var json: JSONValue {
        .object([
            ("source", source.json),
            ("people", .array(people.map(\.json))),
            ("meetings", .array(meetings.map(\.json))),
            ("delegations", .array(delegations.map(\.json))),
            ("claims", .array(claims.map(\.json))),
            ("figures", .array(figures.map(\.json))),
        ])
    }
}

extension Span {
    var json: JSONValue { .array([.integer(Int64(start)), .integer(Int64(end))]) }
}

extension SourceInfo {
    var json: JSONValue {
        .object([
            ("file", .optional(file)),
            ("title", .optional(title)),
            ("published", .optional(published)),
            ("outlet", .optional(outlet)),
        ])
    }
}

extension Person {
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("aliases", .array(aliases.map(JSONValue.string))),
            ("country", .optional(country)),
            ("roles", .array(roles.map { .string($0.text) })),
            ("role_spans", .array(roles.map(\.span.json))),
            ("mentions", .array(mentions.map(\.json))),
            ("known_roles", .array(knownRoles.map(JSONValue.string))),
        ])
    }
}

extension Meeting {
    var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("kind", .string(kind.rawValue)),
            ("place", .optional(place)),
            ("venue", .optional(venue)),
            ("date", .optional(date)),
            ("parties", .array(parties.map(JSONValue.string))),
            ("status", .string(status.rawValue)),
            ("span", span.json),
            ("month_day", .optional(monthDay)),
            ("round", round.map { .integer(Int64($0)) } ?? .null),
        ])
    }
}

extension Delegation {
    var json: JSONValue {
        .object([
            ("meeting", .string(meeting)),
            ("side", .string(side)),
            ("head", .optional(head)),
            ("members", .array(members.map(JSONValue.string))),
            ("span", span.json),
        ])
    }
}

extension Claim {
    var json: JSONValue {
        .object([
            ("speaker", .string(speaker)),
            ("kind", .string(kind.rawValue)),
            ("text", .string(text)),
            ("topics", .array(topics.map(JSONValue.string))),
            ("span", span.json),
            ("speaker_span", speakerSpan?.json ?? .null),
        ])
    }
}

extension Figure {
    var json: JSONValue {
        .object([
            ("topic", .string(topic)),
            ("value", .number(exact: value)),
            ("value_max", valueMax.map(JSONValue.number(exact:)) ?? .null),
            ("unit", .optional(unit)),
            ("per_side", .bool(perSide)),
            ("meeting", .optional(meeting)),
            ("qualifier", .optional(qualifier)),
            ("text", .string(text)),
            ("span", span.json),
        ])
    }
}
