-- Parley's first schema.
-- Every extracted row carries its evidence: source_id and a half-open span of Unicode code points
-- into sources.body, so substr(body, span_start + 1, span_end - span_start) is the supporting text.
-- Child rows that only list attributes of their parent (meeting_parties, claim_topics) share the
-- parent's evidence.

-- One row per archived version of an article. The text is kept verbatim (front_matter || body is
-- the file as imported, after UTF-8 checks, BOM removal and CRLF folding; content_hash is its
-- SHA-256) so the archive can be re-derived; a changed file at a known path becomes a new row and
-- the old one points to it.
CREATE TABLE sources (
    id                INTEGER PRIMARY KEY,
    content_hash      TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    path              TEXT,
    file_name         TEXT,
    title             TEXT,
    outlet            TEXT,
    url               TEXT,
    published         TEXT,
    front_matter      TEXT NOT NULL DEFAULT '',
    body              TEXT NOT NULL,
    body_length       INTEGER NOT NULL CHECK (body_length >= 0),
    imported_at       TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    superseded_by     INTEGER REFERENCES sources(id),
    CHECK (superseded_by IS NULL OR superseded_by <> id)
) STRICT;
CREATE INDEX sources_by_path ON sources(path) WHERE path IS NOT NULL;
CREATE INDEX sources_by_superseded ON sources(superseded_by);
CREATE INDEX sources_by_published ON sources(published);

-- One row per real person across all sources; name_key folds case, diacritics and transliteration.
-- It is not unique: two people can share a name, and a surname alone that fits several people
-- stays a person of its own until the user merges it.
CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    country    TEXT CHECK (country IS NULL OR length(country) = 2),
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT;
CREATE INDEX people_by_key ON people(name_key);
CREATE INDEX people_by_source ON people(source_id);

