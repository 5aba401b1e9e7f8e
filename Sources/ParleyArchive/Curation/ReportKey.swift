/// Names one source's report of a fact across re-extractions: `content_hash:span_start:span_end`.
/// The text behind a hash never changes and the extractor finds the same words again, while row
/// ids are renumbered by every rebuild.
struct ReportKey: Equatable {
    let contentHash: String
    let start: Int
    let end: Int

    init(contentHash: String, start: Int, end: Int) {
        self.contentHash = contentHash
        self.start = start
        self.end = end
    }

    init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 3, let start = Int(parts[1]), let end = Int(parts[2]) else { return nil }
        self.init(contentHash: String(parts[0]), start: start, end: end)
    }

    var text: String { "\(contentHash):\(start):\(end)" }
}
