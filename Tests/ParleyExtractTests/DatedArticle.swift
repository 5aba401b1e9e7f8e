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

    /// One line per claim: "speaker | text".
    static func claims(_ text: String, on day: String) -> [String] {
        extract(text, on: day).claims.map { "\($0.speaker) | \($0.text)" }
    }
}
