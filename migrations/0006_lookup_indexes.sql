-- Lookups the importer makes for every article, each by an index, so their cost does not grow with the archive.

-- The last word of each person's name key, indexed: resolving a surname-only mention ("Peskov")
-- looks people up by it. Generated, so every writer (import, curation) keeps it right.
-- rtrim(k, letters of k) leaves everything up to the last space; removing that leaves the last word.
ALTER TABLE people ADD COLUMN surname_key TEXT
    GENERATED ALWAYS AS (replace(name_key, rtrim(name_key, replace(name_key, ' ', '')), '')) VIRTUAL;
CREATE INDEX people_by_surname ON people(surname_key, name_key);

-- Whether a key names one person or several is read from both ends of this index, whatever
-- number of sources repeat the alias (a scan for two distinct people grew with the archive).
CREATE INDEX person_aliases_by_key_and_person ON person_aliases(alias_key, person_id);
DROP INDEX person_aliases_by_key;

-- An undated meeting joins one at the same place: found by the place itself, not by reading
-- every undated meeting between the same parties (which grew with the archive).
CREATE INDEX meetings_undated_by_place ON meetings(kind, parties_key, place COLLATE NOCASE) WHERE date IS NULL;
