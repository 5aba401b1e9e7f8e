import Foundation

/// Reads an actor dictionary from TSV or JSON (the `--actors FILE` option).
///
/// TSV: a header line `name<TAB>aliases<TAB>country<TAB>roles`, then one actor per line; aliases
/// are separated by `|`, roles by `|`, each role `Title` or `Title@FROM..TO` with ISO dates,
/// either side empty when open ("Defence Minister@2024-05..").
/// JSON: `[{"name": ..., "aliases": [...], "country": "UA", "roles": [{"title": ..., "from": ..., "to": ...}]}]`.
public enum ActorDictionaryFile {
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(path: String) throws -> ActorDictionary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "\(path): cannot read the actor dictionary")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Problem(description: "\(path): the actor dictionary is not UTF-8 text")
        }
        return try parse(text, name: path)
    }

    public static func parse(_ text: String, name: String) throws -> ActorDictionary {
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.first == "[" || trimmed.first == "{" { return try parseJSON(Data(trimmed.utf8), name: name) }
        return try parseTSV(String(trimmed), name: name)
    }

    static func parseTSV(_ text: String, name: String) throws -> ActorDictionary {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first?.lowercased().split(separator: "\t", omittingEmptySubsequences: false)
            .map({ $0.trimmingCharacters(in: .whitespaces) }), header.first == "name" else {
            throw Problem(description: "\(name): line 1: expected a header starting with name (name, aliases, country, roles, separated by tabs)")
        }
        lines.removeFirst()
        var dictionary = ActorDictionary()
        for (offset, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            func cell(_ column: String) -> String? {
                guard let index = header.firstIndex(of: column), index < cells.count, !cells[index].isEmpty else { return nil }
                return cells[index]
            }
            let where_ = "\(name): line \(offset + 2)"
            guard let actorName = cell("name") else { throw Problem(description: "\(where_): the name is empty") }
            let aliases = cell("aliases").map(list) ?? []
            let roles = try (cell("roles").map(list) ?? []).map { try role($0, at: where_) }
            dictionary.add(Actor(name: actorName, aliases: aliases, country: try country(cell("country"), at: where_), roles: roles))
        }
        return dictionary
    }

    private struct Entry: Decodable {
        struct Role: Decodable { let title: String; let from: String?; let to: String? }
        let name: String
        let aliases: [String]?
        let country: String?
        let roles: [Role]?
    }

    static func parseJSON(_ data: Data, name: String) throws -> ActorDictionary {
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch let error as DecodingError {
            throw Problem(description: "\(name): not an actor dictionary (\(describe(error)))")
        }
        var dictionary = ActorDictionary()
        for (index, entry) in entries.enumerated() {
            let where_ = "\(name): entry \(index + 1)"
            guard !entry.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw Problem(description: "\(where_): the name is empty") }
            let roles = try (entry.roles ?? []).map { role in
                ActorRole(title: role.title, from: try date(role.from, at: where_), to: try date(role.to, at: where_))
            }
            dictionary.add(Actor(name: entry.name, aliases: entry.aliases ?? [], country: try country(entry.country, at: where_), roles: roles))
        }
        return dictionary
    }

    private static func list(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func role(_ text: String, at place: String) throws -> ActorRole {
        guard let at = text.lastIndex(of: "@") else { return ActorRole(title: text) }
        let bounds = text[text.index(after: at)...].components(separatedBy: "..")
        guard bounds.count == 2 else { throw Problem(description: "\(place): role \(text): write dates as Title@FROM..TO") }
        return ActorRole(title: text[..<at].trimmingCharacters(in: .whitespaces),
                         from: try date(bounds[0], at: place), to: try date(bounds[1], at: place))
    }

    private static func date(_ text: String?, at place: String) throws -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let valid = text.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression) != nil
        guard valid else { throw Problem(description: "\(place): \(text) is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)") }
        return text
    }

    private static func country(_ text: String?, at place: String) throws -> String? {
        guard let text, !text.isEmpty else { return nil }
        let code = text.uppercased()
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw Problem(description: "\(place): country \(text) is not a two-letter code (RU, UA, US, ...)")
        }
        return code
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
