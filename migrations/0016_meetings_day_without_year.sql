-- The timeline shows a date whose year no source gives as '--MM-DD' (ISO 8601's notation, as the
-- conflicts report already writes it), so "the first round on May 16" in an undated article is
-- placed on the timeline rather than shown blank. The report orders full dates first, then these.
DROP VIEW v_meetings;
CREATE VIEW v_meetings AS
WITH superseded AS (SELECT id FROM sources WHERE superseded_by IS NOT NULL)
SELECT
    m.id,
    coalesce(m.date, '--' || m.month_day) AS date,
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