CREATE TABLE person_aliases (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    UNIQUE (person_id, alias_key, alias, source_id),
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT;
CREATE INDEX person_aliases_by_key ON person_aliases(alias_key);
CREATE INDEX person_aliases_by_source ON person_aliases(source_id);

-- Where a person is named in a source: the basis of "how many sources mention X".
CREATE TABLE person_mentions (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT;
CREATE INDEX person_mentions_by_person ON person_mentions(person_id, source_id);
CREATE INDEX person_mentions_by_source ON person_mentions(source_id);

-- A role as one source states it; as_of is that source's date, so roles form a history.
-- country is the state the role phrase itself names ("Ukrainian President" -> UA), if any, and
-- title_key the phrase without it ("president"), so two sources' titles can be compared.
CREATE TABLE roles (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    country    TEXT CHECK (country IS NULL OR length(country) = 2),
    title_key  TEXT NOT NULL DEFAULT '',
    as_of      TEXT,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT;
CREATE INDEX roles_by_person ON roles(person_id, title_key, as_of);
CREATE INDEX roles_by_source ON roles(source_id);

-- One row per real meeting, however many sources report it; source_id and the span are its first
-- report. parties_key is the sorted party codes ("RU,UA"), the key sources are matched on;
-- size_key ("prisoner_exchange:1000:each") is how an exchange with no date or place is matched.
CREATE TABLE meetings (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('talks', 'call', 'summit', 'exchange')),
    place       TEXT,
    venue       TEXT,
    date        TEXT,
    status      TEXT NOT NULL CHECK (status IN ('held', 'planned', 'proposed')),
    parties_key TEXT NOT NULL DEFAULT '',
    size_key    TEXT,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT;
CREATE INDEX meetings_by_date ON meetings(date);
CREATE INDEX meetings_by_key ON meetings(kind, parties_key, date);
CREATE INDEX meetings_by_size ON meetings(kind, parties_key, size_key) WHERE size_key IS NOT NULL;
CREATE INDEX meetings_by_source ON meetings(source_id);

-- Each source's account of a meeting, as that source gives it: where sources disagree (a date,
-- a place) the difference stays visible here.
CREATE TABLE meeting_reports (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    place      TEXT,
    venue      TEXT,
    date       TEXT,
    status     TEXT NOT NULL CHECK (status IN ('held', 'planned', 'proposed')),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT;
CREATE INDEX meeting_reports_by_meeting ON meeting_reports(meeting_id);
CREATE INDEX meeting_reports_by_source ON meeting_reports(source_id);

CREATE TABLE meeting_parties (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    country    TEXT NOT NULL,
    PRIMARY KEY (meeting_id, country)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_parties_by_country ON meeting_parties(country);

CREATE TABLE delegations (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    side           TEXT NOT NULL,
    head_person_id INTEGER REFERENCES people(id),
    source_id      INTEGER NOT NULL REFERENCES sources(id),
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT;
CREATE INDEX delegations_by_meeting ON delegations(meeting_id);
CREATE INDEX delegations_by_head ON delegations(head_person_id);
CREATE INDEX delegations_by_source ON delegations(source_id);

-- A member is a person when named, otherwise a role phrase ("a deputy defense minister").
CREATE TABLE delegation_members (
    id            INTEGER PRIMARY KEY,
    delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    person_id     INTEGER REFERENCES people(id),
    description   TEXT NOT NULL,
    source_id     INTEGER NOT NULL REFERENCES sources(id),
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT;
CREATE INDEX delegation_members_by_delegation ON delegation_members(delegation_id);
CREATE INDEX delegation_members_by_person ON delegation_members(person_id);

-- A statement attributed to a speaker: a person (speaker_person_id) or an organisation, state or
-- unnamed description (speaker only). text_key is the normalised text, for matching across sources.
CREATE TABLE claims (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES sources(id),
    speaker            TEXT NOT NULL,
    speaker_person_id  INTEGER REFERENCES people(id),
    kind               TEXT NOT NULL CHECK (kind IN ('quote', 'reported')),
    text               TEXT NOT NULL,
    text_key           TEXT NOT NULL,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    speaker_span_start INTEGER,
    speaker_span_end   INTEGER,
    CHECK (0 <= span_start AND span_start <= span_end),
    CHECK ((speaker_span_start IS NULL) = (speaker_span_end IS NULL)),
    CHECK (speaker_span_start IS NULL OR (0 <= speaker_span_start AND speaker_span_start <= speaker_span_end))
) STRICT;
CREATE INDEX claims_by_source ON claims(source_id);
CREATE INDEX claims_by_person ON claims(speaker_person_id);
CREATE INDEX claims_by_text_key ON claims(text_key);

CREATE TABLE claim_topics (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    topic    TEXT NOT NULL,
    PRIMARY KEY (claim_id, topic)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_topics_by_topic ON claim_topics(topic);

CREATE TABLE figures (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    topic      TEXT NOT NULL,
    value      REAL NOT NULL,
    value_max  REAL,
    unit       TEXT,
    per_side   INTEGER NOT NULL CHECK (per_side IN (0, 1)),
    qualifier  TEXT,
    text       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end),
    CHECK (value_max IS NULL OR value_max >= value)
) STRICT;
CREATE INDEX figures_by_source ON figures(source_id);
CREATE INDEX figures_by_topic ON figures(topic, value);
CREATE INDEX figures_by_meeting ON figures(meeting_id);

-- Full-text search over bodies and claims (external content). Parley writes the index rows in the
-- same savepoint as the rows they index: triggers cannot do it, because every connection runs with
-- trusted_schema off, which forbids virtual tables inside triggers. After editing sources or claims
-- by hand, run INSERT INTO sources_fts(sources_fts) VALUES ('rebuild') (and the same for claims_fts).
CREATE VIRTUAL TABLE sources_fts USING fts5(
    title, body, content = 'sources', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE claims_fts USING fts5(
    speaker, text, content = 'claims', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
