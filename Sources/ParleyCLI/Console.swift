import Foundation

/// Where a command writes: data to `out`, diagnostics to `err`. Tests pass a capturing console,
/// so commands run in-process and in parallel without touching the real stdout.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let write: (_ text: String, _ toError: Bool) -> Void

    public init(write: @escaping (_ text: String, _ toError: Bool) -> Void) {
        self.write = write
    }

    public static let standard = Console { text, toError in
        (toError ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
    }

    /// Writes a line (a newline is added) to standard output.
    public func out(_ line: String) { emit(line + "\n", toError: false) }

    /// Writes text as is to standard output.
    public func write(_ text: String) { emit(text, toError: false) }

    /// Writes a line to standard error.
    public func err(_ line: String) { emit(line + "\n", toError: true) }

    /// The one-line error format: `Error: FILE: reason`.
    public func error(_ message: String) { err("Error: " + message) }

    private func emit(_ text: String, toError: Bool) {
        lock.lock()
        defer { lock.unlock() }
        write(text, toError)
    }
}

/// Collects what a command printed, for tests.
public final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    public init() {}

    public lazy var console = Console { [unowned self] text, toError in
        self.lock.lock()
        defer { self.lock.unlock() }
        if toError { self.errText += text } else { self.outText += text }
    }

    public var stdout: String { lock.lock(); defer { lock.unlock() }; return outText }
    public var stderr: String { lock.lock(); defer { lock.unlock() }; return errText }
}
