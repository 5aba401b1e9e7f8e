import ParleyExtract
import ParleySQLite

/// Stores one article and its extraction as rows. Statements are prepared once per import.
/// Full-text rows are queued: call `flushSearchIndex()` before the transaction commits.
final class ExtractionWriter {
    private let db: Database
    private let findByHash, findCurrentAtPath, insertSource, supersede: Statement
    private let people: PersonResolver
    /// For `reextract`, which derives each extraction's keys here; an import has them derived ahead.
    private let keyCaches = KeyCaches()
    private let insertPerson, insertAlias, insertMention, insertRole, setCountry: Statement
    private let meetings: MeetingResolver
    private let insertMeeting, insertMeetingReport, insertParty, insertDelegation, insertMember: Statement
    private let insertStatement, findStatement, insertClaim, insertTopic, insertFigure: Statement
    private let statementIDs = StatementIDCache()
    private let searchIndex: SearchIndexQueue
    private let articleSavepoint: PreparedSavepoint

    /// When this import run started; every source it stores shares it (formatting a date per
    /// article was a measurable share of import time).
    private let importedAt: String

    init(db: Database, importedAt: String = Clock.isoNow()) throws {
        self.db = db
        self.importedAt = importedAt
        articleSavepoint = try PreparedSavepoint("article", on: db)
        findByHash = try db.prepare("SELECT id FROM sources WHERE content_hash = ?")
        findCurrentAtPath = try db.prepare("SELECT id FROM sources WHERE path = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1")
        insertSource = try db.prepare("""
            INSERT INTO sources(content_hash, path, file_name, title, outlet, url, published, front_matter, body,
                                body_length, imported_at, extractor_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        supersede = try db.prepare("UPDATE sources SET superseded_by = ? WHERE id = ?")
        people = try PersonResolver(db: db)
        insertPerson = try db.prepare("""
            INSERT INTO people(name, name_key, country, source_id, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertAlias = try db.prepare("""
            INSERT OR IGNORE INTO person_aliases(person_id, alias, alias_key, source_id, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertMention = try db.prepare("INSERT INTO person_mentions(person_id, source_id, span_start, span_end, spans) VALUES (?, ?, ?, ?, ?)")
        insertRole = try db.prepare("""
            INSERT INTO roles(person_id, role, country, title_key, as_of, source_id, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        setCountry = try db.prepare("UPDATE people SET country = ? WHERE id = ? AND country IS NULL")
        meetings = try MeetingResolver(db: db)
        insertMeeting = try db.prepare("""
            INSERT INTO meetings(kind, place, venue, date, status, parties_key, size_key, source_id, span_start, span_end,
                                 month_day, round)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertMeetingReport = try db.prepare("""
            INSERT INTO meeting_reports(meeting_id, source_id, place, venue, date, status, span_start, span_end, month_day, round)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertParty = try db.prepare("INSERT OR IGNORE INTO meeting_parties(meeting_id, country) VALUES (?, ?)")
        insertDelegation = try db.prepare("""
            INSERT INTO delegations(meeting_id, side, head_person_id, source_id, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertMember = try db.prepare("""
            INSERT INTO delegation_members(delegation_id, person_id, description, source_id, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        // The claim's statement is written with it (migration 0011), so its trigger finds nothing to fix.
        insertStatement = try db.prepare("INSERT OR IGNORE INTO statements(text_key, speaker_key) VALUES (?, ?)")
        findStatement = try db.prepare("SELECT id FROM statements WHERE text_key = ? AND speaker_key = ?")
        // Each claim carries its source's date, file name and title and its topics (migration 0014):
        // only the importer and reextract write them, here.
        insertClaim = try db.prepare("""
            INSERT INTO claims(source_id, speaker, speaker_person_id, kind, text, text_key, span_start, span_end,
                               speaker_span_start, speaker_span_end, speaker_key, statement_id,
                               source_published, source_file, source_title, topics)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        searchIndex = try SearchIndexQueue(db: db)
        insertTopic = try db.prepare("INSERT OR IGNORE INTO claim_topics(claim_id, topic) VALUES (?, ?)")
        insertFigure = try db.prepare("""
            INSERT INTO figures(source_id, meeting_id, topic, value, value_max, unit, per_side, qualifier, text, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Triggers whose work the writer does itself, so an import may run with triggers off: on
    /// insert, each claim's speaker key and statement (migrations 0009 and 0011) are written with
    /// it; on update, the writer never updates a claim, nor a source's date, file or title (the
    /// fields migration 0014 copies to its claims). `parley check` verifies the result.
    static let triggersItMakesRedundant: Set<String> = [
        "claims_speaker_key_on_insert", "claims_statement_on_insert", "claims_speaker_key_on_update", "claims_statement_on_update",
        "sources_fields_to_claims",
    ]

    /// The statement a claim with these keys belongs to, added when it is new.
    private func statementID(textKey: String, speakerKey: String) throws -> Int64? {
        let key = StatementIDCache.Key(textKey: textKey, speakerKey: speakerKey)
        if let known = statementIDs[key] { return known }
        try insertStatement.run([textKey, speakerKey])
        let found = db.changes == 1 ? db.lastInsertRowID : try id(findStatement, [textKey, speakerKey])
        if let found { statementIDs.add(found, for: key) }
        return found
    }

    /// Errors about the archive as a whole (disk full, I/O), not about one article: the import stops.
    static func isFatal(_ error: SQLiteError) -> Bool { error.isStorageFailure }

    /// Stores the article all or nothing, in a savepoint of its own.
    func store(_ article: PreparedArticle) throws -> ImportOutcome {
        let mark = searchIndex.mark
        let outcome: ImportOutcome
        do {
            outcome = try articleSavepoint.run { try storeRows(article) }
        } catch {
            searchIndex.discard(after: mark)
            statementIDs.forgetUnkept()
            throw error
        }
        statementIDs.keep()
        if searchIndex.isOverLimit { try searchIndex.flush() }
        return outcome
    }

    /// Writes the queued full-text rows; the transaction that stored their rows must still be open.
    func flushSearchIndex() throws {
        try searchIndex.flush()
    }

    private func storeRows(_ article: PreparedArticle) throws -> ImportOutcome {
        if let existing = try id(findByHash, [article.contentHash]) { return .unchanged(sourceID: existing) }
        let previous = try article.input.path.flatMap { try id(findCurrentAtPath, [$0]) }
        let keys = article.keys
        if let problem = keys.spanProblem { throw problem }
        let source = article.extraction.source
        let fields = SourceFields(published: source.published, file: article.input.fileName, title: source.title)
        try insertSource.run([
            article.contentHash, article.input.path, fields.file, fields.title, source.outlet,
            article.metadata.url, fields.published, article.frontMatter, article.body, keys.bodyLength, importedAt, Extractor.version,
        ])
        let sourceID = db.lastInsertRowID
        searchIndex.addSource(id: sourceID, title: source.title, body: article.body)
        if let previous { try supersede.run([sourceID, previous]) }
        try storeFacts(article.extraction, keys: keys, sourceID: sourceID, source: fields)
        return previous.map { .updated(sourceID: sourceID, previousID: $0) } ?? .imported(sourceID: sourceID)
    }

    /// Stores a fresh extraction of an archived source (for `reextract`): the source row stays.
    func storeFacts(of extraction: Extraction, sourceID: Int64, source: SourceFields, body: String) throws {
        let keys = ExtractionKeys(extraction, body: body, file: extraction.source.file ?? "source \(sourceID)", caches: keyCaches)
        if let problem = keys.spanProblem { throw problem }
        try storeFacts(extraction, keys: keys, sourceID: sourceID, source: source)
        // No savepoint here: a failure rolls back the caller's whole transaction, and this writer with it.
        statementIDs.keep()
        if searchIndex.isOverLimit { try searchIndex.flush() }
    }

    private func storeFacts(_ extraction: Extraction, keys: ExtractionKeys, sourceID: Int64, source: SourceFields) throws {
        var personIDs: [String: Int64] = [:]
        for (person, personKeys) in zip(extraction.people, keys.people) {
            personIDs[person.name] = try storePerson(person, keys: personKeys, sourceID: sourceID, asOf: extraction.source.published)
        }
        var meetingIDs: [String: Int64] = [:]
        for meeting in extraction.meetings {
            let sizes = extraction.figures.filter { $0.meeting == meeting.id }.map { ($0.topic, $0.value, $0.perSide) }
            let meetingID: Int64
            if let existing = try meetings.resolve(meeting, sizes: sizes) {
                // Found by its parties_key, so it already has these parties: a meeting's parties
                // are written when it is added, and a merge only adds the merged meeting's.
                meetingID = existing
            } else {
                let sizeKey = meeting.date == nil && meeting.place == nil ? sizes.first.map(MeetingResolver.sizeKey) : nil
                try insertMeeting.run([meeting.kind.rawValue, meeting.place, meeting.venue, meeting.date, meeting.status.rawValue,
                                       MeetingResolver.partiesKey(meeting.parties), sizeKey, sourceID, meeting.span.start, meeting.span.end,
                                       meeting.monthDay, meeting.round])
                meetingID = db.lastInsertRowID
                for party in meeting.parties { try insertParty.run([meetingID, party]) }
            }
            try insertMeetingReport.run([meetingID, sourceID, meeting.place, meeting.venue, meeting.date, meeting.status.rawValue,
                                         meeting.span.start, meeting.span.end, meeting.monthDay, meeting.round])
            meetingIDs[meeting.id] = meetingID
        }
        for delegation in extraction.delegations {
            guard let meetingID = meetingIDs[delegation.meeting] else { continue }
            try insertDelegation.run([meetingID, delegation.side, delegation.head.flatMap { personIDs[$0] },
                                      sourceID, delegation.span.start, delegation.span.end])
            let delegationID = db.lastInsertRowID
            for member in delegation.members {
                try insertMember.run([delegationID, personIDs[member], member, sourceID, delegation.span.start, delegation.span.end])
            }
        }
        for (claim, textKey) in zip(extraction.claims, keys.claimTextKeys) {
            let personID = personIDs[claim.speaker]
            let speakerKey = SpeakerKey.of(personID: personID, speaker: claim.speaker)
            try insertClaim.run([sourceID, claim.speaker, personID, claim.kind.rawValue, claim.text,
                                 textKey, claim.span.start, claim.span.end,
                                 claim.speakerSpan?.start, claim.speakerSpan?.end, speakerKey,
                                 try statementID(textKey: textKey, speakerKey: speakerKey),
                                 source.published, source.file, source.title, ClaimTopics.list(claim.topics)])
            let claimID = db.lastInsertRowID
            searchIndex.addClaim(id: claimID, speaker: claim.speaker, text: claim.text)
            for topic in claim.topics { try insertTopic.run([claimID, topic]) }
        }
        for figure in extraction.figures {
            try insertFigure.run([sourceID, figure.meeting.flatMap { meetingIDs[$0] }, figure.topic, figure.value, figure.valueMax,
                                  figure.unit, figure.perSide, figure.qualifier, figure.text, figure.span.start, figure.span.end])
        }
    }

    /// Finds the person by any of their names across the archive, or adds them; then records
    /// this source's aliases, mentions and roles.
    private func storePerson(_ person: Person, keys: ExtractionKeys.PersonKeys, sourceID: Int64, asOf: String?) throws -> Int64 {
        let firstMention = person.mentions.first ?? Span(0, 0)
        let personID: Int64
        if let existing = try people.resolve(person, keys: keys) {
            personID = existing
            if let country = person.country { try setCountry.run([country, existing]) }
        } else {
            try insertPerson.run([person.name, keys.nameKey, person.country, sourceID, firstMention.start, firstMention.end])
            personID = db.lastInsertRowID
        }
        // Each form the source uses, with the first mention that spells it as its evidence.
        for form in keys.forms {
            try insertAlias.run([personID, form.text, form.key, sourceID, form.span.start, form.span.end])
        }
        // One row for the source: its first mention as the span, every mention in spans (migration 0013).
        if let first = person.mentions.first {
            try insertMention.run([personID, sourceID, first.start, first.end, keys.mentionSpans])
        }
        for (role, roleKeys) in zip(person.roles, keys.roles) {
            try insertRole.run([personID, role.text, roleKeys.country, roleKeys.titleKey, asOf, sourceID, role.span.start, role.span.end])
        }
        return personID
    }

    private func id(_ statement: Statement, _ parameters: [SQLiteBindable]) throws -> Int64? {
        try ids(statement, parameters)?.first
    }

    private func ids(_ statement: Statement, _ parameters: [SQLiteBindable]) throws -> [Int64]? {
        try statement.bind(parameters)
        var found: [Int64] = []
        while try statement.step() { if let value = statement.int64(at: 0) { found.append(value) } }
        try statement.reset()
        return found.isEmpty ? nil : found
    }
}
