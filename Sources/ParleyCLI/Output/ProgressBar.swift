import Foundation

/// Files done of total, MB/s and time left, redrawn on one stderr line — only when stderr is a
/// terminal, so logs and pipes stay clean.
final class ProgressBar {
    private let total: Int
    private let totalBytes: Int
    private let started = Date()
    private var done = 0
    private var bytes = 0
    private var lastDraw = Date.distantPast
    private let enabled: Bool

    init(total: Int, totalBytes: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.totalBytes = totalBytes
        self.enabled = enabled && total > 1
    }

    func advance(bytes added: Int) {
        done += 1
        bytes += added
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.2 || done == total else { return }
        lastDraw = Date()
        FileHandle.standardError.write(Data(("\r" + line(elapsed: Date().timeIntervalSince(started))).utf8))
    }

    func finish() {
        if enabled && done > 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// "[#######.......]  1200/5000 files  38.2 MB/s  ETA 4 s"
    func line(elapsed: Double) -> String {
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let filled = Int(fraction * 20)
        let rate = elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0
        let remaining = rate > 0 ? Double(max(0, totalBytes - bytes)) / 1_000_000 / rate : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]  "
            + "\(done)/\(total) files  " + String(format: "%.1f MB/s  ETA %.0f s", rate, remaining)
    }
}
