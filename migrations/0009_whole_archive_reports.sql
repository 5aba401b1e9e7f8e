-- Reports at 100,000 articles: whole-archive ones in under a second, filtered ones reading only
-- the rows they show. Aggregates read indexes that hold every column they need, and a value is
-- formatted once per distinct value, not once per row.

-- Who a claim is by, as statements are grouped: the person when resolved, else the speaker's
-- words. A stored column, not a generated one, so the index below covers the grouping (SQLite
-- reads the table row for a virtual column even when an index holds its value). Parley writes
-- it; the triggers keep it right after curation or a hand edit.
ALTER TABLE claims ADD COLUMN speaker_key TEXT;
UPDATE claims SET speaker_key = coalesce('person ' || speaker_person_id, 'speaker ' || lower(speaker));
CREATE TRIGGER claims_speaker_key_on_insert AFTER INSERT ON claims
WHEN NEW.speaker_key IS NOT coalesce('person ' || NEW.speaker_person_id, 'speaker ' || lower(NEW.speaker))
BEGIN
    UPDATE claims SET speaker_key = coalesce('person ' || NEW.speaker_person_id, 'speaker ' || lower(NEW.speaker))
    WHERE id = NEW.id;
END;
CREATE TRIGGER claims_speaker_key_on_update AFTER UPDATE OF speaker, speaker_person_id, speaker_key ON claims
WHEN NEW.speaker_key IS NOT coalesce('person ' || NEW.speaker_person_id, 'speaker ' || lower(NEW.speaker))
BEGIN
    UPDATE claims SET speaker_key = coalesce('person ' || NEW.speaker_person_id, 'speaker ' || lower(NEW.speaker))
    WHERE id = NEW.id;
END;

-- Covering indexes for the aggregates; each replaces the narrower index it extends.
CREATE INDEX claims_by_statement ON claims(text_key, speaker_key, source_id);
DROP INDEX claims_by_text_key;
CREATE INDEX claims_by_person_and_source ON claims(speaker_person_id, source_id);
DROP INDEX claims_by_person;
CREATE INDEX figures_by_value ON figures(topic, value, qualifier, value_max, unit, per_side, source_id);
DROP INDEX figures_by_topic;
CREATE INDEX meeting_reports_by_meeting_and_source ON meeting_reports(meeting_id, source_id);
DROP INDEX meeting_reports_by_meeting;

-- Each person's and each meeting's figures are looked up by index per row, so a report filtered
-- to a few rows reads only those; the whole archive costs about what one grouped pass would.
-- Roles are dated by as_of (their source's date) instead of a lookup of each role's source.
DROP VIEW v_people;
CREATE VIEW v_people AS
WITH superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL)
SELECT
    p.id,
    p.name,
    p.country,
    (SELECT group_concat(role, '; ') FROM (
        SELECT r.role, max(coalesce(r.as_of, '')) AS latest
        FROM roles AS r
        WHERE r.person_id = p.id AND r.source_id NOT IN superseded
        GROUP BY r.role
        ORDER BY latest DESC, r.role
        LIMIT 3)) AS roles,
    (SELECT count(DISTINCT source_id) FROM person_mentions WHERE person_id = p.id AND source_id NOT IN superseded) AS sources,
    (SELECT count(*) FROM claims WHERE speaker_person_id = p.id AND source_id NOT IN superseded) AS claims
FROM people AS p;

-- The timeline, as before; heads of delegation are now listed by side, then name. Heads and
-- figures are gathered only for meetings that have any (a per-row sort costs even when empty),
-- and a figure is formatted once per distinct value.
CREATE INDEX delegations_with_head ON delegations(meeting_id) WHERE head_person_id IS NOT NULL;
DROP VIEW v_meetings;
CREATE VIEW v_meetings AS
WITH superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL)
SELECT
    m.id,
    m.date,
    m.kind,
    m.place,
    m.venue,
    (SELECT group_concat(country, ',') FROM (SELECT country FROM meeting_parties WHERE meeting_id = m.id ORDER BY country)) AS parties,
    m.status,
    CASE WHEN EXISTS (SELECT 1 FROM delegations WHERE meeting_id = m.id AND head_person_id IS NOT NULL) THEN (
        SELECT group_concat(side || ': ' || name, '; ') FROM (
            SELECT DISTINCT d.side, p.name FROM delegations AS d JOIN people AS p ON p.id = d.head_person_id
            WHERE d.meeting_id = m.id AND d.head_person_id IS NOT NULL AND d.source_id NOT IN superseded
            ORDER BY d.side, p.name))
    END AS heads,
    CASE WHEN EXISTS (SELECT 1 FROM figures WHERE meeting_id = m.id) THEN (
        SELECT group_concat(figure, '; ') FROM (
            SELECT f.topic || ' ' || coalesce(f.qualifier || ' ', '') || iif(f.value = CAST(f.value AS INTEGER), CAST(f.value AS INTEGER), f.value)
                   || coalesce('-' || iif(f.value_max = CAST(f.value_max AS INTEGER), CAST(f.value_max AS INTEGER), f.value_max), '')
                   || coalesce(' ' || f.unit, '') || CASE WHEN f.per_side = 1 THEN ' each' ELSE '' END AS figure
            FROM (SELECT DISTINCT topic, qualifier, value, value_max, unit, per_side FROM figures
                  WHERE meeting_id = m.id AND source_id NOT IN superseded) AS f
            ORDER BY figure))
    END AS figures,
    (SELECT count(DISTINCT source_id) FROM meeting_reports WHERE meeting_id = m.id AND source_id NOT IN superseded) AS sources
