import Foundation
import ParleyArchive
import ParleyExtract
import ParleySQLite

/// Measures parley against raw SQLite on generated corpora in one run, alternating the variants.
public struct Benchmark {
    public struct Options: Sendable {
        /// Articles in the corpus the alternated variants (ceiling, extract, import) share.
        public var articles = 20_000
        /// The scale check: throughput at `scaleSmall` against `scaleLarge` articles.
        public var scaleSmall = 10_000
        public var scaleLarge = 100_000
        /// New articles imported into the large archive.
        public var incrementalNew = 1_000
        public var rounds = 3
        public var seed: UInt64 = 1
        public var parley: String
        public var workFolder: String

        public init(parley: String, workFolder: String) {
            self.parley = parley
            self.workFolder = workFolder
        }

        /// Everything a tenth the size: a smoke run in a minute.
        public mutating func quick() {
            articles /= 10
            scaleSmall /= 10
            scaleLarge /= 10
            incrementalNew /= 10
        }
    }

    public struct Figure: Sendable {
        public let name: String
        public let value: Double
        public let unit: String
        public let peakRSSMB: Double?
    }

    public struct Ratio: Sendable {
        public let name: String
        public let value: Double
        public let target: String
    }

    public let options: Options
    public private(set) var figures: [Figure] = []
    public private(set) var ratios: [Ratio] = []
    private var folder: String { options.workFolder }

    public init(options: Options) {
        self.options = options
    }

    public mutating func run(log: (String) -> Void) throws {
        try alternatedVariants(log: log)
        try scaleAndIncremental(log: log)
        try reports(log: log)
    }

    // MARK: Ceiling, extractor and import on one corpus, alternated round by round

    mutating func alternatedVariants(log: (String) -> Void) throws {
        let corpus = folder + "/corpus"
        let megabytes = Double(try CorpusGenerator(seed: options.seed).write(count: options.articles, into: corpus)) / 1_000_000
        log("corpus: \(options.articles) articles, \(fmt(megabytes)) MB")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().map { corpus + "/" + $0 }
        var ceiling: [Double] = [], extract: [Double] = [], oneCore: [Double] = [], twoCores: [Double] = []
        var oneCoreRSS = 0, twoCoresRSS = 0
        for round in 1...options.rounds {
            ceiling.append(megabytes / (try ceilingSeconds(files)))
            extract.append(megabytes / (try extractSeconds(files)))
            let single = try importRun(corpus, into: "one-core.db", cores: "0")
            oneCore.append(megabytes / single.seconds)
            oneCoreRSS = max(oneCoreRSS, single.peakRSSBytes)
            let both = try importRun(corpus, into: "two-cores.db", cores: "0,1")
            twoCores.append(megabytes / both.seconds)
            twoCoresRSS = max(twoCoresRSS, both.peakRSSBytes)
            log("round \(round): ceiling \(fmt(ceiling.last!)) MB/s, extract \(fmt(extract.last!)) MB/s, "
                + "import 1 core \(fmt(oneCore.last!)) MB/s, 2 cores \(fmt(twoCores.last!)) MB/s")
        }
        let (c, e, one, two) = (Measure.median(ceiling), Measure.median(extract), Measure.median(oneCore), Measure.median(twoCores))
        figures += [
            Figure(name: "ceiling: bodies + FTS5, one transaction", value: c, unit: "MB/s", peakRSSMB: nil),
            Figure(name: "extractor alone, 1 core", value: e, unit: "MB/s", peakRSSMB: nil),
            Figure(name: "parley import, 1 core", value: one, unit: "MB/s", peakRSSMB: mebibytes(oneCoreRSS)),
            Figure(name: "parley import, 2 cores", value: two, unit: "MB/s", peakRSSMB: mebibytes(twoCoresRSS)),
        ]
        ratios += [
            Ratio(name: "import 1 core / ceiling", value: one / c, target: "≥ 0.5"),
            Ratio(name: "import 2 cores / ceiling", value: two / c, target: "≥ 0.8"),
            Ratio(name: "extractor MB/s", value: e, target: "≥ 60"),
        ]
        try? FileManager.default.removeItem(atPath: corpus)
    }

