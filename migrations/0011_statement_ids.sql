-- Statements by number. Grouping 800,000 claims by their normalised text and speaker compared
-- long strings row by row (most of the corroboration report's time at 100,000 articles); each
-- distinct (text_key, speaker_key) now has a row here and every claim its statement_id, so the
-- grouping reads a small integer index. Rows are never deleted: a statement no claim has any more
-- is simply never reported.
CREATE TABLE statements (
    id          INTEGER PRIMARY KEY,
    text_key    TEXT NOT NULL,
    speaker_key TEXT NOT NULL,
    UNIQUE (text_key, speaker_key)
) STRICT;
ALTER TABLE claims ADD COLUMN statement_id INTEGER REFERENCES statements(id);
INSERT OR IGNORE INTO statements(text_key, speaker_key) SELECT text_key, speaker_key FROM claims ORDER BY id;
UPDATE claims SET statement_id = (SELECT s.id FROM statements AS s WHERE s.text_key = claims.text_key AND s.speaker_key = claims.speaker_key);
CREATE INDEX claims_by_statement_id ON claims(statement_id, source_id);
DROP INDEX claims_by_statement;

-- Parley writes statement_id with each claim; these triggers keep it right after curation or a
-- hand edit. They act only when the row looks wrong (checked by the statement's own id, the
-- cheapest lookup an import can pay per claim), and then read the row as it is now, so it does
-- not matter whether the speaker_key triggers ran before them.
CREATE TRIGGER claims_statement_on_insert AFTER INSERT ON claims
WHEN (SELECT text_key = NEW.text_key AND speaker_key = NEW.speaker_key FROM statements WHERE id = NEW.statement_id) IS NOT 1
  OR NEW.speaker_key IS NOT coalesce('person ' || NEW.speaker_person_id, 'speaker ' || lower(NEW.speaker))
BEGIN
    INSERT OR IGNORE INTO statements(text_key, speaker_key)
    SELECT text_key, speaker_key FROM claims WHERE id = NEW.id AND speaker_key IS NOT NULL;
    UPDATE claims SET statement_id = (SELECT s.id FROM statements AS s WHERE s.text_key = claims.text_key AND s.speaker_key = claims.speaker_key)
    WHERE id = NEW.id;
END;
CREATE TRIGGER claims_statement_on_update AFTER UPDATE OF text_key, speaker_key, statement_id ON claims
WHEN (SELECT text_key = NEW.text_key AND speaker_key = NEW.speaker_key FROM statements WHERE id = NEW.statement_id) IS NOT 1
BEGIN
    INSERT OR IGNORE INTO statements(text_key, speaker_key)
    SELECT text_key, speaker_key FROM claims WHERE id = NEW.id AND speaker_key IS NOT NULL;
    UPDATE claims SET statement_id = (SELECT s.id FROM statements AS s WHERE s.text_key = claims.text_key AND s.speaker_key = claims.speaker_key)
    WHERE id = NEW.id;
END;

-- What two or more sources report alike, as in 0009, with statements grouped by number.
DROP VIEW v_corroboration;
CREATE VIEW v_corroboration AS
WITH
superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL),
statements AS (
    SELECT statement_id, min(id) AS first_id, count(DISTINCT source_id) AS sources
    FROM claims WHERE source_id NOT IN superseded
    GROUP BY statement_id HAVING count(DISTINCT source_id) >= 2),
numbers AS (
    SELECT topic, qualifier, value, value_max, unit, per_side, count(DISTINCT source_id) AS sources
    FROM figures WHERE source_id NOT IN superseded
    GROUP BY topic, value, qualifier, value_max, unit, per_side HAVING count(DISTINCT source_id) >= 2),
meeting_sources AS (
    SELECT meeting_id, count(*) AS sources FROM (
        SELECT DISTINCT meeting_id, source_id FROM meeting_reports WHERE source_id NOT IN superseded)
    GROUP BY meeting_id HAVING count(*) >= 2)
SELECT 'claim' AS kind, coalesce(p.name, c.speaker) AS who, c.text AS what, g.sources,
       (SELECT group_concat(file_name, ',') FROM (
            SELECT DISTINCT s.file_name FROM claims AS x JOIN sources AS s ON s.id = x.source_id
            WHERE x.statement_id = g.statement_id AND s.superseded_by IS NULL LIMIT 10))
       || iif(g.sources > 10, ' (+' || (g.sources - 10) || ' more)', '') AS files
FROM statements AS g JOIN claims AS c ON c.id = g.first_id LEFT JOIN people AS p ON p.id = c.speaker_person_id
UNION ALL
SELECT 'figure', n.topic,
       coalesce(n.qualifier || ' ', '') || iif(n.value = CAST(n.value AS INTEGER), CAST(n.value AS INTEGER), n.value)
       || coalesce('-' || iif(n.value_max = CAST(n.value_max AS INTEGER), CAST(n.value_max AS INTEGER), n.value_max), '')
       || coalesce(' ' || n.unit, '') || CASE WHEN n.per_side = 1 THEN ' each' ELSE '' END,
       n.sources,
       (SELECT group_concat(file_name, ',') FROM (
            SELECT DISTINCT s.file_name FROM figures AS x JOIN sources AS s ON s.id = x.source_id
            WHERE x.topic = n.topic AND x.value = n.value AND x.qualifier IS n.qualifier AND x.value_max IS n.value_max
              AND x.unit IS n.unit AND x.per_side = n.per_side AND s.superseded_by IS NULL LIMIT 10))
       || iif(n.sources > 10, ' (+' || (n.sources - 10) || ' more)', '')
FROM numbers AS n
UNION ALL
SELECT 'meeting', m.kind, coalesce(m.date, 'undated') || coalesce(' in ' || m.place, '') || coalesce(' (' || m.venue || ')', ''),
       g.sources,
       (SELECT group_concat(file_name, ',') FROM (
            SELECT DISTINCT s.file_name FROM meeting_reports AS r JOIN sources AS s ON s.id = r.source_id
            WHERE r.meeting_id = m.id AND s.superseded_by IS NULL LIMIT 10))
       || iif(g.sources > 10, ' (+' || (g.sources - 10) || ' more)', '')
FROM meeting_sources AS g JOIN meetings AS m ON m.id = g.meeting_id;

-- One statement per speaker and normalised text, as in 0009, grouped by number.
DROP VIEW v_statements;
CREATE VIEW v_statements AS
WITH superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL)
SELECT
    g.id,
    coalesce(p.name, c.speaker) AS speaker,
    c.kind,
    c.text,
    g.sources,
    g.files,
    g.first_reported,
    g.last_reported,
    c.speaker_person_id
FROM (
    SELECT min(c.id) AS id, count(DISTINCT c.source_id) AS sources, group_concat(DISTINCT s.file_name) AS files,
           min(s.published) AS first_reported, max(s.published) AS last_reported
    FROM claims AS c JOIN sources AS s ON s.id = c.source_id
    WHERE c.source_id NOT IN superseded
    GROUP BY c.statement_id
) AS g
JOIN claims AS c ON c.id = g.id
LEFT JOIN people AS p ON p.id = c.speaker_person_id;
