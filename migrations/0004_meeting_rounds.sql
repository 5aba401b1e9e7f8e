-- Rounds and year-less dates: "the first round ... on May 16" in an article that never gives
-- the year still says which round and which day, and two sources that put the same round on
-- different days disagree, even when they were resolved to two meeting rows.
ALTER TABLE meetings ADD COLUMN month_day TEXT CHECK (month_day GLOB '[0-1][0-9]-[0-3][0-9]');
ALTER TABLE meetings ADD COLUMN round INTEGER CHECK (round > 0);
ALTER TABLE meeting_reports ADD COLUMN month_day TEXT CHECK (month_day GLOB '[0-1][0-9]-[0-3][0-9]');
ALTER TABLE meeting_reports ADD COLUMN round INTEGER CHECK (round > 0);
CREATE INDEX meeting_reports_by_round ON meeting_reports(round) WHERE round IS NOT NULL;

DROP VIEW v_conflicts;
-- Each CTE keeps one representative report per distinct value with the keys the pairs join on,
-- so pairing values is a join SQLite indexes automatically, not a scan of every value per value
-- (37 s on 100,000 generated articles before).
CREATE VIEW v_conflicts AS
WITH
superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL),
figure_values AS MATERIALIZED (
    SELECT min(f.id) AS id, f.meeting_id, f.topic, coalesce(f.unit, '') AS unit, f.per_side, f.value
    FROM figures AS f
    WHERE f.meeting_id IS NOT NULL AND f.source_id NOT IN superseded
    GROUP BY f.meeting_id, f.topic, coalesce(f.unit, ''), f.per_side, f.value),
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
