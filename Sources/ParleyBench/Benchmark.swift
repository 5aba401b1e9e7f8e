import Foundation
import ParleyArchive
import ParleyExtract
import ParleySQLite

/// Measures parley against raw SQLite on one generated corpus, alternating the variants.
public struct Benchmark {
    public struct Options: Sendable {
        public var articles = 20_000
        public var incrementalBase = 100_000
        public var incrementalNew = 1_000
        public var rounds = 3
        public var seed: UInt64 = 1
        public var parley: String
        public var workFolder: String

        public init(parley: String, workFolder: String) {
            self.parley = parley
            self.workFolder = workFolder
        }
    }

    /// One figure: a median over rounds, with its unit.
    public struct Figure: Sendable {
        public let name: String
        public let value: Double
        public let unit: String
        public let peakRSSMB: Double?
    }

    public let options: Options
    public private(set) var figures: [Figure] = []
    public private(set) var ratios: [(name: String, value: Double, target: String)] = []

    public init(options: Options) {
        self.options = options
    }

    public mutating func run(log: (String) -> Void) throws {
        let corpus = options.workFolder + "/corpus"
        let bytes = try CorpusGenerator(seed: options.seed).write(count: options.articles, into: corpus)
        let megabytes = Double(bytes) / 1_000_000
        log("corpus: \(options.articles) articles, \(String(format: "%.1f", megabytes)) MB")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().map { corpus + "/" + $0 }

        var ceiling: [Double] = [], extract: [Double] = [], oneCore: [Double] = [], twoCores: [Double] = []
        var rss: [String: Int] = [:]
        for round in 1...options.rounds {
            ceiling.append(megabytes / (try ceilingSeconds(files)))
            extract.append(megabytes / (try extractSeconds(files)))
            let single = try importRun(corpus, cores: "0", name: "one-core-\(round)")
            oneCore.append(megabytes / single.seconds)
            rss["import, 1 core"] = max(rss["import, 1 core"] ?? 0, single.peakRSSBytes)
            let both = try importRun(corpus, cores: "0,1", name: "two-cores-\(round)")
            twoCores.append(megabytes / both.seconds)
            rss["import, 2 cores"] = max(rss["import, 2 cores"] ?? 0, both.peakRSSBytes)
            log("round \(round): ceiling \(fmt(ceiling.last!)) MB/s, extract \(fmt(extract.last!)) MB/s, import 1 core \(fmt(oneCore.last!)) MB/s, 2 cores \(fmt(twoCores.last!)) MB/s")
        }
        rss["ceiling + extract (this process)"] = Measure.selfPeakRSSBytes()
        let mb = { (key: String) in Double(rss[key] ?? 0) / 1_048_576 }
        figures = [
            Figure(name: "ceiling: bodies + FTS5, one transaction", value: Measure.median(ceiling), unit: "MB/s", peakRSSMB: mb("ceiling + extract (this process)")),
            Figure(name: "extract only", value: Measure.median(extract), unit: "MB/s", peakRSSMB: nil),
            Figure(name: "parley import, 1 core", value: Measure.median(oneCore), unit: "MB/s", peakRSSMB: mb("import, 1 core")),
            Figure(name: "parley import, 2 cores", value: Measure.median(twoCores), unit: "MB/s", peakRSSMB: mb("import, 2 cores")),
        ]
        ratios = [
            ("import 1 core / ceiling", Measure.median(oneCore) / Measure.median(ceiling), "≥ 0.5"),
            ("import 2 cores / ceiling", Measure.median(twoCores) / Measure.median(ceiling), "≥ 0.8"),
        ]
        try reports(log: log)
    }

