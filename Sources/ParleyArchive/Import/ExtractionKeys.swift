import ParleyExtract

/// What storing an extraction derives from it without the database: name keys, the span each
/// form of a name is evidenced by, role countries and titles, claim text keys, the body's length.
/// Made where the article is prepared, so on two cores it runs beside the one writing thread
/// instead of on it (a tenth of that thread's instructions).
struct ExtractionKeys: Sendable {
    struct Form: Sendable {
        let text: String
        let key: String
        /// The first mention that spells this form, else the person's first mention.
        let span: Span
    }

    struct RoleKeys: Sendable {
        let country: String?
        let titleKey: String
    }

    struct PersonKeys: Sendable {
        let nameKey: String
        /// The name, then each alias.
        let forms: [Form]
        /// Every mention's span as JSON (`person_mentions.spans`); nil when there is none.
        let mentionSpans: String?
        /// In the order of the person's roles.
        let roles: [RoleKeys]
    }

    /// Code points in the body.
    let bodyLength: Int
    /// Why the article cannot be stored (a span past the body), checked before anything else is derived.
    let spanProblem: ArchiveError?
    /// In the order of the extraction's people and claims; empty when there is a span problem.
    let people: [PersonKeys]
    let claimTextKeys: [String]

    init(_ extraction: Extraction, body: String, file: String, caches: KeyCaches) {
        bodyLength = CodePointText.count(of: body)
        spanProblem = ExtractionKeys.spanProblem(extraction, bodyLength: bodyLength, file: file)
        guard spanProblem == nil else {
            people = []
            claimTextKeys = []
            return
        }
        // Only articles that name people need the body by code point (to quote each form's span).
        let text = CodePointText(extraction.people.isEmpty ? "" : body)
        people = extraction.people.map { ExtractionKeys.keys(of: $0, in: text, caches: caches) }
        claimTextKeys = extraction.claims.map { NameKey.of($0.text) }
    }

    private static func keys(of person: Person, in body: CodePointText, caches: KeyCaches) -> PersonKeys {
        let firstMention = person.mentions.first ?? Span(0, 0)
        var spanByKey: [String: Span] = [:]
        for mention in person.mentions {
            let key = caches.personKeys.key(body[mention.start, mention.end])
            if spanByKey[key] == nil { spanByKey[key] = mention }
        }
        let forms = ([person.name] + person.aliases).map { form in
            let key = caches.personKeys.key(form)
            return Form(text: form, key: key, span: spanByKey[key] ?? firstMention)
        }
        return PersonKeys(nameKey: forms[0].key, forms: forms,
                          mentionSpans: person.mentions.isEmpty ? nil : spansJSON(person.mentions),
                          roles: person.roles.map { caches.roleKeys($0.text) })
    }

    /// `[[start, end], ...]`: spans as JSON, which SQL reads with json_each.
    /// Built as bytes: string interpolation per span was a third of deriving an article's person keys.
    static func spansJSON(_ spans: [Span]) -> String {
        var json: [UInt8] = [UInt8(ascii: "[")]
        json.reserveCapacity(spans.count * 12 + 2)
        for (index, span) in spans.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "["))
            appendDecimal(span.start, to: &json)
            json.append(UInt8(ascii: ","))
            appendDecimal(span.end, to: &json)
            json.append(UInt8(ascii: "]"))
        }
        json.append(UInt8(ascii: "]"))
        return String(decoding: json, as: UTF8.self)
    }

    /// `value` in decimal, as `"\(value)"` writes it.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// A span outside the body would be evidence that points nowhere: the article is refused.
    private static func spanProblem(_ extraction: Extraction, bodyLength: Int, file: String) -> ArchiveError? {
        var spans: [Span] = []
        for person in extraction.people { spans += person.mentions + person.roles.map(\.span) }
        spans += extraction.meetings.map(\.span) + extraction.delegations.map(\.span) + extraction.figures.map(\.span)
        for claim in extraction.claims { spans += [claim.span] + (claim.speakerSpan.map { [$0] } ?? []) }
        guard let bad = spans.first(where: { $0.end > bodyLength }) else { return nil }
        return ArchiveError.input(file: file, reason: "extractor produced a span [\(bad.start), \(bad.end)) past the body's \(bodyLength) characters")
    }
}

/// Keys already derived, kept by the thread that prepares articles for a whole run: articles
/// name the same people and roles in the same few spellings.
final class KeyCaches {
    let personKeys = PersonKeyCache()
    private var roles: [String: ExtractionKeys.RoleKeys] = [:]

    /// Past this many role phrases the cache starts over, so memory stays bounded on any archive.
    static let roleLimit = 20_000

    func roleKeys(_ role: String) -> ExtractionKeys.RoleKeys {
        if let known = roles[role] { return known }
        if roles.count >= KeyCaches.roleLimit { roles.removeAll(keepingCapacity: true) }
        let keys = ExtractionKeys.RoleKeys(country: RoleCountry.of(role), titleKey: RoleCountry.titleKey(role))
        roles[role] = keys
        return keys
    }
}
