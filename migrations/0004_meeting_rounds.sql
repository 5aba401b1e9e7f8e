-- Rounds and year-less dates: "the first round ... on May 16" in an article that never gives
-- the year still says which round and which day, and two sources that put the same round on
-- different days disagree, even when they were resolved to two meeting rows.
ALTER TABLE meetings ADD COLUMN month_day TEXT CHECK (month_day GLOB '[0-1][0-9]-[0-3][0-9]');
ALTER TABLE meetings ADD COLUMN round INTEGER CHECK (round > 0);
ALTER TABLE meeting_reports ADD COLUMN month_day TEXT CHECK (month_day GLOB '[0-1][0-9]-[0-3][0-9]');
ALTER TABLE meeting_reports ADD COLUMN round INTEGER CHECK (round > 0);
CREATE INDEX meeting_reports_by_round ON meeting_reports(round) WHERE round IS NOT NULL;

DROP VIEW v_conflicts;
CREATE VIEW v_conflicts AS
WITH
figure_values AS (
    SELECT min(f.id) AS id FROM figures AS f JOIN v_current_sources AS s ON s.id = f.source_id
    WHERE f.meeting_id IS NOT NULL
    GROUP BY f.meeting_id, f.topic, coalesce(f.unit, ''), f.per_side, f.value),
date_values AS (
    SELECT min(r.id) AS id FROM meeting_reports AS r JOIN v_current_sources AS s ON s.id = r.source_id
    WHERE r.date IS NOT NULL
    GROUP BY r.meeting_id, r.date),
-- One report per round, day and year (when known) of each kind of meeting between the same parties.
round_values AS (
    SELECT min(r.id) AS id, m.kind, m.parties_key, r.round, r.month_day, substr(r.date, 1, 4) AS year
    FROM meeting_reports AS r JOIN meetings AS m ON m.id = r.meeting_id
    JOIN v_current_sources AS s ON s.id = r.source_id
    WHERE r.round IS NOT NULL AND r.month_day IS NOT NULL
    GROUP BY m.kind, m.parties_key, r.round, r.month_day, substr(r.date, 1, 4)),
role_values AS (
    SELECT min(r.id) AS id FROM roles AS r JOIN v_current_sources AS s ON s.id = r.source_id
    WHERE r.country IS NOT NULL AND r.title_key <> ''
    GROUP BY r.person_id, r.title_key, r.country, coalesce(r.as_of, ''))
SELECT 'figure' AS kind,
       m.kind || coalesce(' ' || m.date, '') || coalesce(' in ' || m.place, '') || ': ' || a.topic AS subject,
       iif(a.value = CAST(a.value AS INTEGER), CAST(a.value AS INTEGER), a.value) || coalesce(' ' || a.unit, '') || ' vs '
           || iif(b.value = CAST(b.value AS INTEGER), CAST(b.value AS INTEGER), b.value) || coalesce(' ' || b.unit, '') AS detail,
       sa.file_name AS source_a, substr(sa.body, max(1, a.span_start - 79), a.span_end - max(0, a.span_start - 80) + 80) AS passage_a,
       sb.file_name AS source_b, substr(sb.body, max(1, b.span_start - 79), b.span_end - max(0, b.span_start - 80) + 80) AS passage_b
FROM figure_values AS va JOIN figures AS a ON a.id = va.id
JOIN figure_values AS vb JOIN figures AS b ON b.id = vb.id
     AND b.meeting_id = a.meeting_id AND b.topic = a.topic AND b.per_side = a.per_side
     AND coalesce(b.unit, '') = coalesce(a.unit, '') AND a.value < b.value
JOIN meetings AS m ON m.id = a.meeting_id
JOIN sources AS sa ON sa.id = a.source_id JOIN sources AS sb ON sb.id = b.source_id
UNION ALL
SELECT 'meeting date',
       m.kind || coalesce(' in ' || m.place, '') || ' (meeting ' || m.id || ')',
       a.date || ' vs ' || b.date,
       sa.file_name, substr(sa.body, max(1, a.span_start - 79), a.span_end - max(0, a.span_start - 80) + 80),
       sb.file_name, substr(sb.body, max(1, b.span_start - 79), b.span_end - max(0, b.span_start - 80) + 80)
FROM date_values AS va JOIN meeting_reports AS a ON a.id = va.id
JOIN date_values AS vb JOIN meeting_reports AS b ON b.id = vb.id
     AND b.meeting_id = a.meeting_id AND a.date < b.date
     AND substr(a.date, 1, min(length(a.date), length(b.date))) <> substr(b.date, 1, min(length(a.date), length(b.date)))
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
FROM role_values AS va JOIN roles AS a ON a.id = va.id
JOIN role_values AS vb JOIN roles AS b ON b.id = vb.id
     AND b.person_id = a.person_id AND b.title_key = a.title_key AND a.country < b.country
     AND (a.as_of IS NULL OR b.as_of IS NULL OR a.as_of = b.as_of)
JOIN people AS p ON p.id = a.person_id
JOIN sources AS sa ON sa.id = a.source_id JOIN sources AS sb ON sb.id = b.source_id;
