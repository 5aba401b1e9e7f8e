-- The claims report's rows read newest source first: the same rows as v_claims, joined from each
-- current source (newest first, by sources_by_published) to its claims. `parley report claims
-- --topic ceasefire --limit 50` reads this view when the topic is common: about a hundred of
-- 100,000 sources give the newest 50 claims, where v_claims gathered all 53,000 ceasefire claims
-- and sorted them (130 ms to 10 ms). CROSS JOIN keeps the sources outermost; a filter that names
-- few claims (a person, a source, a rare topic) still reads v_claims.
CREATE VIEW v_claims_newest_first AS
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
FROM sources AS s CROSS JOIN claims AS c ON c.source_id = s.id
WHERE s.superseded_by IS NULL;