    /// The practical ceiling: bodies and an FTS5 index, one transaction, prepared statements.
    func ceilingSeconds(_ files: [String]) throws -> Double {
        let path = folder + "/ceiling.db"
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

    /// The extractor alone: only the extraction calls are timed. Files are read one at a time,
    /// not held together: a child's peak RSS counts the parent's peak too (Linux carries the
    /// high-water mark across the spawn), so the parent must stay small.
    func extractSeconds(_ files: [String]) throws -> Double {
        var seconds = 0.0
        var facts = 0
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let started = Measure.now()
            let extraction = Extractor.extract(body: text)
            seconds += Measure.now() - started
            facts &+= extraction.people.count + extraction.claims.count + extraction.figures.count
        }
        // Keeps the optimiser from dropping the work.
        if facts == Int.min { print(facts) }
        return seconds
    }

    func importRun(_ corpus: String, into name: String, cores: String? = nil, keep: Bool = false) throws -> ChildRun {
        let path = folder + "/" + name
        if !keep { removeArchive(path) }
        let command = [options.parley, "import", corpus, "--db", path]
        let run = try Measure.child((cores.map { ["taskset", "-c", $0] } ?? []) + command)
        guard run.status == 0 else { throw BenchError("parley import exited with status \(run.status)") }
        return run
    }

    // MARK: Cost growth, incremental import, memory

    mutating func scaleAndIncremental(log: (String) -> Void) throws {
        let generator = CorpusGenerator(seed: options.seed &+ 1)
        let small = folder + "/small", large = folder + "/large", fresh = folder + "/new"
        let smallMB = Double(try generator.write(count: options.scaleSmall, into: small)) / 1_000_000
        let largeMB = Double(try generator.write(count: options.scaleLarge, into: large)) / 1_000_000
        let newMB = Double(try generator.write(count: options.incrementalNew, into: fresh, first: options.scaleLarge)) / 1_000_000
        let smallRun = try importRun(small, into: "small.db")
        log("import \(options.scaleSmall): \(fmt(smallMB / smallRun.seconds)) MB/s")
        let largeRun = try importRun(large, into: "large.db")
        log("import \(options.scaleLarge): \(fmt(largeMB / largeRun.seconds)) MB/s, peak RSS \(fmt(mebibytes(largeRun.peakRSSBytes))) MB")
        let freshNew = try importRun(fresh, into: "new-alone.db")
        let incremental = try importRun(fresh, into: "large.db", keep: true)
        log("import \(options.incrementalNew) new: \(fmt(newMB / freshNew.seconds)) MB/s fresh, \(fmt(newMB / incremental.seconds)) MB/s into \(options.scaleLarge)")
        figures += [
            Figure(name: "import \(options.scaleSmall) articles", value: smallMB / smallRun.seconds, unit: "MB/s", peakRSSMB: mebibytes(smallRun.peakRSSBytes)),
            Figure(name: "import \(options.scaleLarge) articles", value: largeMB / largeRun.seconds, unit: "MB/s", peakRSSMB: mebibytes(largeRun.peakRSSBytes)),
            Figure(name: "import \(options.incrementalNew) new into an empty archive", value: newMB / freshNew.seconds, unit: "MB/s", peakRSSMB: mebibytes(freshNew.peakRSSBytes)),
            Figure(name: "import \(options.incrementalNew) new into \(options.scaleLarge)", value: newMB / incremental.seconds, unit: "MB/s", peakRSSMB: mebibytes(incremental.peakRSSBytes)),
        ]
        ratios += [
            Ratio(name: "\(options.scaleLarge) / \(options.scaleSmall) throughput", value: (largeMB / largeRun.seconds) / (smallMB / smallRun.seconds), target: "≥ 0.9"),
            Ratio(name: "incremental / fresh rate", value: freshNew.seconds / incremental.seconds, target: "≥ 0.7"),
            Ratio(name: "peak RSS of the \(options.scaleLarge) import, MB", value: mebibytes(largeRun.peakRSSBytes), target: "≤ 200"),
        ]
        for path in [small, large, fresh] { try? FileManager.default.removeItem(atPath: path) }
        removeArchive(folder + "/small.db")
        removeArchive(folder + "/new-alone.db")
    }