FROM meetings AS m
WHERE EXISTS (SELECT 1 FROM meeting_reports WHERE meeting_id = m.id AND source_id NOT IN superseded);

-- What two or more sources report alike. A claim's wording is its first archived one (as in
-- v_statements). files lists the first ten sources archived, then how many more: a figure repeated by
-- thousands of articles would otherwise make one cell of every file name.
DROP VIEW v_corroboration;
CREATE VIEW v_corroboration AS
WITH
superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL),
statements AS (
    SELECT text_key, speaker_key, min(id) AS first_id, count(DISTINCT source_id) AS sources
    FROM claims WHERE source_id NOT IN superseded
    GROUP BY text_key, speaker_key HAVING count(DISTINCT source_id) >= 2),
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
            WHERE x.text_key = g.text_key AND x.speaker_key = g.speaker_key AND s.superseded_by IS NULL LIMIT 10))
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

-- Statements grouped in the order of the covering index, each source looked up once per claim
-- (16 s to 2 s at 100,000 articles: the grouping had been a sort of every claim by its text).
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
    GROUP BY c.text_key, c.speaker_key
) AS g
JOIN claims AS c ON c.id = g.id
LEFT JOIN people AS p ON p.id = c.speaker_person_id;

-- --source filters name a file: found by index, not by reading every source.
CREATE INDEX sources_by_file_name ON sources(file_name);

-- Only superseded versions are indexed by superseded_by: an index holding every current source
-- under NULL looked selective to the planner, which then read every source to answer a report
-- filtered by date (0.38 s to 0.02 s for one month of figures).
DROP INDEX sources_by_superseded;
CREATE INDEX sources_superseded ON sources(superseded_by) WHERE superseded_by IS NOT NULL;

-- A figure or delegation is dated by its meeting when the meeting has a date, else by its source.
-- Each case is its own half, so a date range reads meetings_by_date or sources_by_published.
DROP VIEW v_figures;
CREATE VIEW v_figures AS
SELECT f.id, f.topic, f.qualifier, f.value, f.value_max, f.unit, f.per_side, f.meeting_id,
       m.kind || ' ' || m.date || coalesce(' in ' || m.place, '') AS meeting,
       m.date AS date, s.file_name AS source, f.text, f.source_id
FROM meetings AS m JOIN figures AS f ON f.meeting_id = m.id JOIN sources AS s ON s.id = f.source_id
WHERE m.date IS NOT NULL AND s.superseded_by IS NULL
UNION ALL
SELECT f.id, f.topic, f.qualifier, f.value, f.value_max, f.unit, f.per_side, f.meeting_id,
       CASE WHEN m.id IS NULL THEN NULL ELSE m.kind || coalesce(' in ' || m.place, '') END,
       s.published, s.file_name, f.text, f.source_id
FROM sources AS s JOIN figures AS f ON f.source_id = s.id LEFT JOIN meetings AS m ON m.id = f.meeting_id
WHERE m.date IS NULL AND s.superseded_by IS NULL;

DROP VIEW v_delegations;
CREATE VIEW v_delegations AS
SELECT d.id, d.meeting_id, m.kind || ' ' || m.date || coalesce(' in ' || m.place, '') AS meeting, m.date AS date,
       d.side, p.name AS head,
       (SELECT group_concat(description, '; ') FROM (SELECT description FROM delegation_members WHERE delegation_id = d.id ORDER BY id)) AS members,
       s.file_name AS source, d.source_id, d.head_person_id
