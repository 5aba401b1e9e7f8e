import Foundation

/// Hostile files and hostile SQL through the real binary.
enum HostileScenarios {
    static func files(_ options: Battery.Options, _ runner: ProcessRunner) throws -> Battery.Result {
        let workspace = try Workspace("hostile-files")
        let folder = workspace.file("in")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let samples = try FileManager.default.contentsOfDirectory(atPath: options.samples).filter { $0.hasSuffix(".txt") }
        for sample in samples { try FileManager.default.copyItem(atPath: options.samples + "/" + sample, toPath: folder + "/" + sample) }
        var hostile = try HostileFiles.write(into: folder)
        let db = workspace.file("a.db")
        _ = try runner.run(["import", folder + "/" + samples[0], "--db", db])
        // The archive itself, named as an input.
        hostile.append("a.db")
        let output = try runner.run(["import", folder, db, "--db", db, "--max-size", HostileFiles.maxSize])
        var failures: [String] = []
        let errors = output.stderr.split(separator: "\n")
        for name in hostile where !errors.contains(where: { $0.hasPrefix("Error: ") && $0.contains(name + ": ") }) {
            failures.append("\(name): no one-line error")
        }
        if errors.count != hostile.count { failures.append("\(errors.count) error lines for \(hostile.count) bad inputs") }
        if output.code != 1 { failures.append("exit \(output.code), expected 1") }
        if !output.stdout.contains("\(samples.count - 1) imported, 1 unchanged") { failures.append("valid files not imported: \(output.stdout)") }
        return Battery.Result(scenario: "hostile files", passed: hostile.count - failures.filter { !$0.hasPrefix("exit") }.count,
                              total: hostile.count, detail: "one line each, valid files imported, exit 1", failures: failures)
    }

    static func sql(_ base: Reference, _ runner: ProcessRunner) throws -> Battery.Result {
        let workspace = try Workspace("hostile-sql")
        try workspace.copy(base.archive, to: "a.db")
        let before = workspace.sha256("a.db")
        let entries = workspace.entries()
        var failures: [String] = []
        for statement in HostileSQL.statements {
            let output = try runner.run(["query", statement, "--db", workspace.file("a.db")])
            if output.code != 1 || !output.stderr.hasPrefix("Error: ") { failures.append("not refused: \(statement)") }
        }
        if workspace.sha256("a.db") != before { failures.append("the archive changed") }
        if workspace.entries() != entries { failures.append("new files appeared: \(workspace.entries())") }
        for stray in ["/tmp/parley-evil.db", "/tmp/parley-evil-copy.db", "/tmp/parley-evil.txt"]
        where FileManager.default.fileExists(atPath: stray) {
            failures.append("\(stray) was written")
        }
        return Battery.Result(scenario: "hostile SQL", passed: HostileSQL.statements.count - failures.count,
                              total: HostileSQL.statements.count, detail: "all refused, SHA-256 unchanged, no new files",
                              failures: failures)
    }
}
