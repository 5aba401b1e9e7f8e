import Foundation
import ParleyExtract
import ParleySQLite

public struct ImportOptions {
    /// Files larger than this are refused (the `--max-size` option).
    public var maxBytes = 10 * 1024 * 1024
    /// Articles per transaction; each article is still all-or-nothing on its own (a savepoint).
    /// Every commit rewrites the index pages the batch touched, and random-order indexes touch most
    /// of theirs in any batch, so fewer, larger commits write far less (20,000 articles on one core:
    /// 34 s with 1,000, 28 s with 5,000).
    public var batchSize = 5000
    public var manifest = Manifest()
    /// What is known about people ahead of the articles (the `--actors` option adds to the built-in table).
    public var actors = ActorDictionary.builtIn

    public init() {}
}

/// What happened to one input.
public enum ImportOutcome: Equatable {
    case imported(sourceID: Int64)
    /// The same content is already archived.
    case unchanged(sourceID: Int64)
    /// A changed file at a known path: a new version superseding the old one.
    case updated(sourceID: Int64, previousID: Int64)
    case failed(reason: String)
}

public struct ImportSummary: Equatable, Sendable {
    public var imported = 0
    public var unchanged = 0
    public var updated = 0
    public var failed = 0

    public init() {}

    public var line: String {
        "\(imported) imported, \(unchanged) unchanged, \(updated) updated, \(failed) failed"
    }

    mutating func count(_ outcome: ImportOutcome) {
        switch outcome {
        case .imported: imported += 1
        case .unchanged: unchanged += 1
        case .updated: updated += 1
        case .failed: failed += 1
        }
    }
}

/// Reads, checks, extracts and stores articles: one savepoint per article, one transaction per batch.
public final class Importer {
    private let archive: Archive
    private let options: ImportOptions
    private let onOutcome: (ImportInput, ImportOutcome) -> Void
    private let onStored: (ImportInput) -> Void
    private let archiveFiles: Set<String>

    /// `onStored` hears of each article as soon as it is written (for progress: a batch commits
    /// thousands at once); `onOutcome` only once its batch is committed.
    public init(archive: Archive, options: ImportOptions = ImportOptions(),
                onOutcome: @escaping (ImportInput, ImportOutcome) -> Void = { _, _ in },
                onStored: @escaping (ImportInput) -> Void = { _ in }) {
        self.archive = archive
        self.options = options
        self.onStored = onStored
        self.onOutcome = onOutcome
        let base = URL(fileURLWithPath: archive.path).standardizedFileURL.path
        archiveFiles = [base, base + "-wal", base + "-shm", base + "-journal"]
    }

    /// Imports every input; a bad input is reported and skipped. Throws only when the archive
    /// itself cannot be written (the open batch is then rolled back whole).
    public func run(_ inputs: [ImportInput]) throws -> ImportSummary {
        var summary = ImportSummary()
        // Each article's savepoint copies every page it first changes into a sub-journal, so the
        // article can be rolled back alone. Every connection keeps it in one reused buffer in
        // memory (ParleySQLite's process settings); temp_store = MEMORY would replace that with
        // SQLite's own in-memory journal, allocated and freed 1 KiB at a time.
        // The writer does the claims triggers' work itself, so they are off for this connection
        // while it writes: each claim ran two trigger programs that found nothing to fix (7% of
        // the writer's instructions). Other connections keep them, and so does the corrections'
        // upkeep below. A trigger the writer does not know of keeps them all on.
        let triggersOff = try archive.db.triggerNames().isSubset(of: ExtractionWriter.triggersItMakesRedundant)
        if triggersOff { try archive.db.setTriggersEnabled(false) }
        defer { if triggersOff { _ = try? archive.db.setTriggersEnabled(true) } }
        let writer = try ExtractionWriter(db: archive.db)
        let preparer = ArticlePreparer(maxBytes: options.maxBytes, manifest: options.manifest, actors: options.actors,
                                       archiveFiles: archiveFiles)
        let pipeline = PreparationPipeline(inputs: inputs, preparer: preparer, capacity: Importer.prepareAhead)
        var finished = false
        while !finished {
            var outcomes: [(ImportInput, ImportOutcome)] = []
            do {
                try archive.db.transaction(.immediate) {
                    while outcomes.count < max(1, options.batchSize) {
                        guard let item = pipeline.next() else { finished = true; break }
                        outcomes.append((item.input, try store(item.result, writer: writer)))
                        onStored(item.input)
                    }
                    try writer.flushSearchIndex()
                }
            } catch let error as SQLiteError {
                pipeline.cancel()
                throw ArchiveError.storage("""
                    cannot write to \(archive.path): \(Importer.explain(error)); the last \(outcomes.count + 1) articles were \
                    rolled back and everything before them is kept. Fix that and run the same import again.
                    """)
            }
            // Reported once committed, so "imported" never names work a failed commit lost.
            for (input, outcome) in outcomes {
                summary.count(outcome)
                onOutcome(input, outcome)
            }
        }
        if triggersOff { try archive.db.setTriggersEnabled(true) }
        // The user's corrections hold for what was just imported too.
        if summary.imported + summary.updated > 0 {
            try archive.db.transaction { try Curation(archive: archive).reapply() }
        }
        return summary
    }

    /// Articles prepared ahead of the writer: enough to keep it busy, few enough that memory does
    /// not grow with the batch size.
    static let prepareAhead = 256

    /// What a storage failure means for the user.
    static func explain(_ error: SQLiteError) -> String {
        if error.isDiskFullOrIO {
            return "the disk is full or a file size limit was reached (\(error.message), code \(error.extendedCode))"
        }
        if error.isBusy { return "another program holds the archive locked (\(error.message))" }
        return error.description
    }

    /// Stores one prepared article (all or nothing); a problem with this article alone is its outcome.
    private func store(_ prepared: Result<PreparedArticle, ArchiveError>, writer: ExtractionWriter) throws -> ImportOutcome {
        let article: PreparedArticle
        switch prepared {
        case .failure(let error): return .failed(reason: error.reason)
        case .success(let value): article = value
        }
        do {
            return try writer.store(article)
        } catch let error as ArchiveError {
            return .failed(reason: error.reason)
        } catch let error as SQLiteError where !ExtractionWriter.isFatal(error) {
            return .failed(reason: "could not be stored: \(error.message)")
        }
    }
}

/// An article ready to store.
struct PreparedArticle: Sendable {
    let input: ImportInput
    let contentHash: String
    let frontMatter: String
    let body: String
    let metadata: ArticleMetadata
    let extraction: Extraction
    let keys: ExtractionKeys

    init(input: ImportInput, contentHash: String, frontMatter: String, body: String, metadata: ArticleMetadata,
         extraction: Extraction, caches: KeyCaches = KeyCaches()) {
        self.input = input
        self.contentHash = contentHash
        self.frontMatter = frontMatter
        self.body = body
        self.metadata = metadata
        self.extraction = extraction
        keys = ExtractionKeys(extraction, body: body, file: input.display, caches: caches)
    }
}
