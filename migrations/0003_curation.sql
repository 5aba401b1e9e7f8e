-- The user's corrections. They outlive every import and re-extraction: after each, parley
-- re-applies the ones not undone, in order. Targets are stable keys, not row ids, because
-- re-extraction rebuilds the extracted rows:
--   merge_people     target = name key of the person kept, value = name key of the person merged into it
--   rename_person    target = name key of the person,      value = the display name to use
--   reassign_claim   target = content_hash:span_start:span_end of the claim, value = the speaker
CREATE TABLE corrections (
    id        INTEGER PRIMARY KEY,
    action    TEXT NOT NULL CHECK (action IN ('merge_people', 'rename_person', 'reassign_claim')),
    target    TEXT NOT NULL,
    value     TEXT NOT NULL,
    note      TEXT,
    made_by   TEXT NOT NULL,
    made_at   TEXT NOT NULL,
    undone_at TEXT
) STRICT;
CREATE INDEX corrections_active ON corrections(id) WHERE undone_at IS NULL;

CREATE VIEW v_corrections AS
SELECT id, action, target, value, note, made_by, made_at, undone_at FROM corrections;
