import Foundation

/// Where a command writes: data to `out`, diagnostics to `err`. Tests pass a capturing console,
/// so commands run in-process and in parallel without touching the real stdout.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let write: (_ text: String, _ toError: Bool) -> Void
    private let writeBytes: ((_ bytes: [UInt8]) -> Void)?

    /// `writeBytes`, when given, takes UTF-8 output as it is, without making a String of it first.
    public init(write: @escaping (_ text: String, _ toError: Bool) -> Void,
                writeBytes: ((_ bytes: [UInt8]) -> Void)? = nil) {
        self.write = write
        self.writeBytes = writeBytes
    }

    public static let standard = Console(
        write: { text, toError in
            (toError ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
        },
        writeBytes: { bytes in FileHandle.standardOutput.write(Data(bytes)) })

    /// Writes a line (a newline is added) to standard output.
    public func out(_ line: String) { emit(line + "\n", toError: false) }

    /// Writes text as is to standard output.
    public func write(_ text: String) { emit(text, toError: false) }

    /// Writes UTF-8 text, given as bytes, as is to standard output.
    public func write(utf8 bytes: [UInt8]) {
        guard let writeBytes else { return write(String(decoding: bytes, as: UTF8.self)) }
        lock.lock()
        defer { lock.unlock() }
        writeBytes(bytes)
    }

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