FROM meetings AS m JOIN delegations AS d ON d.meeting_id = m.id JOIN sources AS s ON s.id = d.source_id
LEFT JOIN people AS p ON p.id = d.head_person_id
WHERE m.date IS NOT NULL AND s.superseded_by IS NULL
UNION ALL
SELECT d.id, d.meeting_id, m.kind || coalesce(' in ' || m.place, ''), s.published,
       d.side, p.name,
       (SELECT group_concat(description, '; ') FROM (SELECT description FROM delegation_members WHERE delegation_id = d.id ORDER BY id)),
       s.file_name, d.source_id, d.head_person_id
FROM sources AS s JOIN delegations AS d ON d.source_id = s.id JOIN meetings AS m ON m.id = d.meeting_id
LEFT JOIN people AS p ON p.id = d.head_person_id
WHERE +m.date IS NULL AND s.superseded_by IS NULL; -- "+": not a reason to read meetings_by_date

-- A new article's meeting is also matched against what each source reported (after a merge or a
-- corrected date the meeting row no longer says it): by date, or undated by place.
CREATE INDEX meeting_reports_by_date ON meeting_reports(date) WHERE date IS NOT NULL;
CREATE INDEX meeting_reports_undated_by_place ON meeting_reports(place COLLATE NOCASE) WHERE date IS NULL;

-- What each source yielded. meetings now counts the meetings the source reports, including ones
-- another source reported first (it counted only the meetings this source was first to report).
DROP INDEX person_mentions_by_source;
CREATE INDEX person_mentions_by_source_and_person ON person_mentions(source_id, person_id);
DROP VIEW v_sources;
CREATE VIEW v_sources AS
SELECT
    s.id,
    s.file_name AS file,
    s.title,
    s.outlet,
    s.published,
    (SELECT count(DISTINCT m.person_id) FROM person_mentions AS m WHERE m.source_id = s.id) AS people,
    (SELECT count(DISTINCT r.meeting_id) FROM meeting_reports AS r WHERE r.source_id = s.id) AS meetings,
    (SELECT count(*) FROM claims AS c WHERE c.source_id = s.id) AS claims,
    (SELECT count(*) FROM figures AS f WHERE f.source_id = s.id) AS figures,
    CASE WHEN s.path IS NULL THEN 1 ELSE (SELECT count(*) FROM sources AS o WHERE o.path = s.path) END AS versions,
    s.imported_at
FROM v_current_sources AS s;

-- Conflicts: figure values are grouped in the order of an index that holds every column the
-- grouping reads (NULL units group together as before), instead of sorting every figure of
-- every meeting (0.48 s to 0.07 s for that step at 100,000 articles). Otherwise as in 0004.
CREATE INDEX figures_by_meeting_values ON figures(meeting_id, topic, unit, per_side, value, source_id);
DROP INDEX figures_by_meeting;
DROP VIEW v_conflicts;
CREATE VIEW v_conflicts AS
WITH
superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL),
figure_values AS MATERIALIZED (
    SELECT min(f.id) AS id, f.meeting_id, f.topic, coalesce(f.unit, '') AS unit, f.per_side, f.value
    FROM figures AS f
    WHERE f.meeting_id IS NOT NULL AND f.source_id NOT IN superseded
    GROUP BY f.meeting_id, f.topic, f.unit, f.per_side, f.value),
date_values AS MATERIALIZED (
    SELECT min(r.id) AS id, r.meeting_id, r.date
    FROM meeting_reports AS r
    WHERE r.date IS NOT NULL AND r.source_id NOT IN superseded
    GROUP BY r.meeting_id, r.date),
-- One report per round, day and year (when known) of each kind of meeting between the same parties.
round_values AS MATERIALIZED (
    SELECT min(r.id) AS id, m.kind, m.parties_key, r.round, r.month_day, substr(r.date, 1, 4) AS year
    FROM meeting_reports AS r JOIN meetings AS m ON m.id = r.meeting_id
    WHERE r.round IS NOT NULL AND r.month_day IS NOT NULL AND r.source_id NOT IN superseded
    GROUP BY m.kind, m.parties_key, r.round, r.month_day, substr(r.date, 1, 4)),
role_values AS MATERIALIZED (
    SELECT min(r.id) AS id, r.person_id, r.title_key, r.country, r.as_of
    FROM roles AS r
    WHERE r.country IS NOT NULL AND r.title_key <> '' AND r.source_id NOT IN superseded
    GROUP BY r.person_id, r.title_key, r.country, coalesce(r.as_of, ''))
