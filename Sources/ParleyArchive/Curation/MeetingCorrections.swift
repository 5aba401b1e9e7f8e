import ParleySQLite

/// Meeting corrections: fold one meeting into another, set a meeting's date. A meeting is named by
/// its first report (see `ReportKey`), which stays in it whatever else is merged in.
extension Curation {
    /// Folds meeting `merged` (its reports, parties, delegations and figures) into meeting `kept`.
    @discardableResult
    public func mergeMeetings(keep kept: Int64, merge merged: Int64, note: String?) throws -> Int64 {
        let keep = try reportKey(ofMeeting: kept), merge = try reportKey(ofMeeting: merged)
        guard kept != merged else { throw ArchiveError.query("meeting \(kept) cannot be merged into itself") }
        return try record(.mergeMeetings, target: keep.text, value: merge.text, note: note)
    }

    /// Sets the meeting's date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    @discardableResult
    public func setMeetingDate(_ id: Int64, to date: String, note: String?) throws -> Int64 {
        guard PartialDate.isValid(date) else {
            throw ArchiveError.query("'\(date)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return try record(.setMeetingDate, target: try reportKey(ofMeeting: id).text, value: date, note: note)
    }

    // MARK: Applying

    /// Every step takes the kept meeting as ?1 and the merged one as ?2.
    static let meetingMergeSteps = [
        // What the kept meeting leaves open, the merged one may tell; "held" once either is.
        // parties_key stays the kept meeting's: it is what later reports are matched on.
        """
        UPDATE meetings SET
            place = coalesce(place, (SELECT place FROM meetings WHERE id = ?2)),
            venue = coalesce(venue, (SELECT venue FROM meetings WHERE id = ?2)),
            date = coalesce(date, (SELECT date FROM meetings WHERE id = ?2)),
            size_key = coalesce(size_key, (SELECT size_key FROM meetings WHERE id = ?2)),
            status = CASE WHEN (SELECT status FROM meetings WHERE id = ?2) = 'held' THEN 'held' ELSE status END
        WHERE id = ?1
        """,
        "UPDATE meeting_reports SET meeting_id = ?1 WHERE meeting_id = ?2",
        "INSERT OR IGNORE INTO meeting_parties(meeting_id, country) SELECT ?1, country FROM meeting_parties WHERE meeting_id = ?2",
        "UPDATE delegations SET meeting_id = ?1 WHERE meeting_id = ?2",
        "UPDATE figures SET meeting_id = ?1 WHERE meeting_id = ?2",
        "DELETE FROM meetings WHERE id = ?2",
    ]

    func applyMeetingMerge(keptReport: String, mergedReport: String) throws {
        guard let keep = try meetingID(reportedAs: keptReport), let merge = try meetingID(reportedAs: mergedReport),
              keep != merge else { return }
        try db.savepoint("merge_meetings") {
            for sql in Curation.meetingMergeSteps { try db.run(sql, [keep, merge]) }
        }
    }

    func applyMeetingDate(report: String, date: String) throws {
        guard let id = try meetingID(reportedAs: report) else { return }
        try db.run("UPDATE meetings SET date = ? WHERE id = ?", [date, id])
    }

    // MARK: Naming meetings

    /// The key of the meeting's first report: the one its own evidence points to.
    func reportKey(ofMeeting id: Int64) throws -> ReportKey {
        guard let row = try db.rows("""
            SELECT s.content_hash, r.span_start, r.span_end FROM meeting_reports AS r JOIN sources AS s ON s.id = r.source_id
            WHERE r.meeting_id = ? ORDER BY r.id LIMIT 1
            """, [id]).first, let hash = row[0].string, let start = row[1].int64, let end = row[2].int64 else {
            throw ArchiveError.query("no meeting with id \(id) (see parley report meetings)")
        }
        return ReportKey(contentHash: hash, start: Int(start), end: Int(end))
    }

    /// The meeting that holds the report, wherever merges have moved it: the report with that exact
    /// span, else the one meeting a report of that source overlapping it belongs to (a newer
    /// extractor may widen or narrow a span a little).
    func meetingID(reportedAs text: String) throws -> Int64? {
        guard let key = ReportKey(text) else { return nil }
        if let exact = try meetingIDs(key, where: "r.span_start = ?2 AND r.span_end = ?3").first { return exact }
        let overlapping = Set(try meetingIDs(key, where: "r.span_start < ?3 AND r.span_end > ?2"))
        return overlapping.count == 1 ? overlapping.first : nil
    }

    private func meetingIDs(_ key: ReportKey, where condition: String) throws -> [Int64] {
        try db.rows("""
            SELECT r.meeting_id FROM meeting_reports AS r JOIN sources AS s ON s.id = r.source_id
            WHERE s.content_hash = ?1 AND \(condition) ORDER BY r.id
            """, [key.contentHash, key.start, key.end]).compactMap { $0[0].int64 }
    }
}
