-- Three more corrections: split a person, merge two meetings, set a meeting's date. SQLite cannot
-- change a CHECK constraint in place, so the table is rebuilt with its rows (ids kept).
--   split_person     target = name key of the person split, value = the name form that becomes a person of its own
--   merge_meetings   target = content_hash:span_start:span_end of a report of the meeting kept,
--                    value  = the same for a report of the meeting folded into it
--   set_meeting_date target = content_hash:span_start:span_end of a report of the meeting, value = YYYY[-MM[-DD]]
-- A meeting is named by one source's report of it because the text and its hash never change and
-- the extractor gives the same span again; row ids are renumbered by every re-extraction, and the
-- resolver's key (kind, parties, date) is what these corrections change.
DROP VIEW v_corrections;
CREATE TABLE corrections_new (
    id        INTEGER PRIMARY KEY,
    action    TEXT NOT NULL CHECK (action IN ('merge_people', 'rename_person', 'reassign_claim',
                                              'split_person', 'merge_meetings', 'set_meeting_date')),
    target    TEXT NOT NULL,
    value     TEXT NOT NULL,
    note      TEXT,
    made_by   TEXT NOT NULL,
    made_at   TEXT NOT NULL,
    undone_at TEXT
) STRICT;
INSERT INTO corrections_new(id, action, target, value, note, made_by, made_at, undone_at)
SELECT id, action, target, value, note, made_by, made_at, undone_at FROM corrections;
DROP TABLE corrections;
ALTER TABLE corrections_new RENAME TO corrections;
CREATE INDEX corrections_active ON corrections(id) WHERE undone_at IS NULL;

CREATE VIEW v_corrections AS
SELECT id, action, target, value, note, made_by, made_at, undone_at FROM corrections;