SELECT 'figure' AS kind,
       m.kind || coalesce(' ' || m.date, '') || coalesce(' in ' || m.place, '') || ': ' || a.topic AS subject,
       iif(a.value = CAST(a.value AS INTEGER), CAST(a.value AS INTEGER), a.value) || coalesce(' ' || a.unit, '') || ' vs '
           || iif(b.value = CAST(b.value AS INTEGER), CAST(b.value AS INTEGER), b.value) || coalesce(' ' || b.unit, '') AS detail,
       sa.file_name AS source_a, substr(sa.body, max(1, a.span_start - 79), a.span_end - max(0, a.span_start - 80) + 80) AS passage_a,
       sb.file_name AS source_b, substr(sb.body, max(1, b.span_start - 79), b.span_end - max(0, b.span_start - 80) + 80) AS passage_b
FROM figure_values AS va JOIN figure_values AS vb
     ON vb.meeting_id = va.meeting_id AND vb.topic = va.topic AND vb.per_side = va.per_side AND vb.unit = va.unit
     AND va.value < vb.value
JOIN figures AS a ON a.id = va.id JOIN figures AS b ON b.id = vb.id
JOIN meetings AS m ON m.id = a.meeting_id
JOIN sources AS sa ON sa.id = a.source_id JOIN sources AS sb ON sb.id = b.source_id
UNION ALL
SELECT 'meeting date',
       m.kind || coalesce(' in ' || m.place, '') || ' (meeting ' || m.id || ')',
       a.date || ' vs ' || b.date,
       sa.file_name, substr(sa.body, max(1, a.span_start - 79), a.span_end - max(0, a.span_start - 80) + 80),
       sb.file_name, substr(sb.body, max(1, b.span_start - 79), b.span_end - max(0, b.span_start - 80) + 80)
FROM date_values AS va JOIN date_values AS vb
     ON vb.meeting_id = va.meeting_id AND va.date < vb.date
     AND substr(va.date, 1, min(length(va.date), length(vb.date))) <> substr(vb.date, 1, min(length(va.date), length(vb.date)))
JOIN meeting_reports AS a ON a.id = va.id JOIN meeting_reports AS b ON b.id = vb.id
JOIN meetings AS m ON m.id = a.meeting_id
JOIN sources AS sa ON sa.id = a.source_id JOIN sources AS sb ON sb.id = b.source_id
UNION ALL
-- The same numbered round put on different days (years equal or unknown), across meeting rows:
-- the resolver keeps them apart because their dates differ, which is the disagreement itself.
SELECT 'meeting date',
       va.kind || ' round ' || va.round || coalesce(' in ' || coalesce(a.place, b.place), ''),
       coalesce(a.date, '--' || a.month_day) || ' vs ' || coalesce(b.date, '--' || b.month_day),
       sa.file_name, substr(sa.body, max(1, a.span_start - 79), a.span_end - max(0, a.span_start - 80) + 80),
       sb.file_name, substr(sb.body, max(1, b.span_start - 79), b.span_end - max(0, b.span_start - 80) + 80)
FROM round_values AS va JOIN round_values AS vb
     ON vb.kind = va.kind AND vb.parties_key = va.parties_key AND vb.round = va.round
     AND va.month_day < vb.month_day AND (va.year IS NULL OR vb.year IS NULL OR va.year = vb.year)
JOIN meeting_reports AS a ON a.id = va.id
JOIN meeting_reports AS b ON b.id = vb.id AND b.meeting_id <> a.meeting_id
     AND (a.place IS NULL OR b.place IS NULL OR a.place = b.place)
JOIN sources AS sa ON sa.id = a.source_id JOIN sources AS sb ON sb.id = b.source_id
UNION ALL
SELECT 'role',
       p.name || ': ' || a.title_key,
       a.role || ' (' || a.country || ') vs ' || b.role || ' (' || b.country || ')',
       sa.file_name, substr(sa.body, max(1, a.span_start - 79), a.span_end - max(0, a.span_start - 80) + 80),
       sb.file_name, substr(sb.body, max(1, b.span_start - 79), b.span_end - max(0, b.span_start - 80) + 80)
FROM role_values AS va JOIN role_values AS vb
     ON vb.person_id = va.person_id AND vb.title_key = va.title_key AND va.country < vb.country
     AND (va.as_of IS NULL OR vb.as_of IS NULL OR va.as_of = vb.as_of)
JOIN roles AS a ON a.id = va.id JOIN roles AS b ON b.id = vb.id
JOIN people AS p ON p.id = a.person_id
JOIN sources AS sa ON sa.id = a.source_id JOIN sources AS sb ON sb.id = b.source_id;
