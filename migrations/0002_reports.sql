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
    c.speaker,
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
