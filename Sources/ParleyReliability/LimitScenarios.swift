import Foundation

/// A full disk, stood in for by a file-size limit (`ulimit -f`, SIGXFSZ ignored so writes fail
/// with an error the way they do on a full disk instead of killing the process).
enum LimitScenarios {
    static func diskFull(_ options: Battery.Options, _ base: Reference, _ runner: ProcessRunner) throws -> Battery.Result {
        let workspace = try Workspace("disk-full")
        let db = workspace.file("a.db")
        var failures: [String] = []
        let levels = (1...options.diskFullLevels).map { max(64, base.archiveBytes / 1024 * $0 / (options.diskFullLevels + 1)) }
        for limit in levels {
            workspace.remove("a.db")
            let limited = try runner.run(["import", base.corpus, "--db", db], shellPrefix: "trap '' XFSZ; ulimit -f \(limit)")
            if limited.code == 0 {
                // Near the top the commits fit in the WAL and only the final checkpoint is cut short:
                // then the import did succeed, and everything must be there.
                if try Fingerprint.of(db, runner: runner) != base.fingerprint { failures.append("\(limit) KiB: claimed success, incomplete") }
            } else if !limited.stderr.contains("Error:") || limited.signalled {
                failures.append("\(limit) KiB: no clear error (exit \(limited.code)): \(limited.stderr.prefix(200))")
            }
            if workspace.exists("a.db") {
                let check = try runner.run(["check", "--db", db])
                if check.code != 0 { failures.append("\(limit) KiB: check failed: \(check.stdout)\(check.stderr)") }
            }
            let rerun = try runner.run(["import", base.corpus, "--db", db])
            if rerun.code != 0 { failures.append("\(limit) KiB: re-run with space failed: \(rerun.stderr)") }
            if try Fingerprint.of(db, runner: runner) != base.fingerprint { failures.append("\(limit) KiB: re-run is incomplete") }
        }
        return Battery.Result(scenario: "disk full during import", total: levels.count,
                              detail: "limits \(levels.map { "\($0)K" }.joined(separator: ",")): clear error, check ok, re-run completes",
                              failures: failures)
    }
}
