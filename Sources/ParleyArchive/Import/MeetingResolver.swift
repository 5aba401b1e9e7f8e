import ParleyExtract
import ParleySQLite

/// Finds the archived meeting an extracted one is: same kind and parties, and a date that
/// matches; a meeting without a date joins only one that is as undated, agrees on the place (or,
/// for an exchange, on its size) and was first reported within a month of this source, the
/// nearest in time ("talks in Istanbul" told in 2022 and in 2025 are two meetings). Otherwise
/// ambiguity keeps them apart.
/// A meeting is also found by what any one source reported of it: after the user merges two
/// meetings or corrects a date, a new article that tells it as the folded-in source did joins it.
final class MeetingResolver {
    private let dated, undatedAtPlace, undatedBySize, fill: Statement
    private let reportedDated, reportedUndatedAtPlace: Statement

    init(db: Database) throws {
        dated = try db.prepare("""
            SELECT id FROM meetings WHERE kind = ?1 AND parties_key = ?2 AND date = ?3
              AND (place IS NULL OR ?4 IS NULL OR place = ?4 COLLATE NOCASE) LIMIT 2
            """)
        // ?5 is this source's date; s the source that first reported the candidate.
        undatedAtPlace = try db.prepare("""
            SELECT m.id, \(MeetingResolver.distance("?5")) FROM meetings AS m JOIN sources AS s ON s.id = m.source_id
            WHERE m.kind = ?1 AND m.parties_key = ?2 AND m.date IS NULL AND m.place = ?3 COLLATE NOCASE
              AND (m.venue IS NULL OR ?4 IS NULL OR m.venue = ?4 COLLATE NOCASE) AND \(MeetingResolver.withinWindow("?5"))
            ORDER BY 2, m.id DESC LIMIT 1
            """)
        // By its own indexed key: a join through figures grew with every report of the same size.
        undatedBySize = try db.prepare("""
            SELECT m.id, \(MeetingResolver.distance("?4")) FROM meetings AS m JOIN sources AS s ON s.id = m.source_id
            WHERE m.kind = ?1 AND m.parties_key = ?2 AND m.size_key = ?3 AND m.date IS NULL AND m.place IS NULL
              AND \(MeetingResolver.withinWindow("?4"))
            ORDER BY 2, m.id DESC LIMIT 1
            """)
        reportedDated = try db.prepare("""
            SELECT DISTINCT r.meeting_id FROM meeting_reports AS r JOIN meetings AS m ON m.id = r.meeting_id
            WHERE r.date = ?3 AND m.kind = ?1 AND m.parties_key = ?2
              AND (r.place IS NULL OR ?4 IS NULL OR r.place = ?4 COLLATE NOCASE) LIMIT 2
            """)
        reportedUndatedAtPlace = try db.prepare("""
            SELECT DISTINCT r.meeting_id FROM meeting_reports AS r JOIN meetings AS m ON m.id = r.meeting_id
            WHERE r.date IS NULL AND r.place = ?3 COLLATE NOCASE AND m.kind = ?1 AND m.parties_key = ?2
              AND (r.venue IS NULL OR ?4 IS NULL OR r.venue = ?4 COLLATE NOCASE)
              AND EXISTS (SELECT 1 FROM sources AS s WHERE s.id = r.source_id AND \(MeetingResolver.withinWindow("?5"))) LIMIT 2
            """)
        // What a new report adds: a place or venue not known before, and "held" once any source says so.
        fill = try db.prepare("""
            UPDATE meetings SET place = coalesce(place, ?2), venue = coalesce(venue, ?3),
                status = CASE WHEN ?4 = 'held' THEN 'held' ELSE status END
            WHERE id = ?1
            """)
    }

    static func partiesKey(_ parties: [String]) -> String { Set(parties).sorted().joined(separator: ",") }

    /// Days apart two sources may be and still tell one undated meeting.
    static let undatedWindowDays = 31
    /// Days between source s and this source's date, the parameter `p`; 0 when either date is unknown or partial.
    static func distance(_ p: String) -> String { "abs(coalesce(julianday(s.published) - julianday(\(p)), 0))" }
    static func withinWindow(_ p: String) -> String { "\(distance(p)) <= \(undatedWindowDays)" }

    /// "prisoner_exchange:1000:each": the size an undated, placeless exchange is known by.
    static func sizeKey(_ size: (topic: String, value: Double, perSide: Bool)) -> String {
        "\(size.topic):\(JSONValue.number(exact: size.value).serialized()):\(size.perSide ? "each" : "all")"
    }

    /// - Parameters:
    ///   - sizes: the figures this source ties to the meeting (topic, value, per side).
    ///   - published: this source's date, if known.
    func resolve(_ meeting: Meeting, sizes: [(topic: String, value: Double, perSide: Bool)], published: String?) throws -> Int64? {
        let kind = meeting.kind.rawValue
        let parties = MeetingResolver.partiesKey(meeting.parties)
        let found: Int64?
        // The reports are asked only when no meeting row fits, so an import pays for it once per new meeting.
        if let date = meeting.date {
            let values: [SQLiteBindable] = [kind, parties, date, meeting.place]
            found = try single(dated, values) ?? single(reportedDated, values)
        } else if let place = meeting.place {
            let values: [SQLiteBindable] = [kind, parties, place, meeting.venue, published]
            found = try nearest(undatedAtPlace, values) ?? single(reportedUndatedAtPlace, values)
        } else {
            found = try sizes.lazy.compactMap {
                try self.nearest(self.undatedBySize, [kind, parties, MeetingResolver.sizeKey($0), published])
            }.first
        }
        if let found { try fill.run([found, meeting.place, meeting.venue, meeting.status.rawValue]) }
        return found
    }

    /// The candidate nearest in time, the latest of equally near ones: a source without a date
    /// joins the newest such meeting rather than starting one more beside it each time.
    private func nearest(_ statement: Statement, _ values: [SQLiteBindable]) throws -> Int64? {
        try statement.bind(values)
        let id = try statement.step() ? statement.int64(at: 0) : nil
        try statement.reset()
        return id
    }

    private func single(_ statement: Statement, _ values: [SQLiteBindable]) throws -> Int64? {
        try statement.bind(values)
        var found: [Int64] = []
        while try statement.step() { if let id = statement.int64(at: 0) { found.append(id) } }
        try statement.reset()
        return found.count == 1 ? found[0] : nil
    }
}
