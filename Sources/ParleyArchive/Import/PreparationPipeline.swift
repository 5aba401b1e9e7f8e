import Foundation
import ParleyExtract

/// Everything about an article that needs no database: bytes, text, metadata, extraction.
/// Sendable and pure, so it runs on another thread while the one connection writes.
struct ArticlePreparer: Sendable {
    let maxBytes: Int
    let manifest: Manifest
    let actors: ActorDictionary
    /// The archive's own files, refused as inputs.
    let archiveFiles: Set<String>

    /// - Parameter caches: keys already derived; only the thread that prepares may hold them.
    func prepare(_ input: ImportInput, caches: KeyCaches) -> Result<PreparedArticle, ArchiveError> {
        if let path = input.path, archiveFiles.contains(path) {
            return .failure(.input(file: input.display, reason: "is the archive itself, not an article"))
        }
        do {
            let article = try ArticleLoader.load(input, maxBytes: maxBytes, manifest: manifest)
            return .success(PreparedArticle(
                input: input,
                contentHash: ArticleLoader.contentHash(frontMatter: article.frontMatter, body: article.body),
                frontMatter: article.frontMatter, body: article.body,
                metadata: article.metadata, extraction: ArticleLoader.extract(article, actors: actors), caches: caches))
        } catch {
            return .failure(error)
        }
    }
}

/// Prepares articles on a background thread, in input order, at most about `capacity` ahead of
/// the writer: extraction overlaps with writing, and memory stays bounded however many files there
/// are. Articles pass in chunks, so the two threads meet once per chunk, not once per article.
final class PreparationPipeline: @unchecked Sendable {
    typealias Item = (input: ImportInput, result: Result<PreparedArticle, ArchiveError>)

    private let condition = NSCondition()
    private var ready: [[Item]] = []
    private var readyCount = 0
    private var producerDone = false
    private var cancelled = false
    private var taken: [Item] = []
    private var takenIndex = 0

    init(inputs: [ImportInput], preparer: ArticlePreparer, capacity: Int = 64, chunk: Int = 16) {
        let limit = max(1, capacity)
        let thread = Thread { [self] in
            let caches = KeyCaches()
            var pending: [Item] = []
            func handOver() -> Bool {
                condition.lock()
                defer { condition.unlock() }
                while readyCount >= limit && !cancelled { condition.wait() }
                if cancelled { return false }
                ready.append(pending)
                readyCount += pending.count
                pending = []
                condition.broadcast()
                return true
            }
            for input in inputs {
                pending.append((input, preparer.prepare(input, caches: caches)))
                if pending.count >= chunk && !handOver() { break }
            }
            if !pending.isEmpty { _ = handOver() }
            condition.lock()
            producerDone = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next prepared article in input order, or nil when all are done.
    func next() -> Item? {
        if takenIndex < taken.count {
            takenIndex += 1
            return taken[takenIndex - 1]
        }
        condition.lock()
        while ready.isEmpty && !producerDone { condition.wait() }
        guard !ready.isEmpty else { condition.unlock(); return nil }
        taken = ready.removeFirst()
        readyCount -= taken.count
        condition.broadcast()
        condition.unlock()
        takenIndex = 1
        return taken[0]
    }

    /// Stops the producer (after a fatal write error) and waits for it to finish.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !producerDone { condition.wait() }
        condition.unlock()
    }
}
