import ParleyExtract
import ParleySQLite

/// Finds the archived meeting an extracted one is: same kind and parties, and a date that
/// matches; a meeting without a date joins only one that is as undated and agrees on the place,
/// or, for an exchange, on its size. Ambiguity keeps them apart.
/// A meeting is also found by what any one source reported of it: after the user merges two
/// meetings or corrects a date, a new article that tells it as the folded-in source did joins it.
final class MeetingResolver {
    private let dated, undatedAtPlace, undatedBySize, fill: Statement
    private let reportedDated, reportedUndatedAtPlace: Statement

    init(db: Database) throws {
        dated = try db.prepare("""
            SELECT id, place, venue, status FROM meetings WHERE kind = ?1 AND parties_key = ?2 AND date = ?3
              AND (place IS NULL OR ?4 IS NULL OR place = ?4 COLLATE NOCASE) LIMIT 2
            """)
        undatedAtPlace = try db.prepare("""
            SELECT id, place, venue, status FROM meetings WHERE kind = ?1 AND parties_key = ?2 AND date IS NULL AND place = ?3 COLLATE NOCASE
              AND (venue IS NULL OR ?4 IS NULL OR venue = ?4 COLLATE NOCASE) LIMIT 2
            """)
        // By its own indexed key: a join through figures grew with every report of the same size.
        undatedBySize = try db.prepare("""
            SELECT id, place, venue, status FROM meetings
            WHERE kind = ?1 AND parties_key = ?2 AND size_key = ?3 AND date IS NULL AND place IS NULL LIMIT 2
            """)
        reportedDated = try db.prepare("""
            SELECT DISTINCT r.meeting_id, m.place, m.venue, m.status FROM meeting_reports AS r JOIN meetings AS m ON m.id = r.meeting_id
            WHERE r.date = ?3 AND m.kind = ?1 AND m.parties_key = ?2
              AND (r.place IS NULL OR ?4 IS NULL OR r.place = ?4 COLLATE NOCASE) LIMIT 2
            """)
        reportedUndatedAtPlace = try db.prepare("""
            SELECT DISTINCT r.meeting_id, m.place, m.venue, m.status FROM meeting_reports AS r JOIN meetings AS m ON m.id = r.meeting_id
            WHERE r.date IS NULL AND r.place = ?3 COLLATE NOCASE AND m.kind = ?1 AND m.parties_key = ?2
              AND (r.venue IS NULL OR ?4 IS NULL OR r.venue = ?4 COLLATE NOCASE) LIMIT 2
            """)
        // What a new report adds: a place or venue not known before, and "held" once any source says so.
        // Run only when it changes something (`adds`): an update rewrites the row and its place index entry.
        fill = try db.prepare("""
            UPDATE meetings SET place = coalesce(place, ?2), venue = coalesce(venue, ?3),
                status = CASE WHEN ?4 = 'held' THEN 'held' ELSE status END
            WHERE id = ?1
            """)
    }

    static func partiesKey(_ parties: [String]) -> String { Set(parties).sorted().joined(separator: ",") }

    /// "prisoner_exchange:1000:each": the size an undated, placeless exchange is known by.
    static func sizeKey(_ size: (topic: String, value: Double, perSide: Bool)) -> String {
        "\(size.topic):\(JSONValue.number(exact: size.value).serialized()):\(size.perSide ? "each" : "all")"
    }

    /// - Parameter sizes: the figures this source ties to the meeting (topic, value, per side).
    func resolve(_ meeting: Meeting, sizes: [(topic: String, value: Double, perSide: Bool)]) throws -> Int64? {
        let kind = meeting.kind.rawValue
        let parties = MeetingResolver.partiesKey(meeting.parties)
        let found: Found?
        // The reports are asked only when no meeting row fits, so an import pays for it once per new meeting.
        if let date = meeting.date {
            let values: [SQLiteBindable] = [kind, parties, date, meeting.place]
            found = try single(dated, values) ?? single(reportedDated, values)
        } else if let place = meeting.place {
            let values: [SQLiteBindable] = [kind, parties, place, meeting.venue]
            found = try single(undatedAtPlace, values) ?? single(reportedUndatedAtPlace, values)
        } else {
            found = try sizes.lazy.compactMap { try self.single(self.undatedBySize, [kind, parties, MeetingResolver.sizeKey($0)]) }.first
        }
        guard let found else { return nil }
        if found.isAddedTo(by: meeting) { try fill.run([found.id, meeting.place, meeting.venue, meeting.status.rawValue]) }
        return found.id
    }

    /// An archived meeting as the lookups read it: enough to tell whether a new report adds anything.
    private struct Found {
        let id: Int64
        let place, venue, status: String?

        func isAddedTo(by meeting: Meeting) -> Bool {
            (place == nil && meeting.place != nil) || (venue == nil && meeting.venue != nil)
                || (meeting.status == .held && status != MeetingStatus.held.rawValue)
        }
    }

    private func single(_ statement: Statement, _ values: [SQLiteBindable]) throws -> Found? {
        try statement.bind(values)
        var found: [Found] = []
        while try statement.step() {
            if let id = statement.int64(at: 0) {
                found.append(Found(id: id, place: statement.string(at: 1), venue: statement.string(at: 2), status: statement.string(at: 3)))
            }
        }
        try statement.reset()
        return found.count == 1 ? found[0] : nil
    }
}
