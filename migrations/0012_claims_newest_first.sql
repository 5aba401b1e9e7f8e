-- The claims report's rows read newest source first: v_claims, joined from each current source
-- (newest first, by sources_by_published) to its claims. `parley report claims --topic ceasefire
-- --limit 50` reads this view when the topic is common: about a hundred of 100,000 sources give
-- the newest 50 claims, where v_claims gathered all 53,000 ceasefire claims and sorted them
-- (130 ms to 10 ms). CROSS JOIN keeps the sources outermost, and the date and source named in the
-- ORDER BY are theirs, so their index gives the order. A filter that names few claims (a person,
-- a source, a rare topic) still reads v_claims.
CREATE VIEW v_claims_newest_first AS
SELECT v.id, s.published AS date, v.speaker, v.kind, v.text, v.topics, s.file_name AS source, s.title,
       v.source_id, v.speaker_person_id
FROM sources AS s CROSS JOIN v_claims AS v ON v.source_id = s.id
WHERE s.superseded_by IS NULL;