    /// The practical ceiling: bodies and an FTS5 index, one transaction, prepared statements.
    func ceilingSeconds(_ files: [String]) throws -> Double {
        let path = options.workFolder + "/ceiling.db"
        removeArchive(path)
        defer { removeArchive(path) }
        let started = Measure.now()
        let db = try Database(path: path)
        try db.execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT NOT NULL, body TEXT NOT NULL) STRICT;
            CREATE VIRTUAL TABLE docs_fts USING fts5(body, content = 'docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
            """)
        let insert = try db.prepare("INSERT INTO docs(path, body) VALUES (?, ?)")
        let index = try db.prepare("INSERT INTO docs_fts(rowid, body) VALUES (?, ?)")
        try db.transaction {
            for file in files {
                let body = try String(contentsOfFile: file, encoding: .utf8)
                try insert.run([file, body])
                try index.run([db.lastInsertRowID, body])
            }
        }
        return Measure.now() - started
    }

    /// The extractor alone over texts already in memory.
    func extractSeconds(_ files: [String]) throws -> Double {
        let texts = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let started = Measure.now()
        var facts = 0
        for text in texts {
            let extraction = Extractor.extract(body: text)
            facts &+= extraction.people.count + extraction.claims.count + extraction.figures.count
        }
        let seconds = Measure.now() - started
        if facts < 0 { print(facts) }
        return seconds
    }

    func importRun(_ corpus: String, cores: String, name: String) throws -> ChildRun {
        let path = options.workFolder + "/\(name).db"
        removeArchive(path)
        defer { removeArchive(path) }
        let run = try Measure.child(["taskset", "-c", cores, options.parley, "import", corpus, "--db", path])
        guard run.status == 0 else { throw BenchError("parley import exited with status \(run.status)") }
        return run
    }

    /// Reports and a search on a kept archive of the corpus (median of several runs, ms).
    mutating func reports(log: (String) -> Void) throws {
        let path = options.workFolder + "/reports.db"
        removeArchive(path)
        let built = try Measure.child([options.parley, "import", options.workFolder + "/corpus", "--db", path])
        guard built.status == 0 else { throw BenchError("building the report archive failed") }
        let commands: [(String, [String])] = [
            ("report sources (whole archive)", ["report", "sources"]),
            ("report sources --limit 20", ["report", "sources", "--limit", "20"]),
            ("search one word", ["search", "ceasefire"]),
            ("query count(*) claims", ["query", "SELECT count(*) FROM claims"]),
        ]
        for (name, arguments) in commands {
            var times: [Double] = []
            var peak = 0
            for _ in 0..<max(3, options.rounds) {
                let run = try Measure.child([options.parley] + arguments + ["--db", path])
                times.append(run.seconds * 1000)
                peak = max(peak, run.peakRSSBytes)
            }
            figures.append(Figure(name: name, value: Measure.median(times), unit: "ms", peakRSSMB: Double(peak) / 1_048_576))
            log("\(name): \(fmt(Measure.median(times))) ms")
        }
        removeArchive(path)
    }

    func removeArchive(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    public func table() -> String {
        var out = "| figure | median | peak RSS |\n|---|---|---|\n"
        for figure in figures {
            out += "| \(figure.name) | \(fmt(figure.value)) \(figure.unit) | \(figure.peakRSSMB.map { fmt($0) + " MB" } ?? "–") |\n"
        }
        out += "\n| ratio | measured | target |\n|---|---|---|\n"
        for ratio in ratios { out += "| \(ratio.name) | \(String(format: "%.2f", ratio.value)) | \(ratio.target) |\n" }
        return out
    }

    public func json() -> JSONValue {
        .object([
            ("articles", .integer(Int64(options.articles))),
            ("rounds", .integer(Int64(options.rounds))),
            ("figures", .array(figures.map { f in
                .object([("name", .string(f.name)), ("median", .number(f.value)), ("unit", .string(f.unit)),
                         ("peak_rss_mb", f.peakRSSMB.map(JSONValue.number) ?? .null)])
            })),
            ("ratios", .array(ratios.map { .object([("name", .string($0.name)), ("value", .number($0.value)), ("target", .string($0.target))]) })),
        ])
    }
}

func fmt(_ value: Double) -> String { String(format: value >= 100 ? "%.0f" : "%.1f", value) }
