import ParleyExtract

/// A readable summary of one extraction, for `parley extract` without --json.
enum ExtractionText {
    static func render(_ x: Extraction) -> String {
        var out = "== \(x.source.file ?? "-")"
        if let title = x.source.title { out += " — \(title)" }
        out += "\n"
        if let published = x.source.published { out += "published: \(published)\n" }
        if let outlet = x.source.outlet { out += "outlet: \(outlet)\n" }
        out += section("people", x.people.map { person in
            var line = person.name
            if !person.aliases.isEmpty { line += " (also \(person.aliases.joined(separator: ", ")))" }
            if let country = person.country { line += " [\(country)]" }
            if !person.roles.isEmpty { line += ": " + person.roles.map(\.text).joined(separator: "; ") }
            return line
        })
        out += section("meetings", x.meetings.map { m in
            let where_ = [m.venue, m.place].compactMap { $0 }.joined(separator: ", ")
            return "\(m.id) \(m.kind.rawValue) \(m.status.rawValue) \(m.date ?? "date unknown")"
                + (where_.isEmpty ? "" : " at \(where_)") + (m.parties.isEmpty ? "" : " — " + m.parties.joined(separator: ", "))
        })
        out += section("delegations", x.delegations.map { d in
            "\(d.meeting) \(d.side): head \(d.head ?? "unnamed")" + (d.members.isEmpty ? "" : "; " + d.members.joined(separator: ", "))
        })
        out += section("claims", x.claims.map { "\($0.speaker) (\($0.kind.rawValue)): \($0.text)" })
        out += section("figures", x.figures.map { f in
            var line = "\(f.topic): "
            if let qualifier = f.qualifier { line += qualifier + " " }
            line += JSONValue.number(exact: f.value).serialized()
            if let max = f.valueMax { line += "–" + JSONValue.number(exact: max).serialized() }
            if let unit = f.unit { line += " " + unit }
            if f.perSide { line += " each side" }
            return line
        })
        return out + "\n"
    }

    private static func section(_ name: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "\(name) (\(lines.count)):\n" + lines.map { "  " + $0 + "\n" }.joined()
    }
}
