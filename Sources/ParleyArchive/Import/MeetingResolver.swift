import ParleyExtract
import ParleySQLite

/// Finds the archived meeting an extracted one is: same kind and parties, and a date that
/// matches; a meeting without a date joins only one that is as undated and agrees on the place,
/// or, for an exchange, on its size. Ambiguity keeps them apart.
final class MeetingResolver {
    private let dated, undatedAtPlace, undatedBySize, fill: Statement

    init(db: Database) throws {
        dated = try db.prepare("""
            SELECT id FROM meetings WHERE kind = ?1 AND parties_key = ?2 AND date = ?3
              AND (place IS NULL OR ?4 IS NULL OR place = ?4 COLLATE NOCASE) LIMIT 2
            """)
        undatedAtPlace = try db.prepare("""
            SELECT id FROM meetings WHERE kind = ?1 AND parties_key = ?2 AND date IS NULL AND place = ?3 COLLATE NOCASE
              AND (venue IS NULL OR ?4 IS NULL OR venue = ?4 COLLATE NOCASE) LIMIT 2
            """)
        undatedBySize = try db.prepare("""
            SELECT DISTINCT m.id FROM meetings AS m JOIN figures AS f ON f.meeting_id = m.id
            WHERE m.kind = ?1 AND m.parties_key = ?2 AND m.date IS NULL AND m.place IS NULL
              AND f.topic = ?3 AND f.value = ?4 AND f.per_side = ?5 LIMIT 2
            """)
        // What a new report adds: a place or venue not known before, and "held" once any source says so.
        fill = try db.prepare("""
            UPDATE meetings SET place = coalesce(place, ?2), venue = coalesce(venue, ?3),
                status = CASE WHEN ?4 = 'held' THEN 'held' ELSE status END
            WHERE id = ?1
            """)
    }

    static func partiesKey(_ parties: [String]) -> String { Set(parties).sorted().joined(separator: ",") }

    /// - Parameter sizes: the figures this source ties to the meeting (topic, value, per side).
    func resolve(_ meeting: Meeting, sizes: [(topic: String, value: Double, perSide: Bool)]) throws -> Int64? {
        let kind = meeting.kind.rawValue
        let parties = MeetingResolver.partiesKey(meeting.parties)
        let found: Int64?
        if let date = meeting.date {
            found = try single(dated, [kind, parties, date, meeting.place])
        } else if let place = meeting.place {
            found = try single(undatedAtPlace, [kind, parties, place, meeting.venue])
        } else {
            found = try sizes.lazy.compactMap { try self.single(self.undatedBySize, [kind, parties, $0.topic, $0.value, $0.perSide]) }.first
        }
        if let found { try fill.run([found, meeting.place, meeting.venue, meeting.status.rawValue]) }
        return found
    }

    private func single(_ statement: Statement, _ values: [SQLiteBindable]) throws -> Int64? {
        try statement.bind(values)
        var found: [Int64] = []
        while try statement.step() { if let id = statement.int64(at: 0) { found.append(id) } }
        try statement.reset()
        return found.count == 1 ? found[0] : nil
    }
}