    // MARK: Reports and search on the large archive

    /// Whole-archive reports (target < 1 s), filtered reports (one person, one topic, a date range,
    /// one source: target < 100 ms) and searches (target < 100 ms), each timed as a whole command.
    static let reportCommands: [(name: String, arguments: [String], target: Double)] = [
        ("report people", ["report", "people"], 1000),
        ("report meetings", ["report", "meetings"], 1000),
        ("report conflicts", ["report", "conflicts"], 1000),
        ("report corroboration", ["report", "corroboration"], 1000),
        // Full names: the generator's runs of names ("Zakharova Medinsky") leave some surnames shared by several
        // people in a 100,000-article archive, and a surname that fits several is listed, or refused by the dossier.
        ("report claims --person \"Dmitry Peskov\"", ["report", "claims", "--person", "Dmitry Peskov"], 100),
        ("report claims --topic ceasefire --limit 50", ["report", "claims", "--topic", "ceasefire", "--limit", "50"], 100),
        ("report figures --since 2024-01 --until 2024-01", ["report", "figures", "--since", "2024-01", "--until", "2024-01"], 100),
        ("report meetings --source article-0000042.txt", ["report", "meetings", "--source", "article-0000042.txt"], 100),
        ("report people --source article-0000042.txt", ["report", "people", "--source", "article-0000042.txt"], 100),
        ("report delegations --since 2024-01 --until 2024-01", ["report", "delegations", "--since", "2024-01", "--until", "2024-01"], 100),
        ("report person \"Vladimir Medinsky\"", ["report", "person", "Vladimir Medinsky"], 100),
        ("report sources --limit 20", ["report", "sources", "--limit", "20"], 100),
        ("search one word", ["search", "ceasefire"], 100),
        ("search a phrase", ["search", "--fts", "\"prisoner exchange\""], 100),
    ]

    mutating func reports(log: (String) -> Void) throws {
        let path = folder + "/large.db"
        var slowest: [Double: Double] = [:]
        for (name, arguments, target) in Benchmark.reportCommands {
            var times: [Double] = []
            var peak = 0
            var failed = false
            for _ in 0..<max(3, options.rounds) where !failed {
                let run = try Measure.child([options.parley] + arguments + ["--db", path])
                // One failed report is a figure of its own; the rest are still measured.
                failed = run.status != 0
                times.append(run.seconds * 1000)
                peak = max(peak, run.peakRSSBytes)
            }
            if failed {
                figures.append(Figure(name: name + " on \(options.scaleLarge) (FAILED)", value: times.last ?? 0, unit: "ms", peakRSSMB: mebibytes(peak)))
                log("\(name): failed after \(fmt(times.last ?? 0)) ms")
                slowest[target] = .infinity
                continue
            }
            let median = Measure.median(times)
            slowest[target] = max(slowest[target] ?? 0, median)
            figures.append(Figure(name: name + " on \(options.scaleLarge)", value: median, unit: "ms", peakRSSMB: mebibytes(peak)))
            log("\(name): \(fmt(median)) ms")
        }
        ratios += [
            Ratio(name: "slowest whole-archive report, ms", value: slowest[1000] ?? 0, target: "< 1000"),
            Ratio(name: "slowest filtered report or search, ms", value: slowest[100] ?? 0, target: "< 100"),
        ]
        removeArchive(path)
    }

    func removeArchive(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    func mebibytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }

    // MARK: Output

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
