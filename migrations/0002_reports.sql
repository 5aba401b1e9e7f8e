-- Every built-in report as a view, so sqlite3, Datasette and sqlite-utils users get the same
-- answers as `parley report NAME`. Only current sources count: a superseded version of an
-- article is kept as history but reports nothing.

CREATE VIEW v_current_sources AS
SELECT * FROM sources WHERE superseded_by IS NULL;

-- What each current source yielded.
CREATE VIEW v_sources AS
SELECT
    s.id,
    s.file_name AS file,
    s.title,
    s.outlet,
    s.published,
    (SELECT count(DISTINCT m.person_id) FROM person_mentions AS m WHERE m.source_id = s.id) AS people,
    (SELECT count(*) FROM meetings AS m WHERE m.source_id = s.id) AS meetings,
    (SELECT count(*) FROM claims AS c WHERE c.source_id = s.id) AS claims,
    (SELECT count(*) FROM figures AS f WHERE f.source_id = s.id) AS figures,
    CASE WHEN s.path IS NULL THEN 1 ELSE (SELECT count(*) FROM sources AS o WHERE o.path = s.path) END AS versions,
    s.imported_at
FROM v_current_sources AS s;

-- One row per person: the roles the newest sources give, and how much the archive holds on them.
CREATE VIEW v_people AS
SELECT
    p.id,
    p.name,
    p.country,
    (SELECT group_concat(role, '; ') FROM (
        SELECT r.role, max(coalesce(s.published, '')) AS latest
        FROM roles AS r JOIN v_current_sources AS s ON s.id = r.source_id
        WHERE r.person_id = p.id
        GROUP BY r.role
        ORDER BY latest DESC, r.role
        LIMIT 3)) AS roles,
    (SELECT count(DISTINCT m.source_id) FROM person_mentions AS m JOIN v_current_sources AS s ON s.id = m.source_id
     WHERE m.person_id = p.id) AS sources,
    (SELECT count(*) FROM claims AS c JOIN v_current_sources AS s ON s.id = c.source_id
     WHERE c.speaker_person_id = p.id) AS claims
FROM people AS p;

-- Who said what, where and when.
CREATE VIEW v_claims AS
SELECT
    c.id,
    s.published AS date,
    coalesce((SELECT name FROM people WHERE id = c.speaker_person_id), c.speaker) AS speaker,
    c.kind,
    c.text,
    (SELECT group_concat(topic, ', ') FROM (SELECT topic FROM claim_topics WHERE claim_id = c.id ORDER BY topic)) AS topics,
    s.file_name AS source,
    s.title,
    c.source_id,
    c.speaker_person_id
FROM claims AS c JOIN v_current_sources AS s ON s.id = c.source_id;

-- Numbers the sources state, with the meeting they belong to.
CREATE VIEW v_figures AS
SELECT
    f.id,
    f.topic,
    f.qualifier,
    f.value,
    f.value_max,
    f.unit,
    f.per_side,
    f.meeting_id,
    CASE WHEN m.id IS NULL THEN NULL ELSE m.kind || coalesce(' ' || m.date, '') || coalesce(' in ' || m.place, '') END AS meeting,
    coalesce(m.date, s.published) AS date,
    s.file_name AS source,
    f.text,
    f.source_id
FROM figures AS f
JOIN v_current_sources AS s ON s.id = f.source_id
LEFT JOIN meetings AS m ON m.id = f.meeting_id;

-- Each side's delegation at each meeting: its head and members.
CREATE VIEW v_delegations AS
SELECT
    d.id,
    d.meeting_id,
    m.kind || coalesce(' ' || m.date, '') || coalesce(' in ' || m.place, '') AS meeting,
    coalesce(m.date, s.published) AS date,
    d.side,
    p.name AS head,
    (SELECT group_concat(description, '; ') FROM (SELECT description FROM delegation_members WHERE delegation_id = d.id ORDER BY id)) AS members,
    s.file_name AS source,
    d.source_id,
    d.head_person_id
FROM delegations AS d
JOIN meetings AS m ON m.id = d.meeting_id
JOIN v_current_sources AS s ON s.id = d.source_id
LEFT JOIN people AS p ON p.id = d.head_person_id;

