import Foundation
import ParleyExtract

/// Everything about an article that needs no database: bytes, text, metadata, extraction.
/// Sendable and pure, so it runs on another thread while the one connection writes.
struct ArticlePreparer: Sendable {
    let maxBytes: Int
    let manifest: Manifest
    /// The archive's own files, refused as inputs.
    let archiveFiles: Set<String>

    func prepare(_ input: ImportInput) -> Result<PreparedArticle, ArchiveError> {
        if let path = input.path, archiveFiles.contains(path) {
            return .failure(.input(file: input.display, reason: "is the archive itself, not an article"))
        }
        do {
            let article = try ArticleLoader.load(input, maxBytes: maxBytes, manifest: manifest)
            return .success(PreparedArticle(
                input: input,
                contentHash: ArticleLoader.contentHash(frontMatter: article.frontMatter, body: article.body),
                frontMatter: article.frontMatter, body: article.body,
                metadata: article.metadata, extraction: ArticleLoader.extract(article)))
        } catch {
            return .failure(error)
        }
    }
}

/// Prepares articles on a background thread, in input order, at most `capacity` ahead of the
/// writer: extraction overlaps with writing, and memory stays bounded however many files there are.
final class PreparationPipeline: @unchecked Sendable {
    typealias Item = (input: ImportInput, result: Result<PreparedArticle, ArchiveError>)

    private let condition = NSCondition()
    private var buffer: [Item] = []
    private var head = 0
    private var producerDone = false
    private var cancelled = false
    private let capacity: Int

    init(inputs: [ImportInput], preparer: ArticlePreparer, capacity: Int = 64) {
        self.capacity = max(1, capacity)
        let thread = Thread { [self] in
            for input in inputs {
                let item = (input, preparer.prepare(input))
                condition.lock()
                while buffer.count - head >= self.capacity && !cancelled { condition.wait() }
                if cancelled { condition.unlock(); break }
                buffer.append(item)
                condition.broadcast()
                condition.unlock()
            }
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
        condition.lock()
        defer { condition.unlock() }
        while head == buffer.count && !producerDone { condition.wait() }
        guard head < buffer.count else { return nil }
        let item = buffer[head]
        head += 1
        // Drop consumed items now and then, so the buffer does not grow with the input.
        if head >= 256 {
            buffer.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
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
