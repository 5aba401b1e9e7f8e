import Foundation

/// A timed child process with its peak memory, from wait4's rusage.
public struct ChildRun: Sendable {
    public let seconds: Double
    public let peakRSSBytes: Int
    public let status: Int32
}

public enum Measure {
    /// Runs `arguments[0]` with the rest, stdout and stderr discarded, and reports time and peak RSS.
    public static func child(_ arguments: [String]) throws -> ChildRun {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let started = now()
        let rc = posix_spawnp(&pid, arguments[0], &actions, nil, cArguments, environ)
        guard rc == 0 else { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - started
        // ru_maxrss is in kilobytes on Linux.
        return ChildRun(seconds: seconds, peakRSSBytes: Int(usage.ru_maxrss) * 1024, status: status)
    }

    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

public struct BenchError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
