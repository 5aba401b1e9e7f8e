-- One statement per speaker and normalised text, however many sources carry it: the claims
-- rows stay one per source (each with its own span), and this view links them. The wording
-- shown is the first archived one.
CREATE VIEW v_statements AS
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
    FROM claims AS c JOIN v_current_sources AS s ON s.id = c.source_id
    GROUP BY coalesce('person ' || c.speaker_person_id, 'speaker ' || lower(c.speaker)), c.text_key
) AS g
JOIN claims AS c ON c.id = g.id
LEFT JOIN people AS p ON p.id = c.speaker_person_id;
