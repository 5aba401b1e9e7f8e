@testable import ParleyExtract

/// A sentence or two set under a headline and a dateline day, as the rule tests of meetings read them.
enum DatedArticle {
    static func extract(_ text: String, on day: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\n\(day)\n\n" + text)
    }

    /// One line per meeting: "kind place date status", "-" for what the extraction left empty.
    static func meetings(_ text: String, on day: String) -> [String] {
        extract(text, on: day).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    /// One line per delegation with a head, sorted: "place date side head" of the meeting it sat at.
    static func heads(_ text: String, on day: String) -> [String] {
        let e = extract(text, on: day)
        let label = Dictionary(uniqueKeysWithValues: e.meetings.map { ($0.id, "\($0.place ?? "-") \($0.date ?? "-")") })
        return e.delegations.compactMap { d in d.head.map { "\(label[d.meeting]!) \(d.side) \($0)" } }.sorted()
    }

    /// One line per claim: "speaker | text".
    static func claims(_ text: String, on day: String) -> [String] {
        extract(text, on: day).claims.map { "\($0.speaker) | \($0.text)" }
    }
}
