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

/// Prepares articles on background threads, handed over in input order, at most about `capacity`
/// ahead of the writer: extraction overlaps with writing, and memory stays bounded however many
/// files there are. Articles pass in chunks, so the threads meet once per chunk, not once per article.
///
/// Preparing an article costs about one and a half times what writing it does, so with one
/// preparing thread two cores were never both busy: the writer waited for articles a third of the
/// time. With as many preparing threads as usable cores, the preparers take up that slack. Each
/// thread takes the next chunk not yet taken; the writer receives chunks strictly in input order,
/// so the archive is written exactly as with one thread.
final class PreparationPipeline: @unchecked Sendable {
    typealias Item = (input: ImportInput, result: Result<PreparedArticle, ArchiveError>)

    private let condition = NSCondition()
    /// Prepared chunks not yet taken by the writer, by chunk number.
    private var ready: [Int: [Item]] = [:]
    /// The next chunk a preparing thread may start, and the next one the writer takes.
    private var nextToPrepare = 0
    private var nextToTake = 0
    private let chunkCount: Int
    /// Chunks started but not yet taken: what bounds memory.
    private let chunksAhead: Int
    private var workersRunning: Int
    private var cancelled = false
    private var taken: [Item] = []
    private var takenIndex = 0

    init(inputs: [ImportInput], preparer: ArticlePreparer, capacity: Int = 64, chunk: Int = 16,
         threads: Int = PreparationPipeline.usableCores) {
        let chunk = max(1, chunk)
        chunkCount = (inputs.count + chunk - 1) / chunk
        chunksAhead = max(1, capacity / chunk)
        let threads = max(1, min(threads, chunkCount))
        workersRunning = threads
        for _ in 0..<threads {
            let thread = Thread { [self] in
                // Each thread keeps its own caches: they only remember keys, which are the same whoever derives them.
                let caches = KeyCaches()
                while let index = claimChunk() {
                    let slice = inputs[index * chunk..<min(inputs.count, (index + 1) * chunk)]
                    let items = slice.map { ($0, preparer.prepare($0, caches: caches)) }
                    condition.lock()
                    ready[index] = items
                    condition.broadcast()
                    condition.unlock()
                }
                condition.lock()
                workersRunning -= 1
                condition.broadcast()
                condition.unlock()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The number of the next chunk to prepare, once it is few enough ahead of the writer; nil when
    /// every chunk is taken or the pipeline is cancelled.
    private func claimChunk() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && nextToPrepare < chunkCount && nextToPrepare - nextToTake >= chunksAhead { condition.wait() }
        guard !cancelled && nextToPrepare < chunkCount else { return nil }
        nextToPrepare += 1
        return nextToPrepare - 1
    }

    /// The next prepared article in input order, or nil when all are done.
    func next() -> Item? {
        if takenIndex < taken.count {
            takenIndex += 1
            return taken[takenIndex - 1]
        }
        condition.lock()
        defer { condition.unlock() }
        guard nextToTake < chunkCount else { return nil }
        while ready[nextToTake] == nil { condition.wait() }
        taken = ready.removeValue(forKey: nextToTake) ?? []
        nextToTake += 1
        condition.broadcast()
        takenIndex = 1
        return taken.first
    }

    /// Stops the preparing threads (after a fatal write error) and waits for them to finish.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while workersRunning > 0 { condition.wait() }
        condition.unlock()
    }

    /// The cores this process may run on, at most four (past that the single writing thread is
    /// the limit). On Linux the affinity mask counts, so `taskset -c 0` gives one thread:
    /// Foundation's processor counts ignore it.
    static let usableCores: Int = {
        let all = ProcessInfo.processInfo.activeProcessorCount
        var allowed = all
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) {
            let mask = line.dropFirst("Cpus_allowed:".count).filter(\.isHexDigit)
            let count = mask.reduce(0) { $0 + ($1.hexDigitValue ?? 0).nonzeroBitCount }
            if count > 0 { allowed = min(all, count) }
        }
        return max(1, min(4, allowed))
    }()
}
