import Foundation

/// The reliability battery: tries to lose or damage an archive and counts how often it failed to.
public enum Battery {
    public struct Options: Sendable {
        public var parley: String
        public var samples: String
        public var long: Bool
        public var seed: UInt64

        public init(parley: String, samples: String, long: Bool = false, seed: UInt64 = 1) {
            self.parley = parley
            self.samples = samples
            self.long = long
            self.seed = seed
        }

        /// Trials per scenario: short for CI, long by hand.
        var killsDuringImport: Int { long ? 200 : 6 }
        var killsDuringBackup: Int { long ? 40 : 4 }
        var killsDuringRestore: Int { long ? 40 : 4 }
        var backupsDuringImport: Int { long ? 50 : 3 }
        var diskFullLevels: Int { long ? 6 : 2 }
        var corpusSize: Int { long ? 1_500 : 300 }
    }

    public struct Result: Sendable {
        public let scenario: String
        public let passed: Int
        public let total: Int
        public let detail: String
        public let failures: [String]

        public var ok: Bool { passed == total && failures.isEmpty }

        init(scenario: String, passed: Int, total: Int, detail: String, failures: [String]) {
            self.scenario = scenario
            self.passed = passed
            self.total = total
            self.detail = detail
            self.failures = failures
        }

        /// For trial-by-trial scenarios whose failures start with the trial's name ("trial 3: ...").
        init(scenario: String, total: Int, detail: String, failures: [String]) {
            let failedTrials = Set(failures.compactMap { $0.split(separator: ":").first }).count
            self.init(scenario: scenario, passed: total - failedTrials, total: total, detail: detail, failures: failures)
        }
    }

    public static func run(_ options: Options, log: (String) -> Void = { _ in }) throws -> [Result] {
        let runner = ProcessRunner(parley: options.parley)
        var random = SeededRandom(seed: options.seed)
        let base = try Reference.build(options, runner: runner)
        log("reference: \(options.corpusSize) articles imported in \(Int(base.importSeconds * 1000)) ms")
        var results: [Result] = []
        func record(_ result: Result) {
            results.append(result)
            log("\(result.scenario): \(result.passed)/\(result.total) \(result.detail)")
        }
        record(try CrashScenarios.killDuringImport(options, base, runner, &random))
        record(try CrashScenarios.killDuringBackup(options, base, runner, &random))
        record(try CrashScenarios.killDuringRestore(options, base, runner, &random))
        record(try CrashScenarios.backupDuringImport(options, base, runner, &random))
        record(try LimitScenarios.diskFull(options, base, runner))
        record(try HostileScenarios.files(options, runner))
        record(try HostileScenarios.sql(base, runner))
        return results
    }

    /// The figures as a table, then one line per failure.
    public static func table(_ results: [Result]) -> String {
        var out = "scenario                        passed   detail\n"
        for result in results {
            out += result.scenario.padding(toLength: 32, withPad: " ", startingAt: 0)
            out += "\(result.passed)/\(result.total)".padding(toLength: 9, withPad: " ", startingAt: 0)
            out += result.detail + "\n"
        }
        for result in results { for failure in result.failures { out += "FAIL \(result.scenario): \(failure)\n" } }
        let passed = results.filter(\.ok).count
        out += "\(passed) passed, \(results.count - passed) failed\n"
        return out
    }
}

/// A whole import of the battery's corpus: what a finished import must look like.
struct Reference {
    let workspace: Workspace
    let corpus: String
    let archive: String
    let fingerprint: Fingerprint
    let importSeconds: Double
    let archiveBytes: Int

    static func build(_ options: Battery.Options, runner: ProcessRunner) throws -> Reference {
        let workspace = try Workspace("reference")
        let corpus = workspace.file("corpus")
        try TortureCorpus.write(count: options.corpusSize, samples: options.samples, into: corpus)
        let archive = workspace.file("reference.db")
        let started = Date()
        let output = try runner.run(["import", corpus, "--db", archive])
        let seconds = Date().timeIntervalSince(started)
        guard output.code == 0 else { throw BatteryError("the reference import failed: \(output.stderr)") }
        let fingerprint = try Fingerprint.of(archive, runner: runner)
        guard fingerprint.rows.count == options.corpusSize else {
            throw BatteryError("the reference holds \(fingerprint.rows.count) of \(options.corpusSize) articles")
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: archive)[.size] as? Int) ?? 0
        return Reference(workspace: workspace, corpus: corpus, archive: archive, fingerprint: fingerprint,
                         importSeconds: seconds, archiveBytes: bytes)
    }
}
