/// `parley show KIND ID`: one record with the words that support it.
public enum Evidence {
    public enum Kind: String, CaseIterable, Sendable {
        case claim, person, meeting, figure
    }

    public struct Record: Sendable {
        /// Field names and values, in order.
        public let fields: [(String, String)]
        /// The sentence around the evidence, with the span marked ⟦like this⟧.
        public let passages: [(source: String, text: String)]
    }

    public static func show(_ kind: Kind, id: Int64, archivePath: String) throws -> Record {
        let (recordSQL, spansSQL) = queries(kind)
        let record = try QueryRunner.run(archivePath: archivePath, sql: recordSQL, parameters: [("id", String(id))])
        guard let row = record.rows.first else { throw ArchiveError.query("no \(kind.rawValue) with id \(id)") }
        let fields = zip(record.columns, row).map { ($0, $1.displayText) }
        let spans = try QueryRunner.run(archivePath: archivePath, sql: spansSQL, parameters: [("id", String(id))])
        let passages = spans.rows.map { span -> (String, String) in
            let label = [span[0].displayText, span[1].displayText, span[2].displayText].filter { !$0.isEmpty }.joined(separator: " · ")
            return (label, marked(body: span[3].string ?? "", start: Int(span[4].int64 ?? 0), end: Int(span[5].int64 ?? 0)))
        }
        return Record(fields: fields, passages: passages)
    }

    /// The record's own row, and its evidence as (file, title, published, body, start, end) rows.
    static func queries(_ kind: Kind) -> (String, String) {
        let evidence = { (table: String, filter: String) in
            """
            SELECT s.file_name, s.title, s.published, s.body, t.span_start, t.span_end
            FROM \(table) AS t JOIN sources AS s ON s.id = t.source_id WHERE \(filter) ORDER BY s.id, t.span_start LIMIT 20
            """
        }
        switch kind {
        case .claim:
            return ("SELECT id, speaker, kind, text, topics, source, date, title FROM v_claims WHERE id = :id", evidence("claims", "t.id = :id"))
        case .person:
            return ("SELECT id, name, country, roles, sources, claims FROM v_people WHERE id = :id",
                    evidence("person_mentions", "t.person_id = :id AND t.id IN (SELECT min(id) FROM person_mentions WHERE person_id = :id GROUP BY source_id)"))
        case .meeting:
            return ("SELECT * FROM v_meetings WHERE id = :id", evidence("meeting_reports", "t.meeting_id = :id"))
        case .figure:
            return ("SELECT id, topic, qualifier, value, value_max, unit, per_side, meeting, source, date FROM v_figures WHERE id = :id",
                    evidence("figures", "t.id = :id"))
        }
    }

    /// The sentence (or line) holding the span, with the span between ⟦ and ⟧.
    static func marked(body: String, start: Int, end: Int) -> String {
        let scalars = Array(body.unicodeScalars)
        let from = min(max(0, start), scalars.count), to = min(max(from, end), scalars.count)
        // At most 300 characters either way, so a body without full stops still gives a short passage.
        var left = from
        while left > 0, from - left < 300, !isBoundary(scalars[left - 1]) { left -= 1 }
        var right = to
        while right < scalars.count, right - to < 300, !isBoundary(scalars[right]) { right += 1 }
        if right < scalars.count, scalars[right] != "\n" { right += 1 }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        return (text(left..<from) + "⟦" + text(from..<to) + "⟧" + text(to..<right)).trimmed(of: " \n")
    }

    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" }
}
