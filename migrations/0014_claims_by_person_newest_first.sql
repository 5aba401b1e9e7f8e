-- One person's claims, newest first, from one index. `report claims --person Peskov` (21,000
-- claims of 800,000) and the dossier read each claim's row, its source's row and its topics from
-- pages all over a 100,000-article archive, then sorted them: 9,400 page faults and 116 ms of
-- SQL. Each claim now carries what the claims report shows of its source and its topics, and an
-- index holds a person's claims in report order with every column the report reads, so the rows
-- come from adjacent pages in the order they are printed (28 ms and 350 faults; 36 ms and 1,480
-- when the index has grown with the archive instead of being built at once).

-- The source's date, file name and title, as in sources, and the claim's topics as v_claims
-- listed them (sorted, ', '-separated, NULL when none). Parley writes them with each claim, at
-- import and at reextract, which rebuilds every extracted row. A trigger copies a source's fields
-- edited by hand (parley never changes them; a changed article is a new source). Triggers that
-- checked each claim and topic row as it was inserted cost 5% of import's instructions.
ALTER TABLE claims ADD COLUMN source_published TEXT;
ALTER TABLE claims ADD COLUMN source_file TEXT;
ALTER TABLE claims ADD COLUMN source_title TEXT;
ALTER TABLE claims ADD COLUMN topics TEXT;
UPDATE claims SET
    (source_published, source_file, source_title) = (SELECT published, file_name, title FROM sources WHERE id = claims.source_id),
    topics = (SELECT group_concat(topic, ', ') FROM (SELECT topic FROM claim_topics WHERE claim_id = claims.id ORDER BY topic));
CREATE TRIGGER sources_fields_to_claims AFTER UPDATE OF published, file_name, title ON sources
WHEN (NEW.published, NEW.file_name, NEW.title) IS NOT (OLD.published, OLD.file_name, OLD.title)
BEGIN
    UPDATE claims SET (source_published, source_file, source_title) = (NEW.published, NEW.file_name, NEW.title)
    WHERE source_id = NEW.id;
END;

-- A person's claims in the order both reports print them (NULL dates sort last, descending),
-- with every column they read: the person's claims are adjacent, and no sort is needed. Claims
-- without a person are left out (a fifth of them); no report reads them by person.
CREATE INDEX claims_by_person_newest_first ON claims(
    speaker_person_id, source_published DESC, source_file, id, speaker, kind, text, topics, source_title, source_id)
WHERE speaker_person_id IS NOT NULL;

-- The same rows as before. The speaker's display name is looked up (a rename or merge changes
-- it for every claim); superseded sources are left out by one small set, not a lookup per claim.
DROP VIEW v_claims;
CREATE VIEW v_claims AS
SELECT
    c.id,
    c.source_published AS date,
    coalesce(p.name, c.speaker) AS speaker,
    c.kind,
    c.text,
    c.topics,
    c.source_file AS source,
    c.source_title AS title,
    c.source_id,
    c.speaker_person_id
FROM claims AS c LEFT JOIN people AS p ON p.id = c.speaker_person_id
WHERE c.source_id NOT IN (SELECT id FROM sources WHERE superseded_by IS NOT NULL);
