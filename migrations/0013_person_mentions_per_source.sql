-- One person_mentions row per person and source instead of one per mention. The reports count
-- the sources a person appears in and show the first mention in each as evidence; nothing reads
-- the other mentions one by one. Storing 21 rows an article, each with two index entries and
-- two foreign-key checks, was a sixth of import time. The row's span stays the first mention in
-- that source; spans lists every mention's span there, in order, as JSON ([[start, end], ...]),
-- so the whole provenance stays in the archive (NULL: the row's own span is the only one).
ALTER TABLE person_mentions ADD COLUMN spans TEXT;

UPDATE person_mentions SET spans = (
    SELECT json_group_array(json_array(o.span_start, o.span_end)) FROM (
        SELECT span_start, span_end FROM person_mentions AS o
        WHERE o.person_id = person_mentions.person_id AND o.source_id = person_mentions.source_id
        ORDER BY o.id) AS o)
WHERE id IN (SELECT min(id) FROM person_mentions GROUP BY person_id, source_id);

DELETE FROM person_mentions WHERE spans IS NULL;
