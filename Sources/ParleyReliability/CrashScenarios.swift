import Foundation

/// kill -9 at random moments of import, backup and restore.
enum CrashScenarios {
    static func killDuringImport(_ options: Battery.Options, _ base: Reference, _ runner: ProcessRunner,
                                 _ random: inout SeededRandom) throws -> Battery.Result {
        let workspace = try Workspace("kill-import")
        let db = workspace.file("a.db")
        var failures: [String] = []
        var partials: [Int] = []
        for trial in 0..<options.killsDuringImport {
            workspace.remove("a.db")
            // Small batches, so kills land between many commits as well as inside them.
            try runner.killed(["import", base.corpus, "--db", db, "--batch-size", "50"], after: random.fraction() * base.importSeconds * 1.1)
            // The archive appears whole or not at all, so any file under its name must pass check.
            if workspace.exists("a.db") {
                let check = try runner.run(["check", "--db", db])
                if check.code != 0 { failures.append("trial \(trial): check failed after the kill: \(check.stdout)\(check.stderr)") }
                if check.code == 0 {
                    let partial = try Fingerprint.of(db, runner: runner)
                    partials.append(partial.rows.count)
                    if !partial.isWholeSubset(of: base.fingerprint) { failures.append("trial \(trial): a half-written article survived") }
                }
            }
            let rerun = try runner.run(["import", base.corpus, "--db", db])
            if rerun.code != 0 { failures.append("trial \(trial): re-import failed: \(rerun.stderr)") }
            if try Fingerprint.of(db, runner: runner) != base.fingerprint {
                failures.append("trial \(trial): re-import did not give every article exactly once")
            }
        }
        let median = partials.sorted().dropFirst(partials.count / 2).first ?? 0
        return Battery.Result(scenario: "kill -9 during import", total: options.killsDuringImport,
                              detail: "check ok, whole articles only, re-import complete (median \(median) of \(options.corpusSize) kept at the kill)",
                              failures: failures)
    }

    static func killDuringBackup(_ options: Battery.Options, _ base: Reference, _ runner: ProcessRunner,
                                 _ random: inout SeededRandom) throws -> Battery.Result {
        let workspace = try Workspace("kill-backup")
        try workspace.copy(base.archive, to: "live.db")
        let before = workspace.sha256("live.db")
        let started = Date()
        _ = try runner.run(["backup", workspace.file("timing.db"), "--db", workspace.file("live.db")])
        let seconds = Date().timeIntervalSince(started)
        var failures: [String] = []
        for trial in 0..<options.killsDuringBackup {
            workspace.remove("b.db")
            try runner.killed(["backup", workspace.file("b.db"), "--db", workspace.file("live.db")], after: random.fraction() * seconds * 1.2)
            if workspace.sha256("live.db") != before { failures.append("trial \(trial): the live archive changed") }
            if workspace.exists("b.db"), try runner.run(["check", "--db", workspace.file("b.db")]).code != 0 {
                failures.append("trial \(trial): a damaged file stands under the backup's name")
            }
        }
        return Battery.Result(scenario: "kill -9 during backup", total: options.killsDuringBackup,
                              detail: "live unchanged, final name whole or absent (backup takes \(Int(seconds * 1000)) ms)",
                              failures: failures)
    }

    static func killDuringRestore(_ options: Battery.Options, _ base: Reference, _ runner: ProcessRunner,
                                  _ random: inout SeededRandom) throws -> Battery.Result {
        let workspace = try Workspace("kill-restore")
        try workspace.copy(base.archive, to: "backup.db")
        let restored = workspace.sha256("backup.db")
        // The live archive differs from the backup: a few articles only.
        let few = try runner.run(["import", base.corpus + "/article-00000.txt", base.corpus + "/article-00001.txt",
                                  "--db", workspace.file("small.db")])
        guard few.code == 0 else { throw BatteryError("cannot build the small archive: \(few.stderr)") }
        let started = Date()
        try workspace.copy(workspace.file("small.db"), to: "timing.db")
        _ = try runner.run(["restore", workspace.file("backup.db"), "--force", "--db", workspace.file("timing.db")])
        let seconds = Date().timeIntervalSince(started)
        var failures: [String] = []
        for trial in 0..<options.killsDuringRestore {
            try workspace.copy(workspace.file("small.db"), to: "live.db")
            let before = workspace.sha256("live.db")
            try runner.killed(["restore", workspace.file("backup.db"), "--force", "--db", workspace.file("live.db")],
                              after: random.fraction() * seconds * 1.2)
            let now = workspace.sha256("live.db")
            if now != before && now != restored { failures.append("trial \(trial): the live archive is neither the old one nor the backup") }
            if try runner.run(["check", "--db", workspace.file("live.db")]).code != 0 {
                failures.append("trial \(trial): the live archive fails check")
            }
        }
        return Battery.Result(scenario: "kill -9 during restore", total: options.killsDuringRestore,
                              detail: "live is the old archive or the whole backup, never between (restore takes \(Int(seconds * 1000)) ms)",
                              failures: failures)
    }

    static func backupDuringImport(_ options: Battery.Options, _ base: Reference, _ runner: ProcessRunner,
                                   _ random: inout SeededRandom) throws -> Battery.Result {
        let workspace = try Workspace("backup-during-import")
        var failures: [String] = []
        var sizes: [Int] = []
        for trial in 0..<options.backupsDuringImport {
            workspace.remove("a.db")
            workspace.remove("b.db")
            workspace.remove("r.db")
            let db = workspace.file("a.db")
            let importing = try runner.start(["import", base.corpus, "--db", db, "--batch-size", "50"])
            // Wait until the schema is committed, then back up at a random moment of the import.
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, try runner.run(["query", "SELECT 1 FROM sources LIMIT 1", "--db", db]).code != 0 {
                Thread.sleep(forTimeInterval: 0.005)
            }
            Thread.sleep(forTimeInterval: random.fraction() * base.importSeconds * 0.8)
            let backup = try runner.run(["backup", workspace.file("b.db"), "--db", db])
            let finished = importing.finish()
            if finished.code != 0 { failures.append("trial \(trial): the import failed: \(finished.stderr)") }
            guard backup.code == 0 else { failures.append("trial \(trial): backup failed: \(backup.stderr)"); continue }
            if try runner.run(["check", "--db", workspace.file("b.db")]).code != 0 { failures.append("trial \(trial): backup fails check") }
            let copy = try Fingerprint.of(workspace.file("b.db"), runner: runner)
            sizes.append(copy.rows.count)
            if !copy.isWholeSubset(of: base.fingerprint) { failures.append("trial \(trial): backup holds a half-written article") }
            let restore = try runner.run(["restore", workspace.file("b.db"), "--db", workspace.file("r.db")])
            if restore.code != 0 { failures.append("trial \(trial): backup does not restore: \(restore.stderr)") }
        }
        return Battery.Result(scenario: "backup while importing", total: options.backupsDuringImport,
                              detail: "each backup checks, restores, holds whole articles (\(sizes.map(String.init).joined(separator: ",")) of \(options.corpusSize))",
                              failures: failures)
    }
}
