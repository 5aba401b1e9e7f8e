import Foundation

/// Runs the parley binary as a separate process, as a user (or a crash) would meet it.
public struct ProcessRunner: Sendable {
    public let parley: String

    public init(parley: String) {
        self.parley = parley
    }

    public struct Output: Sendable {
        public let code: Int32
        public let stdout: String
        public let stderr: String
        /// True when the process died of a signal rather than exiting.
        public let signalled: Bool
    }

    /// Runs to completion. `shellPrefix` runs it under `bash -c` with that prefix (for ulimit).
    public func run(_ arguments: [String], stdin: String? = nil, shellPrefix: String? = nil) throws -> Output {
        let process = try start(arguments, stdin: stdin, shellPrefix: shellPrefix)
        return process.finish()
    }

    /// Starts the command, lets it run for `seconds`, then kills it with SIGKILL (if still running).
    @discardableResult
    public func killed(_ arguments: [String], after seconds: Double) throws -> Output {
        let running = try start(arguments)
        Thread.sleep(forTimeInterval: seconds)
        running.kill9()
        return running.finish()
    }

    public func start(_ arguments: [String], stdin: String? = nil, shellPrefix: String? = nil) throws -> Running {
        let process = Process()
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            let quoted = ([parley] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            process.arguments = ["-c", shellPrefix + "; exec " + quoted.joined(separator: " ")]
        } else {
            process.executableURL = URL(fileURLWithPath: parley)
            process.arguments = arguments
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        return Running(process: process, out: out, err: err)
    }

    /// A started process; its output is drained in the background so it never blocks on a full pipe.
    public final class Running: @unchecked Sendable {
        let process: Process
        private let group = DispatchGroup()
        private let lock = NSLock()
        private var outData = Data()
        private var errData = Data()

        init(process: Process, out: Pipe, err: Pipe) {
            self.process = process
            drain(out, isError: false)
            drain(err, isError: true)
        }

        private func drain(_ pipe: Pipe, isError: Bool) {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                self.lock.lock()
                if isError { self.errData = data } else { self.outData = data }
                self.lock.unlock()
                self.group.leave()
            }
        }

        public var isRunning: Bool { process.isRunning }

        /// SIGKILL: no cleanup, no atexit, as a power cut or an OOM kill would do.
        public func kill9() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        public func finish() -> Output {
            process.waitUntilExit()
            group.wait()
            lock.lock()
            defer { lock.unlock() }
            return Output(code: process.terminationStatus,
                          stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self),
                          signalled: process.terminationReason == .uncaughtSignal)
        }
    }
}
