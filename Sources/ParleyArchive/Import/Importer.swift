import Foundation
import ParleyExtract
import ParleySQLite

public struct ImportOptions {
    /// Files larger than this are refused (the `--max-size` option).
    public var maxBytes = 10 * 1024 * 1024
    /// Articles per transaction; each article is still all-or-nothing on its own (a savepoint).
    public var batchSize = 200
    public var manifest = Manifest()

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
    private let archiveFiles: Set<String>

    public init(archive: Archive, options: ImportOptions = ImportOptions(),
                onOutcome: @escaping (ImportInput, ImportOutcome) -> Void = { _, _ in }) {
        self.archive = archive
        self.options = options
        self.onOutcome = onOutcome
        let base = URL(fileURLWithPath: archive.path).standardizedFileURL.path
        archiveFiles = [base, base + "-wal", base + "-shm", base + "-journal"]
    }

    /// Imports every input; a bad input is reported and skipped. Throws only when the archive
    /// itself cannot be written (the open batch is then rolled back whole).
    public func run(_ inputs: [ImportInput]) throws -> ImportSummary {
        var summary = ImportSummary()
        let writer = try ExtractionWriter(db: archive.db)
        var start = 0
        while start < inputs.count {
            let batch = inputs[start..<min(inputs.count, start + max(1, options.batchSize))]
            var outcomes: [(ImportInput, ImportOutcome)] = []
            do {
                try archive.db.transaction(.immediate) {
                    for input in batch { outcomes.append((input, try importOne(input, writer: writer))) }
                }
            } catch let error as SQLiteError {
                throw ArchiveError.storage("""
                    cannot write to \(archive.path): \(Importer.explain(error)); the last \(batch.count) articles were \
                    rolled back and everything before them is kept. Fix that and run the same import again.
                    """)
            }
            // Reported once committed, so "imported" never names work a failed commit lost.
            for (input, outcome) in outcomes {
                summary.count(outcome)
                onOutcome(input, outcome)
            }
            start += batch.count
        }
        return summary
    }

    /// What a storage failure means for the user.
    static func explain(_ error: SQLiteError) -> String {
        if error.isDiskFullOrIO {
            return "the disk is full or a file size limit was reached (\(error.message), code \(error.extendedCode))"
        }
        if error.isBusy { return "another program holds the archive locked (\(error.message))" }
        return error.description
    }

    private func importOne(_ input: ImportInput, writer: ExtractionWriter) throws -> ImportOutcome {
        let article: PreparedArticle
        do {
            article = try prepare(input)
        } catch let error as ArchiveError {
            return .failed(reason: error.reason)
        }
        do {
            return try archive.db.savepoint("article") { try writer.store(article) }
        } catch let error as ArchiveError {
            return .failed(reason: error.reason)
        } catch let error as SQLiteError where !ExtractionWriter.isFatal(error) {
            return .failed(reason: "could not be stored: \(error.message)")
        }
    }

    /// Everything about an article that needs no database: bytes, text, metadata, extraction.
    private func prepare(_ input: ImportInput) throws -> PreparedArticle {
        if let path = input.path, archiveFiles.contains(path) {
            throw ArchiveError.input(file: input.display, reason: "is the archive itself, not an article")
        }
        let article = try ArticleLoader.load(input, maxBytes: options.maxBytes, manifest: options.manifest)
        return PreparedArticle(input: input, contentHash: ArticleLoader.contentHash(frontMatter: article.frontMatter, body: article.body),
                               frontMatter: article.frontMatter, body: article.body,
                               metadata: article.metadata, extraction: ArticleLoader.extract(article))
    }
}

/// An article ready to store.
struct PreparedArticle {
    let input: ImportInput
    let contentHash: String
    let frontMatter: String
    let body: String
    let metadata: ArticleMetadata
    let extraction: Extraction
}
