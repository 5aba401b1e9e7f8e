import ParleyExtract
import ParleySQLite

/// Re-derives every extracted fact from the archived text with the current extractor, then
/// re-applies the user's corrections. The sources themselves are not touched.
public enum Reextraction {
    /// Returns the number of sources re-extracted.
    @discardableResult
    public static func run(_ archive: Archive, actors: ActorDictionary = .builtIn) throws -> Int {
        try archive.db.transaction {
            let count = try rebuild(archive.db, actors: actors)
            try Curation(archive: archive).reapply()
            return count
        }
    }

    /// Deletes the extracted rows and stores a fresh extraction of every source, oldest first.
    @discardableResult
    static func rebuild(_ db: Database, actors: ActorDictionary = .builtIn) throws -> Int {
        try db.execute("""
            INSERT INTO claims_fts(claims_fts) VALUES ('delete-all');
            DELETE FROM claim_topics; DELETE FROM claims; DELETE FROM figures;
            DELETE FROM delegation_members; DELETE FROM delegations;
            DELETE FROM meeting_parties; DELETE FROM meeting_reports; DELETE FROM meetings;
            DELETE FROM roles; DELETE FROM person_mentions; DELETE FROM person_aliases; DELETE FROM people;
            """)
        let writer = try ExtractionWriter(db: db)
        let sources = try db.prepare("SELECT id, file_name, title, published, outlet, url, body FROM sources ORDER BY id")
        let stamp = try db.prepare("UPDATE sources SET extractor_version = ? WHERE id = ?")
        var count = 0
        while try sources.step() {
            let id = sources.int64(at: 0) ?? 0
            let body = sources.string(at: 6) ?? ""
            // The metadata the source was archived with stays known, as it was at import.
            let metadata = ArticleMetadata(title: sources.string(at: 2), published: sources.string(at: 3),
                                           outlet: sources.string(at: 4), url: sources.string(at: 5))
            let extraction = Extractor.extract(body: body, file: sources.string(at: 1), metadata: metadata, actors: actors)
            let fields = SourceFields(published: metadata.published, file: sources.string(at: 1), title: metadata.title)
            try writer.storeFacts(of: extraction, sourceID: id, source: fields, body: body)
            try stamp.run([Extractor.version, id])
            count += 1
        }
        try writer.flushSearchIndex()
        return count
    }
}