-- The timeline: one row per real meeting, with what every source that reports it adds.
CREATE VIEW v_meetings AS
SELECT
    m.id,
    m.date,
    m.kind,
    m.place,
    m.venue,
    (SELECT group_concat(country, ',') FROM (SELECT country FROM meeting_parties WHERE meeting_id = m.id ORDER BY country)) AS parties,
    m.status,
    (SELECT group_concat(side || ': ' || name, '; ') FROM (
        SELECT DISTINCT d.side, p.name FROM delegations AS d JOIN people AS p ON p.id = d.head_person_id
        JOIN v_current_sources AS s ON s.id = d.source_id
        WHERE d.meeting_id = m.id ORDER BY d.side)) AS heads,
    (SELECT group_concat(figure, '; ') FROM (
        SELECT DISTINCT f.topic || ' ' || coalesce(f.qualifier || ' ', '') || iif(f.value = CAST(f.value AS INTEGER), CAST(f.value AS INTEGER), f.value) || coalesce('-' || iif(f.value_max = CAST(f.value_max AS INTEGER), CAST(f.value_max AS INTEGER), f.value_max), '')
               || coalesce(' ' || f.unit, '') || CASE WHEN f.per_side = 1 THEN ' each' ELSE '' END AS figure
        FROM figures AS f JOIN v_current_sources AS s ON s.id = f.source_id WHERE f.meeting_id = m.id ORDER BY figure)) AS figures,
    (SELECT count(DISTINCT r.source_id) FROM meeting_reports AS r JOIN v_current_sources AS s ON s.id = r.source_id
     WHERE r.meeting_id = m.id) AS sources
FROM meetings AS m
WHERE EXISTS (SELECT 1 FROM meeting_reports AS r JOIN v_current_sources AS s ON s.id = r.source_id WHERE r.meeting_id = m.id);

-- Roles over time, each with the source that states it.
CREATE VIEW v_roles AS
SELECT r.id, r.person_id, p.name, r.role, r.country, r.as_of, s.file_name AS source, r.source_id
FROM roles AS r JOIN people AS p ON p.id = r.person_id JOIN v_current_sources AS s ON s.id = r.source_id;

-- What two or more sources report alike: the same statement by the same speaker, the same
-- number on the same topic, the same meeting.
CREATE VIEW v_corroboration AS
SELECT 'claim' AS kind, who, what, sources, files
FROM (
    SELECT coalesce(p.name, c.speaker) AS who, min(c.text) AS what,
           count(DISTINCT c.source_id) AS sources, group_concat(DISTINCT s.file_name) AS files
    FROM claims AS c JOIN v_current_sources AS s ON s.id = c.source_id LEFT JOIN people AS p ON p.id = c.speaker_person_id
    GROUP BY coalesce('person ' || c.speaker_person_id, 'speaker ' || lower(c.speaker)), c.text_key
    HAVING count(DISTINCT c.source_id) >= 2)
UNION ALL
SELECT 'figure', topic, what, sources, files
FROM (
    SELECT f.topic, coalesce(f.qualifier || ' ', '') || iif(f.value = CAST(f.value AS INTEGER), CAST(f.value AS INTEGER), f.value) || coalesce('-' || iif(f.value_max = CAST(f.value_max AS INTEGER), CAST(f.value_max AS INTEGER), f.value_max), '') || coalesce(' ' || f.unit, '')
               || CASE WHEN f.per_side = 1 THEN ' each' ELSE '' END AS what,
           count(DISTINCT f.source_id) AS sources, group_concat(DISTINCT s.file_name) AS files
    FROM figures AS f JOIN v_current_sources AS s ON s.id = f.source_id
    GROUP BY f.topic, f.qualifier, f.value, f.value_max, f.unit, f.per_side
    HAVING count(DISTINCT f.source_id) >= 2)
UNION ALL
SELECT 'meeting', m.kind, coalesce(m.date, 'undated') || coalesce(' in ' || m.place, '') || coalesce(' (' || m.venue || ')', ''),
       m.sources, (SELECT group_concat(DISTINCT s.file_name) FROM meeting_reports AS r JOIN v_current_sources AS s ON s.id = r.source_id
                   WHERE r.meeting_id = m.id)
FROM v_meetings AS m WHERE m.sources >= 2;

-- Where sources disagree, each row naming both sources and quoting both passages (the evidence
-- with up to 80 characters either side): a figure for the same meeting and topic with different
-- values; the same meeting on different dates; one person given the same title for two states.
-- Each distinct value is represented once (its first report), so a value repeated by many
-- sources gives one row per pair of values, not one per pair of reports.
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
